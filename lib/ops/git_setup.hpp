#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace sopctl::ops {

// The lines of `.gitattributes` that send drafts and the counters file
// through sopctl's merge.
inline constexpr std::string_view merge_attributes[] = {"sops/*.yaml merge=sopctl",
                                                        "numbers.yaml merge=sopctl"};

// Adds the merge attributes to `root/.gitattributes` (creating the file)
// unless they are there; returns whether the file changed.
bool ensure_merge_attribute(const std::filesystem::path& root);

// Registers sopctl's merge driver in the repository's git config, run as
// `executable merge-driver %O %A %B %P`. Git config is not cloned, so each
// clone registers it again (`sopctl init --git-config`).
void register_merge_driver(const std::filesystem::path& root,
                           const std::filesystem::path& executable);

// Whether `.gitattributes` names the merge driver while git config does
// not define it (a fresh clone): what `sopctl check` warns about.
bool merge_driver_missing(const std::filesystem::path& root);

} // namespace sopctl::ops
