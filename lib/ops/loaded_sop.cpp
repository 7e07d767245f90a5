#include <model/diagnostics.hpp>
#include <ops/loaded_sop.hpp>
#include <render/approval.hpp>
#include <render/letters.hpp>
#include <render/sop_document.hpp>
#include <store/draft_index.hpp>
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

namespace {

// The approval `loaded` prints with; `drafted` is filled for a draft.
render::Approval approval_for(const store::Repository& repository,
                              const LoadedSop& loaded,
                              bool check)
{
  auto settings = repository.config.document_settings(loaded.rules);
  if (!loaded.state) {
    return render::approval_of(loaded.sop, nullptr, settings);
  }
  render::Drafted drafted{loaded.procedure->sop, *loaded.state};
  if (check) {
    // A recorded signer block that is not whole is refused, not printed
    // (a signing without one prints the approver: check says so).
    model::Diagnostics diagnostics(loaded.display);
    model::Diagnostics warnings(loaded.display);
    render::check_signer(drafted, settings, diagnostics, warnings);
    diagnostics.throw_if_any();
  }
  return render::approval_of(loaded.sop, &drafted, settings);
}

} // namespace

render::Approval document_approval(const store::Repository& repository, const LoadedSop& loaded)
{
  return approval_for(repository, loaded, true);
}

std::string sop_document_html(const store::Repository& repository,
                              const LoadedSop& loaded,
                              const std::string& logo)
{
  auto approval = document_approval(repository, loaded);
  auto sop = loaded.sop;
  sop.number = render::sop_number(sop);
  auto text = store::load_template(repository.root, render::sop_html_template);
  return render::sop_html(sop, approval, logo, text);
}

bool signed_and_in_force(const store::Repository& repository, const LoadedSop& loaded)
{
  if (!loaded.state) {
    return !loaded.sop.dates.approved.empty();
  }
  return loaded.state->phase == workflow::Phase::done &&
         !approval_for(repository, loaded, false).konsep;
}

std::vector<LoadedSop> load_all_sops(const store::Repository& repository)
{
  std::vector<LoadedSop> loaded;
  std::optional<store::Procedure> procedure;
  for (const auto& id : store::list_sop_ids(repository.sops_dir())) {
    if (!procedure) {
      procedure = store::load_procedure(repository);
    }
    loaded.push_back(load_sop_file(repository, repository.draft_path(id), procedure));
  }
  return loaded;
}

} // namespace sopctl::ops
