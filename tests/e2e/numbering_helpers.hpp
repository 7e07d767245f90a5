#pragma once

// Helpers for the numbering tests: drafts signed at step 8, and the
// counters file numbers.yaml as sopctl writes it.

#include "file_helpers.hpp"
#include "git_helpers.hpp"
#include "seed_drafting.hpp"

#include <string>

namespace e2e {

// Signs draft `id` (step 8, kadis) in `dir`, which must succeed; returns
// what advance printed.
inline std::string sign(const Sandbox& sandbox,
                        const fs::path& dir,
                        const std::string& id,
                        const std::string& at = local_time(8))
{
  return sopctl_ok(sandbox, dir, {"advance", id, "--role", "kadis", "--by", "Kadis", "--at", at});
}

// A draft titled `title` with step 8 (signing) active; returns its id.
inline std::string ready_to_sign(const Sandbox& sandbox, const std::string& title)
{
  auto id = start_draft(sandbox, title);
  advance_until(sandbox, id, 8);
  return id;
}

// numbers.yaml without its comment.
inline std::string counters(const fs::path& dir)
{
  auto text = read_bytes(dir / "numbers.yaml");
  return text.substr(text.find("\n- ") + 1);
}

// One counter of numbers.yaml as sopctl writes it.
inline std::string counter(const std::string& pattern, int year, int last)
{
  auto quoted = pattern.starts_with("{") ? "\"" + pattern + "\"" : pattern;
  return "- pattern: " + quoted + "\n  year: " + std::to_string(year) +
         "\n  last: " + std::to_string(last) + "\n";
}

// The default patterns of the invitation and of the SOP.
inline const std::string invitation = "005/{seq:03}/Disdukcapil/{year}";
inline const std::string sop_pattern = "{seq:03}/SOP-Disdukcapil/{year}";

} // namespace e2e
