#include <embedded/embedded.hpp>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <store/files.hpp>
#include <store/procedure.hpp>
#include <time/time_standard.hpp>
#include <yaml/sop_reader.hpp>

namespace sopctl::store {

namespace {

// A procedure's time standards are what reports measure, so one that cannot
// be read makes the procedure unusable.
model::Sop load_checked(std::string_view text, const std::string& display)
{
  auto sop = yaml::load_sop(text, display);
  model::Diagnostics diagnostics(display);
  time::validate_time_standards(sop, diagnostics);
  diagnostics.throw_if_any();
  return sop;
}

} // namespace

Procedure load_procedure(const Repository& repository)
{
  if (repository.config.procedure.empty()) {
    auto sop = load_checked(*embedded::embedded_file(embedded::embedded_procedure_name),
                            "embedded " + std::string(embedded::embedded_procedure_name));
    auto id = sop.number;
    return {std::move(sop), "embedded default", id};
  }
  auto path = repository.root / repository.config.procedure;
  auto display = repository.display(path);
  auto sop = load_checked(read_file(path, display), display);
  if (sop.is_draft()) {
    throw model::Error(trf("{}: this is a draft, not a procedure; "
                           "sopctl.yaml's \"procedure\" must name a "
                           "finished SOP",
                           display));
  }
  // Many SOPs are printed without a legible number: drafts then name the
  // procedure by its path.
  auto id = sop.number.empty() ? repository.config.procedure : sop.number;
  return {std::move(sop), display, id};
}

void require_governed_by(const Procedure& procedure,
                         const model::Sop& draft,
                         const std::string& draft_display)
{
  if (draft.drafting && draft.drafting->procedure != procedure.id) {
    throw model::Error(trf("{}:{}:{}: the draft is governed by procedure \"{}\", but this "
                           "repository drafts by \"{}\" ({}); set \"procedure\" in sopctl.yaml to "
                           "that SOP's file",
                           draft_display,
                           draft.drafting->where.line,
                           draft.drafting->where.column,
                           draft.drafting->procedure,
                           procedure.id,
                           procedure.source));
  }
}

} // namespace sopctl::store
