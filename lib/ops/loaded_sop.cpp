#include <model/diagnostics.hpp>
#include <model/errors.hpp>
#include <ops/loaded_sop.hpp>
#include <ops/sop_target.hpp>
#include <render/approval.hpp>
#include <render/letters.hpp>
#include <render/sop_document.hpp>
#include <store/files.hpp>
#include <store/templates.hpp>
#include <yaml/sop_reader.hpp>

namespace sopctl::ops {

std::string LoadedSop::id() const
{
  return std::filesystem::path(display).stem().string();
}

LoadedSop load_sop_file(const store::Repository& repository,
                        const std::filesystem::path& path,
                        std::optional<store::Procedure> procedure)
{
  auto display = repository.display(path);
  LoadedSop loaded;
  loaded.sop = yaml::load_sop(store::read_file(path, display), display);
  loaded.display = display;
  if (loaded.sop.is_draft()) {
    if (!procedure) {
      procedure = store::load_procedure(repository);
    }
    store::require_governed_by(*procedure, loaded.sop, display);
    model::Diagnostics diagnostics(display);
    loaded.state = workflow::replay(procedure->sop, loaded.sop.drafting->events, diagnostics);
    diagnostics.throw_if_any();
    workflow::express_in_zone(*loaded.state, repository.config.utc_offset_minutes);
    loaded.rules = repository.config.drafting_rules(procedure->sop.rules);
    loaded.procedure = std::move(procedure);
  }
  return loaded;
}

render::Approval document_approval(const store::Repository& repository, const LoadedSop& loaded)
{
  auto settings = repository.config.document_settings(loaded.rules);
  if (!loaded.state) {
    return render::approval_of(loaded.sop, nullptr, settings);
  }
  render::Drafted drafted{loaded.procedure->sop, *loaded.state};
  // A recorded signer block that is not whole is refused, not printed (a
  // signing without one prints the approver: check says so).
  model::Diagnostics diagnostics(loaded.display);
  model::Diagnostics warnings(loaded.display);
  render::check_signer(drafted, settings, diagnostics, warnings);
  diagnostics.throw_if_any();
  return render::approval_of(loaded.sop, &drafted, settings);
}

void mark_standing(const Catalogue& catalogue, std::string_view id, render::Approval& approval)
{
  const auto* entry = catalogue.find(id);
  if (!entry) {
    return;
  }
  if (entry->state == lifecycle::State::dicabut) {
    approval.revoked = render::Revoked{
      entry->revoke_ref, model::format_iso(*entry->revoked_at).substr(0, 10), entry->revoke_reason};
  } else if (entry->state == lifecycle::State::digantikan) {
    if (const auto* newer = catalogue.find(entry->replaced_by)) {
      approval.superseded =
        render::Superseded{printed_number(*newer), newer->version, newer->approved};
    }
  }
}

std::string sop_document_html(const store::Repository& repository,
                              const LoadedSop& loaded,
                              const std::string& logo,
                              const Catalogue* marks)
{
  auto approval = document_approval(repository, loaded);
  if (marks) {
    mark_standing(*marks, loaded.id(), approval);
  }
  auto sop = loaded.sop;
  sop.number = render::sop_number(sop);
  auto text = store::load_template(repository.root, render::sop_html_template);
  return render::sop_html(sop, approval, logo, text);
}

Catalogue load_whole_catalogue(const store::Repository& repository,
                               const store::Procedure& procedure)
{
  auto catalogue = load_catalogue(repository, procedure);
  if (!catalogue.problems.empty()) {
    std::string problems;
    for (const auto& problem : catalogue.problems) {
      problems += (problems.empty() ? "" : "\n") + problem;
    }
    throw model::Error(problems);
  }
  return catalogue;
}

LoadedSop loaded_from(const store::Repository& repository,
                      const CatalogueFile& file,
                      const store::Procedure& procedure)
{
  LoadedSop loaded;
  loaded.sop = file.sop;
  loaded.display = file.display;
  if (file.drafting) {
    loaded.state = file.drafting;
    loaded.procedure = procedure;
    loaded.rules = repository.config.drafting_rules(procedure.sop.rules);
  }
  return loaded;
}

} // namespace sopctl::ops
