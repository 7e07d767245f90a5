#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <process/network_fence.hpp>
#include <process/process.hpp>

namespace sopctl::process {

std::optional<std::filesystem::path> find_unshare(std::string_view search_path)
{
  if (auto found = find_program("unshare", search_path)) {
    return found;
  }
  return find_program("unshare", "/usr/bin:/bin");
}

std::vector<std::string> network_fence_prefix(const std::filesystem::path& unshare, bool root)
{
  return {unshare.string(), root ? "-n" : "-rn", "--"};
}

bool fence_failed(std::string_view output)
{
  return output.substr(0, 9) == "unshare: ";
}

std::string fence_refusal(std::string_view why)
{
  auto line = why.substr(0, why.find('\n'));
  return trf(
    "LibreOffice must run without network access (a repository's template could make it fetch "
    "addresses), in a network namespace of its own, and this system refused to make one ({}); "
    "allow them (as root: sysctl -w kernel.unprivileged_userns_clone=1 or "
    "user.max_user_namespaces=15000; in a container: run it with CAP_SYS_ADMIN or without its "
    "seccomp profile), or render --format html or pdf",
    line);
}

} // namespace sopctl::process
