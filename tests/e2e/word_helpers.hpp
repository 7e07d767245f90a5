#pragma once

// What the Word tests share: a draft whose invitation can be written.

#include "letter_roster.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"
#include "tool_helpers.hpp"

#include <doctest/doctest.h>
#include <string>

namespace e2e {

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
