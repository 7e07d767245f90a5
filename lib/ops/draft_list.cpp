#include <fmt/format.h>
#include <model/errors.hpp>
#include <ops/draft_list.hpp>
#include <store/draft_index.hpp>
#include <store/files.hpp>
#include <store/sop_reader.hpp>

namespace sopctl::ops {

namespace {

// The digest of one file: the fast scan, else the full loader (which throws
// for a broken file). nullopt for an SOP that is not a draft.
std::optional<store::DraftDigest> digest_of(const std::string& text, const std::string& display)
{
  if (auto digest = store::scan_draft(text)) {
    return digest;
  }
  auto sop = store::load_sop(text, display);
  if (!sop.drafting) {
    return std::nullopt;
  }
  return store::DraftDigest{sop.name, sop.drafting->procedure, std::move(sop.drafting->events)};
}

} // namespace

DraftList list_drafts(const store::Repository& repository, const store::Procedure& procedure)
{
  DraftList list;
  for (const auto& id : store::list_sop_ids(repository.sops_dir())) {
    auto path = repository.draft_path(id);
    auto display = repository.display(path);
    try {
      auto digest = digest_of(store::read_file(path, display), display);
      if (!digest) {
        continue;
      }
      if (digest->procedure != procedure.sop.number) {
        list.problems.push_back(
          fmt::format("{}: the draft is governed by procedure \"{}\", but this "
                      "repository drafts by \"{}\" ({})",
                      display,
                      digest->procedure,
                      procedure.sop.number,
                      procedure.source));
        continue;
      }
      model::Diagnostics diagnostics(display);
      auto state = workflow::replay(procedure.sop, digest->events, diagnostics);
      diagnostics.throw_if_any();
      list.drafts.push_back({id, std::move(*digest), std::move(*state)});
    } catch (const model::Error& error) {
      list.problems.push_back(error.what());
    }
  }
  return list;
}

} // namespace sopctl::ops
