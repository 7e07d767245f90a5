#pragma once

// SOPs signed on paper, written by hand as `sopctl adopt`, `monitor` and
// `revoke` write them: the seed's content under another number and name,
// and a record without a procedure whose events carry the hashes sopctl
// seals them with.

#include "sopctl_runner.hpp"

#include <string>
#include <vector>

namespace e2e {

// One lifecycle event of a record written by hand; empty fields are left
// out. `recorded` is `at`.
struct HandEvent
{
  std::string kind = {}; // adopted, monitored, evaluated, revoked
  std::string role = {};
  std::string by = {};
  std::string at = {}; // "2026-11-20T09:00:00+07:00"
  std::string note = {};
  std::string result = {};
  std::string action = {};
  std::string ref = {};
};

// The hash sopctl seals `event` with after the event whose hash is `prev`
// (lib/history/event_hash.cpp, format 1: SHA-256 of the fields joined by
// the unit separator, the fields added since as `@key=value`), computed
// here with sha256sum so the test does not trust sopctl's own code.
std::string sealed_hash(const Sandbox& sandbox, const HandEvent& event, const std::string& prev);

// The `drafting:` section of a record without a procedure holding
// `events`, each sealed after the one before it.
std::string paper_record(const Sandbox& sandbox, const std::vector<HandEvent>& events);

// The seed's text as an SOP signed on paper numbered `number`, named
// `name`, with these dates (`effective` left out when empty).
std::string paper_sop(const std::string& number,
                      const std::string& name,
                      const std::string& created,
                      const std::string& approved,
                      const std::string& effective = "");

} // namespace e2e
