#pragma once

#include "sopctl_runner.hpp"

#include <array>
#include <string>
#include <vector>

namespace e2e {

// One step of the seed procedure (sops/penyusunan-sop-pelayanan.yaml), as
// sopctl prints it when the step becomes active.
struct SeedStep
{
  int number;
  const char* role;
  const char* activity;
};

// The 10 steps of the seed; step 6 is the decision (Ya -> 7, Tidak -> 5).
extern const std::array<SeedStep, 10> seed_steps;

// The seed step numbered `number` (1-based).
const SeedStep& seed_step(int number);

// The path of the seed procedure in the source tree.
fs::path seed_source_path();

// A local time of the repository (+07:00), `hours` after 2026-11-24 09:00,
// in office hours: "2026-11-24T09:00", "2026-11-24T10:00", ... Tests pass it
// to --at so no result depends on the clock.
std::string local_time(int hours);

// The same moment as stored in a draft: "2026-11-24T09:00:00+07:00".
std::string stored_time(int hours);

// `sopctl start TITLE --by Sekretaris Budi --at local_time(0)`, which must
// succeed; returns the id it printed.
std::string start_draft(const Sandbox& sandbox, const std::string& title);

// Completes the active steps with their own roles (never rejecting) until
// step `step` is active; step k is completed at local_time(k) by "Petugas k".
void advance_until(const Sandbox& sandbox, const std::string& id, int step);

// Runs a command that must be refused: exit 1, nothing on stdout, and every
// file of the repository byte-for-byte as it was. Returns its stderr.
std::string expect_refused(const Sandbox& sandbox,
                           const std::vector<std::string>& args,
                           const Env& env = {});

// Same for a usage error: exit 2, nothing on stdout, files unchanged.
std::string expect_usage_error(const Sandbox& sandbox, const std::vector<std::string>& args);

} // namespace e2e
