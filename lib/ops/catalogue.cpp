#include <algorithm>
#include <fmt/format.h>
#include <model/errors.hpp>
#include <ops/catalogue.hpp>
#include <ops/each_file.hpp>
#include <store/draft_index.hpp>
#include <store/files.hpp>
#include <workflow/paper_record.hpp>
#include <yaml/sop_reader.hpp>

namespace sopctl::ops {

const CatalogueFile* Catalogue::find_file(std::string_view id) const
{
  auto found = std::find_if(
    files.begin(), files.end(), [&](const CatalogueFile& file) { return file.id == id; });
  return found == files.end() ? nullptr : &*found;
}

const lifecycle::Entry* Catalogue::find(std::string_view id) const
{
  return lifecycle::find_entry(entries, id);
}

Catalogue load_catalogue(const store::Repository& repository, const store::Procedure& procedure)
{
  return load_catalogue(repository, procedure, store::list_sop_ids(repository.sops_dir()));
}

CatalogueFile catalogue_file(std::string id,
                             model::DraftDigest digest,
                             workflow::DraftState state,
                             int utc_offset_minutes)
{
  CatalogueFile file;
  file.id = std::move(id);
  file.display = file.id;
  file.sop.name = std::move(digest.title);
  file.sop.number = std::move(digest.number);
  file.sop.version = digest.version;
  file.sop.dates.created = std::move(digest.created);
  file.sop.dates.effective = std::move(digest.effective);
  file.sop.drafting = model::DraftingRecord{
    std::move(digest.procedure), workflow::events_in_zone(digest.events, utc_offset_minutes), {}};
  file.drafting = std::move(state);
  return file;
}

Catalogue load_catalogue(const store::Repository& repository,
                         const store::Procedure& procedure,
                         const std::vector<std::string>& ids,
                         std::vector<CatalogueFile> known)
{
  int offset = repository.config.utc_offset_minutes;
  std::vector<std::optional<CatalogueFile>> read(ids.size());
  std::vector<std::string> problems(ids.size());
  auto read_one = [&](size_t i) {
    CatalogueFile file;
    file.id = ids[i];
    auto path = repository.draft_path(ids[i]);
    file.display = repository.display(path);
    model::Diagnostics diagnostics(file.display);
    try {
      auto text = store::read_file(path, file.display);
      auto sop = yaml::read_sop(text, diagnostics);
      if (sop && sop->is_draft() && sop->drafting->procedure == procedure.id) {
        file.drafting = workflow::replay(procedure.sop, sop->drafting->events, diagnostics);
        if (file.drafting) {
          workflow::express_in_zone(*file.drafting, offset);
        }
      } else if (sop && sop->drafting && !sop->is_draft()) {
        workflow::check_paper_record(sop->drafting->events, diagnostics);
      }
      if (sop && diagnostics.empty()) {
        if (sop->drafting) {
          sop->drafting->events = workflow::events_in_zone(sop->drafting->events, offset);
        }
        file.sop = std::move(*sop);
        read[i] = std::move(file);
        return;
      }
    } catch (const model::Error& error) {
      problems[i] = error.what();
      return;
    }
    problems[i] = model::format_all(diagnostics.list());
  };
  Catalogue catalogue;
  catalogue.files = std::move(known);
  catalogue.files.reserve(catalogue.files.size() + ids.size());
  auto keep = [&](size_t i) {
    if (read[i]) {
      catalogue.files.push_back(std::move(*read[i]));
    } else {
      catalogue.problems.push_back(std::move(problems[i]));
    }
  };
  read_in_parallel(ids.size(), read_one, keep);
  int signing_step = repository.config.drafting_rules(procedure.sop.rules).signing_step;
  std::vector<lifecycle::Input> inputs;
  inputs.reserve(catalogue.files.size());
  for (const auto& file : catalogue.files) {
    inputs.push_back({file.id, &file.sop, file.drafting ? &*file.drafting : nullptr, signing_step});
  }
  catalogue.entries = lifecycle::derive(inputs, repository.config.schedule);
  return catalogue;
}

} // namespace sopctl::ops
