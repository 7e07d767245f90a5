#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/sop_target.hpp>
#include <render/letters.hpp>
#include <store/draft_index.hpp>

namespace sopctl::ops {

std::string resolve_sop(const store::Repository& repository, std::string_view query)
{
  auto ids = store::list_sop_ids(repository.sops_dir());
  auto sops_display = repository.display(repository.sops_dir()) + "/";
  std::vector<std::string> matches;
  for (const auto& id : ids) {
    if (id == query) {
      return id;
    }
    if (!query.empty() && id.starts_with(query)) {
      matches.push_back(id);
    }
  }
  if (matches.size() == 1) {
    return matches.front();
  }
  if (matches.empty()) {
    throw model::Error(ids.empty()
                         ? trf("no SOP \"{}\" in {}; there is none yet", query, sops_display)
                         : trf("no SOP \"{}\" in {}; the SOPs are: {}",
                               query,
                               sops_display,
                               fmt::format("{}", fmt::join(ids, ", "))));
  }
  throw model::Error(trf("\"{}\" is ambiguous: it starts {}; give more of the id",
                         query,
                         fmt::format("{}", fmt::join(matches, ", "))));
}

const lifecycle::Entry& entry_of(const Catalogue& catalogue,
                                 const store::Repository& repository,
                                 const std::string& id)
{
  if (const auto* entry = catalogue.find(id)) {
    return *entry;
  }
  // The file did not load: its own message names it, with line:column.
  auto display = repository.display(repository.draft_path(id));
  for (const auto& problem : catalogue.problems) {
    if (problem.starts_with(display)) {
      throw model::Error(problem);
    }
  }
  throw model::Error(trf("{}: this SOP does not load; run sopctl check {}", display, display));
}

std::string unsigned_paper(const lifecycle::Entry& entry, const std::string& display)
{
  if (entry.state != lifecycle::State::konsep || entry.sop->is_draft()) {
    return {};
  }
  return trf("{}: this SOP is not in force: it is no draft and has no Tgl Pengesahan; if it was "
             "signed on paper, write that day under dates: (approved: YYYY-MM-DD) and try again",
             display);
}

std::string printed_number(const lifecycle::Entry& entry)
{
  auto number = render::sop_number(*entry.sop);
  return number.empty() ? entry.id : number;
}

} // namespace sopctl::ops
