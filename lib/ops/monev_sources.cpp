#include <algorithm>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <model/sop_date.hpp>
#include <ops/catalogue.hpp>
#include <ops/monev_sources.hpp>
#include <render/letters.hpp>
#include <store/procedure.hpp>

namespace sopctl::ops {

namespace {

// The day an entry took effect: its Tgl Efektif, else its Tgl Pengesahan (one
// printed as a month or a year: its first day).
std::optional<time::DayNumber> effective_day(const lifecycle::Entry& entry)
{
  return time::parse_day(
    model::first_day(entry.effective.empty() ? entry.approved : entry.effective));
}

// An assessment on the office's calendar.
render::Assessment on_calendar(const lifecycle::Assessment& assessment, int utc_offset_minutes)
{
  return {time::day_of(assessment.at, utc_offset_minutes),
          assessment.by,
          assessment.result,
          assessment.note,
          assessment.action,
          assessment.criteria};
}

} // namespace

std::vector<render::TableSop> table_sops(const std::vector<lifecycle::Entry>& entries,
                                         int utc_offset_minutes)
{
  std::vector<render::TableSop> sops;
  for (const auto& entry : entries) {
    auto from = effective_day(entry);
    // A draft never signed was never in force; a signed SOP without a day
    // it took effect cannot be placed in a period.
    if (entry.state == lifecycle::State::konsep || !from) {
      continue;
    }
    render::TableSop sop;
    sop.id = entry.id;
    sop.number = render::sop_number(*entry.sop);
    sop.name = entry.sop->name;
    sop.in_force_from = *from;
    // Superseded: in force until its revision took effect.
    if (const auto* next = lifecycle::find_entry(entries, entry.replaced_by)) {
      sop.in_force_until = effective_day(*next);
    }
    // Revoked: in force on the day of its revocation, not after it.
    if (entry.revoked_at) {
      auto after = time::day_of(*entry.revoked_at, utc_offset_minutes) + 1;
      sop.in_force_until = std::min(sop.in_force_until.value_or(after), after);
    }
    for (const auto& monitoring : entry.monitorings) {
      sop.monitorings.push_back(on_calendar(monitoring, utc_offset_minutes));
    }
    for (const auto& evaluation : entry.evaluations) {
      sop.evaluations.push_back(on_calendar(evaluation, utc_offset_minutes));
    }
    sops.push_back(std::move(sop));
  }
  return sops;
}

std::vector<render::TableSop> monev_sources(const store::Repository& repository)
{
  auto catalogue = load_catalogue(repository, store::load_procedure(repository));
  if (!catalogue.problems.empty()) {
    std::string lines;
    for (const auto& problem : catalogue.problems) {
      lines += "\n  " + problem;
    }
    throw model::Error(trf("cannot print the form: it must list every SOP in force, and these "
                           "SOP files do not load; correct them (sopctl check):{}",
                           lines));
  }
  return table_sops(catalogue.entries, repository.config.utc_offset_minutes);
}

} // namespace sopctl::ops
