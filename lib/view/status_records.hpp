#pragma once

#include <model/sop.hpp>
#include <string>
#include <vector>
#include <view/sheet.hpp>
#include <view/status_view.hpp>

namespace sopctl::view {

// `sopctl status` as records: one row per draft (CSV, xlsx, and the
// `drafts` of the JSON); see README "JSON output".
Sheet status_sheet(const model::Sop& procedure, const std::vector<DraftSummary>& drafts);

// `sopctl status --format json`: schema `sopctl.status/1`.
std::string status_json(const model::Sop& procedure,
                        const std::vector<DraftSummary>& drafts,
                        model::Timestamp now);

// `sopctl status DRAFT` as records: one row per step of the procedure.
Sheet draft_sheet(const model::Sop& procedure, const DraftSummary& draft);

// `sopctl status DRAFT --format json`: schema `sopctl.draft/1`.
std::string draft_json(const model::Sop& procedure, const DraftSummary& draft);

} // namespace sopctl::view
