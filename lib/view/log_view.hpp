#pragma once

#include <model/sop.hpp>
#include <set>
#include <string>
#include <vector>
#include <view/format.hpp>
#include <view/sheet.hpp>

namespace sopctl::view {

// How an SOP's record links to its other versions (lifecycle::Entry), for
// the log: the SOP it revises, the revision that superseded it, the
// revision still open. Empty ids: no link.
struct LogLinks
{
  std::string revises;
  int revises_version = 0;
  std::string revise_reason;
  std::string replaced_by;
  int replaced_by_version = 0;
  std::string revision_open;
  int revision_open_version = 0;
};

// The links as lines for the log's table ("revises akta (version 1): ..."),
// in the user's language; "" when there is none.
std::string log_links(const LogLinks& links);

// A draft's events, oldest first, in the user's language; those at the
// positions in `cancelled` (acts a void cancelled) marked as voided.
std::string log_table(const model::Sop& procedure,
                      const std::vector<model::Event>& events,
                      const TableStyle& style,
                      const std::set<size_t>& cancelled = {});

// A draft's events as records, one row per event (CSV); the lifecycle
// fields (result, action, ref, revises) come next, then `voided` (the event
// is cancelled, its index in `cancelled`) and `voids` (on a void, the hash
// of the event it cancels), as log_json has them.
Sheet log_sheet(const std::vector<model::Event>& events, const std::set<size_t>& cancelled);

// A draft's events as JSON: schema `sopctl.log/1` (`cancelled` as in
// log_table: `"voided": true`).
// Lifecycle fields (result, action, ref, revises) are keys of the events
// that have them; `links` adds "revises", "replaced_by", "revision_open"
// (each {"id", "version"}) when set.
std::string log_json(const std::string& draft,
                     const std::vector<model::Event>& events,
                     const std::set<size_t>& cancelled = {},
                     const LogLinks& links = {});

} // namespace sopctl::view
