#include <history/merge_parts.hpp>
#include <i18n/tr.hpp>
#include <set>
#include <yaml/sop_writer.hpp>

namespace sopctl::history {

namespace {

bool same_performers(const std::vector<model::Performer>& a, const std::vector<model::Performer>& b)
{
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
    return x.key == y.key && x.name == y.name;
  });
}

// Steps compare by everything they say (not where they were written).
std::string step_text(const model::Step* step)
{
  if (!step) {
    return "(none)";
  }
  model::Sop holder;
  holder.steps.push_back(*step);
  return yaml::write_content(holder);
}

void merge_steps(Versions& v)
{
  std::set<int> numbers;
  for (const auto* sop : {&v.base, &v.ours, &v.theirs}) {
    for (const auto& step : sop->steps) {
      numbers.insert(step.number);
    }
  }
  v.as_ours.steps.clear();
  v.as_theirs.steps.clear();
  for (int number : numbers) {
    const auto* b = v.base.find_step(number);
    const auto* o = v.ours.find_step(number);
    const auto* t = v.theirs.find_step(number);
    auto bt = step_text(b), ot = step_text(o), tt = step_text(t);
    const model::Step* for_ours = o;
    const model::Step* for_theirs = o;
    if (ot == tt || tt == bt) {
    } else if (ot == bt) {
      for_ours = for_theirs = t;
    } else {
      for_theirs = t;
      v.conflicts.push_back(trf("step {} was changed two ways", number));
    }
    if (for_ours) {
      v.as_ours.steps.push_back(*for_ours);
    }
    if (for_theirs) {
      v.as_theirs.steps.push_back(*for_theirs);
    }
  }
}

} // namespace

void merge_content(Versions& v)
{
  using model::Sop;
  merge_field(
    v, "number", [](auto& s) -> auto& { return s.number; });
  merge_field(
    v, "name", [](auto& s) -> auto& { return s.name; });
  merge_field(
    v, "section", [](auto& s) -> auto& { return s.section; });
  merge_field(
    v, "office.government", [](auto& s) -> auto& { return s.office.government; });
  merge_field(
    v, "office.name", [](auto& s) -> auto& { return s.office.name; });
  merge_field(
    v, "office.address", [](auto& s) -> auto& { return s.office.address; });
  merge_field(
    v, "office.phone", [](auto& s) -> auto& { return s.office.phone; });
  merge_field(
    v, "office.fax", [](auto& s) -> auto& { return s.office.fax; });
  merge_field(
    v, "office.city", [](auto& s) -> auto& { return s.office.city; });
  merge_field(
    v, "dates.created", [](auto& s) -> auto& { return s.dates.created; });
  merge_field(
    v, "dates.revised", [](auto& s) -> auto& { return s.dates.revised; });
  merge_field(
    v, "dates.approved", [](auto& s) -> auto& { return s.dates.approved; });
  merge_field(
    v, "approver.label", [](auto& s) -> auto& { return s.approver.label; });
  merge_field(
    v, "signatories", [](auto& s) -> auto& { return s.signatories; });
  merge_field(
    v, "approver.position", [](auto& s) -> auto& { return s.approver.position; });
  merge_field(
    v, "approver.name", [](auto& s) -> auto& { return s.approver.name; });
  merge_field(
    v, "approver.rank", [](auto& s) -> auto& { return s.approver.rank; });
  merge_field(
    v, "approver.nip", [](auto& s) -> auto& { return s.approver.nip; });
  merge_field(
    v, "legal_basis", [](auto& s) -> auto& { return s.legal_basis; });
  merge_field(
    v, "qualifications", [](auto& s) -> auto& { return s.qualifications; });
  merge_field(
    v, "related", [](auto& s) -> auto& { return s.related; });
  merge_field(
    v, "equipment", [](auto& s) -> auto& { return s.equipment; });
  merge_field(
    v, "warning", [](auto& s) -> auto& { return s.warning; });
  merge_field(
    v, "records", [](auto& s) -> auto& { return s.records; });
  merge_field(
    v, "performers", [](auto& s) -> auto& { return s.performers; }, same_performers);
  merge_field(
    v, "data", [](auto& s) -> auto& { return s.data; });
  merge_steps(v);
}

} // namespace sopctl::history
