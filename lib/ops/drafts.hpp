#pragma once

#include <optional>
#include <store/draft_file.hpp>
#include <store/procedure.hpp>
#include <string>
#include <workflow/replay.hpp>

namespace sopctl::ops {

// A draft read from disk together with its state, replayed against the
// repository's procedure.
struct LoadedDraft
{
  store::DraftFile file;
  workflow::DraftState state;
};

// Reads draft `id` and replays its events; throws model::InvalidFile (an
// event that does not fit the procedure) or model::Error.
LoadedDraft load_draft(const store::Repository& repository,
                       const store::Procedure& procedure,
                       const std::string& id);

// The id of the draft a command acts on: `query` (an id or a unique prefix
// of one) when given, else the only draft in progress. Throws model::Error
// listing the candidates otherwise.
std::string select_draft(const store::Repository& repository,
                         const store::Procedure& procedure,
                         const std::optional<std::string>& query);

} // namespace sopctl::ops
