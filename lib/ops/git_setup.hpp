#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace sopctl::ops {

// The lines of `.gitattributes` that send drafts and the counters file
// through sopctl's merge.
inline constexpr std::string_view merge_attributes[] = {"sops/*.yaml merge=sopctl",
                                                        "numbers.yaml merge=sopctl"};

// Adds the merge attributes to `root/.gitattributes` (creating the file)
// unless they are there; returns whether the file changed.
bool ensure_merge_attribute(const std::filesystem::path& root);

// The program git runs as the merge driver, in the driver's command line.
struct DriverProgram
{
  // `sopctl` when the sopctl found on PATH is this very program, so that a
  // rebuild or an upgrade in place keeps the driver working; otherwise the
  // program's absolute path, shell-quoted, which breaks when it moves.
  std::string command;
  bool by_name = false;
  // The sopctl found on PATH (the program itself when `by_name`).
  std::optional<std::filesystem::path> on_path;
};

// How git should run `executable` (this sopctl, /proc/self/exe) as the merge
// driver, given the PATH value `search_path`.
DriverProgram merge_driver_program(const std::filesystem::path& executable,
                                   std::string_view search_path);

// Registers sopctl's merge driver in the repository's git config, run as
// `PROGRAM merge-driver %O %A %B %P`. Git config is not cloned, so each
// clone registers it again (`sopctl init --git-config`).
void register_merge_driver(const std::filesystem::path& root, const DriverProgram& program);

// What `init` says after registering the driver by its absolute path: that
// it breaks when the program moves, and how to register it again. Nothing
// when it is registered by name.
std::string driver_program_note(const DriverProgram& program,
                                const std::filesystem::path& executable);

// Whether `.gitattributes` names the merge driver while git config does
// not define it (a fresh clone): what `sopctl check` warns about.
bool merge_driver_missing(const std::filesystem::path& root);

// Why the merge driver registered in git config (merge.sopctl.driver) does
// not run, found by running its program as git would (through the shell) with
// `merge-driver --help`: a program no longer there, a path that moved. Nothing
// when it runs, when none is registered, or when the command is not one
// sopctl wrote (no ` merge-driver `): someone's own driver is theirs.
std::optional<std::string> merge_driver_failure(const std::filesystem::path& root);

} // namespace sopctl::ops
