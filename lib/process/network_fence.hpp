#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::process {

// LibreOffice runs with no network: in a network namespace of its own,
// holding only a loopback interface that is down, so a template's
// http://, ftp:// or \\host address fails at once instead of being fetched.

// `unshare` (util-linux, Essential on Debian): in `search_path`, else in
// /usr/bin or /bin (a PATH without them still finds it).
std::optional<std::filesystem::path> find_unshare(std::string_view search_path);

// The words put before a command to run it in a new network namespace:
// `unshare -n` for root, `unshare -rn` (a user namespace mapping the user
// to root, which may then make one) for anybody else.
std::vector<std::string> network_fence_prefix(const std::filesystem::path& unshare, bool root);

// Whether a run of the fenced command failed in unshare itself (its
// output starts with "unshare: "), not in the program it runs.
bool fence_failed(std::string_view output);

// The refusal when no network namespace could be made; `why` is
// unshare's own words.
std::string fence_refusal(std::string_view why);

} // namespace sopctl::process
