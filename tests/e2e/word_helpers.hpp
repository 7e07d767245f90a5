#pragma once

// What the Word tests share: programs on PATH and a draft whose invitation
// can be written.

#include "letter_roster.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <cstdlib>
#include <doctest/doctest.h>
#include <sstream>
#include <string>
#include <unistd.h>

namespace e2e {

// `program` on the tests' own $PATH, or empty.
inline std::string on_path(const std::string& program)
{
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path ? path : "");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    auto candidate = fs::path(dir) / program;
    if (!dir.empty() && ::access(candidate.c_str(), X_OK) == 0) {
      return candidate.string();
    }
  }
  return "";
}

// A repository whose draft `akta-kelahiran` has done step 2 with the
// meeting's values, and a roster: the invitation can be written.
inline void prepare_invitation(const Sandbox& sandbox)
{
  sandbox.init();
  start_draft(sandbox, "Akta Kelahiran");
  advance_until(sandbox, "akta-kelahiran", 2);
  auto advanced = sandbox.run({"advance",
                               "akta-kelahiran",
                               "--role",
                               "staf",
                               "--by",
                               "Petugas 2",
                               "--at",
                               local_time(2),
                               "--set",
                               "meeting.date=2026-11-26",
                               "--set",
                               "meeting.time=09.00 WIB",
                               "--set",
                               "meeting.place=Ruang Rapat Lantai 2",
                               "--set",
                               "meeting.to=Kepala Bidang dan Kepala Seksi"});
  INFO(advanced.err);
  REQUIRE(advanced.exit_code == 0);
  // The signer's whole block: name, position, rank and NIP.
  write_roster(sandbox);
}

} // namespace e2e
