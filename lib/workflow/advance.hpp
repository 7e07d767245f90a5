#pragma once

#include <map>
#include <model/sop.hpp>
#include <optional>
#include <string>
#include <workflow/replay.hpp>

namespace sopctl::workflow {

// What `sopctl advance` was asked to do.
struct AdvanceRequest
{
  std::string role;
  std::string by;
  std::string note;
  // At a decision, the exit to take (--yes, --no); required there.
  std::optional<model::Exit> exit;
  std::string exit_option = "--no"; // as typed (--yes, --no, --reject), for messages
  model::Timestamp at;
  bool at_given = true; // false: `at` is the clock's now, not the user's --at
  // With a roster: who is acting, as --by or git's user.email gave it
  // (matched by name, NIP or email); the event records their roster name.
  std::string identity;
  // Values the step's outputs need (`--set meeting.date=2026-11-26`).
  std::map<std::string, std::string> set;
  // `sopctl serve`: the draft file's hash as the person's page showed it;
  // ops::advance_draft refuses (model::FileChanged) when the file has
  // another under its lock. Empty: not checked (the command line).
  std::string expected_hash;
};

// The event that completes (or, at a decision, rejects) the active step of a
// draft in `state`, as `request` asks. Throws model::Error, prefixed with
// `draft_display`, saying what is wrong and how to fix it when the rules of
// the procedure refuse it.
model::Event plan_advance(const model::Sop& procedure,
                          const DraftState& state,
                          const AdvanceRequest& request,
                          const std::string& draft_display);

// The roles of a procedure, in column order: `kadis, sekretaris, ...`.
std::string list_roles(const model::Sop& procedure);

// Where an exit of decision `step` leads, in words: `on to step 7`, `back to
// step 5`, `the procedure ends`.
std::string describe_exit(const model::Step& step, model::Exit exit);

} // namespace sopctl::workflow
