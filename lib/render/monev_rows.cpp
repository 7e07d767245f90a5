#include <algorithm>
#include <model/evaluation_criteria.hpp>
#include <render/monev_rows.hpp>
#include <tuple>

namespace sopctl::render {

namespace {

// The SOPs in force during `period`, in the order the forms list them.
std::vector<const TableSop*> listed(const std::vector<TableSop>& sops, const time::Period& period)
{
  std::vector<const TableSop*> chosen;
  for (const auto& sop : sops) {
    if (in_force_during(sop, period)) {
      chosen.push_back(&sop);
    }
  }
  std::stable_sort(chosen.begin(), chosen.end(), [](const TableSop* a, const TableSop* b) {
    return std::tie(a->number, a->name, a->id) < std::tie(b->number, b->name, b->id);
  });
  return chosen;
}

// The last of `assessments` recorded within `period`; null if none.
const Assessment* last_within(const std::vector<Assessment>& assessments,
                              const time::Period& period)
{
  const Assessment* last = nullptr;
  for (const auto& assessment : assessments) {
    if (period.contains(assessment.day) && (!last || assessment.day >= last->day)) {
      last = &assessment;
    }
  }
  return last;
}

} // namespace

bool in_force_during(const TableSop& sop, const time::Period& period)
{
  return sop.in_force_from <= period.last &&
         (!sop.in_force_until || *sop.in_force_until > period.first);
}

std::vector<MonitoringRow> monitoring_rows(const std::vector<TableSop>& sops,
                                           const time::Period& period)
{
  std::vector<MonitoringRow> rows;
  for (const auto* sop : listed(sops, period)) {
    MonitoringRow row;
    row.no = std::to_string(rows.size() + 1);
    row.number = sop->number;
    row.name = sop->name;
    if (const auto* monitoring = last_within(sop->monitorings, period)) {
      row.result = monitoring->result;
      row.note = monitoring->note;
      row.action = monitoring->action;
      row.penilai = monitoring->by;
      row.date = time::format_day(monitoring->day);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<EvaluationRow> evaluation_rows(const std::vector<TableSop>& sops,
                                           const time::Period& period)
{
  std::vector<EvaluationRow> rows;
  for (const auto* sop : listed(sops, period)) {
    EvaluationRow row;
    row.no = std::to_string(rows.size() + 1);
    row.number = sop->number;
    row.name = sop->name;
    row.answers.resize(model::evaluation_criteria.size());
    if (const auto* evaluation = last_within(sop->evaluations, period)) {
      for (size_t i = 0; i < row.answers.size(); ++i) {
        auto answer = evaluation->criteria.find(model::criterion_field(i + 1));
        if (answer != evaluation->criteria.end()) {
          row.answers[i] = answer->second;
        }
      }
      row.result = evaluation->result;
      row.note = evaluation->note;
      row.action = evaluation->action;
      row.penilai = evaluation->by;
      row.date = time::format_day(evaluation->day);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

} // namespace sopctl::render
