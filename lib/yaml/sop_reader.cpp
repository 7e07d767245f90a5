#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <model/event_fields.hpp>
#include <model/validation.hpp>
#include <yaml/drafting_rules.hpp>
#include <yaml/identity_reader.hpp>
#include <yaml/map_reader.hpp>
#include <yaml/sop_reader.hpp>

namespace sopctl::yaml {

using model::Diagnostics;

namespace {

void read_dates(MapReader& parent, model::Dates& dates, Diagnostics& diagnostics)
{
  const auto& node = parent.node("dates");
  if (!node.is_defined() || node.is_null()) {
    return;
  }
  MapReader map(node, "dates", {"created", "revised", "approved", "effective"}, diagnostics);
  if (map.ok()) {
    dates.created = read_sop_date(map, "created", "dates.created", diagnostics);
    dates.revised = read_sop_date(map, "revised", "dates.revised", diagnostics);
    dates.approved = read_sop_date(map, "approved", "dates.approved", diagnostics);
    dates.effective = read_sop_date(map, "effective", "dates.effective", diagnostics);
  }
}

std::vector<model::Performer> read_performers(const Node& node, Diagnostics& diagnostics)
{
  std::vector<model::Performer> performers;
  if (!node.is_defined() || node.is_null()) {
    return performers;
  }
  if (!node.is_sequence()) {
    diagnostics.add(position_of(node), tr("\"performers\" must be a list of {key, name} items"));
    return performers;
  }
  for (const auto& item : node.items()) {
    MapReader map(item, tr("a performer"), {"key", "name", "external"}, diagnostics);
    if (!map.ok()) {
      continue;
    }
    model::Performer performer;
    performer.where = map.where();
    performer.key = map.text("key", Required::yes);
    performer.name = map.text("name", Required::yes);
    performer.external = map.flag("external", false);
    performers.push_back(std::move(performer));
  }
  return performers;
}

// A decision exit's target: a step number, or `end`.
int read_exit(MapReader& map,
              std::string_view key,
              const std::string& what,
              Diagnostics& diagnostics)
{
  const auto& node = map.node(key, Required::yes);
  if (!node.is_defined()) {
    return 0;
  }
  if (node.is_scalar() && node.text() == "end") {
    return model::procedure_end;
  }
  if (node.is_scalar() && !node.text().empty() &&
      node.text().find_first_not_of("0123456789") == std::string::npos) {
    return read_number(node, trf("\"{}\" of {}", key, what), diagnostics).value_or(0);
  }
  diagnostics.add(position_of(node),
                  trf("the {} exit of {} must be a step number or end (the procedure "
                      "ends there), not \"{}\"",
                      key == "ya" ? "Ya" : "Tidak",
                      what,
                      node.is_scalar() ? node.text() : std::string(tr("a list or mapping"))));
  return 0;
}

// `next: 8` or `next: end` of a step that is not a decision: where it goes
// when done. Its target is checked against the steps in model/validation.
std::optional<int> read_next(MapReader& step, const std::string& what, Diagnostics& diagnostics)
{
  const auto& node = step.node("next");
  if (!node.is_defined() || node.is_null()) {
    return std::nullopt;
  }
  if (node.is_scalar() && node.text() == "end") {
    return model::procedure_end;
  }
  if (node.is_scalar() && !node.text().empty() &&
      node.text().find_first_not_of("0123456789") == std::string::npos) {
    return read_number(node, trf("\"{}\" of {}", "next", what), diagnostics);
  }
  diagnostics.add(position_of(node),
                  trf("the next of {} must be a later step number or end (the procedure "
                      "ends there), not \"{}\"",
                      what,
                      node.is_scalar() ? node.text() : std::string(tr("a list or mapping"))));
  return std::nullopt;
}

// `decision: {ya: 7, tidak: 5}` with its optional `labels: {ya: Lengkap,
// tidak: Tidak lengkap}` beside it.
std::optional<model::Decision> read_decision(MapReader& step,
                                             const std::string& what,
                                             Diagnostics& diagnostics)
{
  const auto& node = step.node("decision");
  const auto& labels = step.node("labels");
  if (!node.is_defined() || node.is_null()) {
    if (labels.is_defined() && !labels.is_null()) {
      diagnostics.add(step.where("labels"),
                      trf("{} has labels but no decision; labels name the exits of a "
                          "decision: add decision: {{ya: N, tidak: M}} or remove labels",
                          what));
    }
    return std::nullopt;
  }
  MapReader map(node, trf("{} decision", what), {"ya", "tidak"}, diagnostics);
  if (!map.ok()) {
    return std::nullopt;
  }
  model::Decision decision;
  decision.yes = read_exit(map, "ya", trf("{} decision", what), diagnostics);
  decision.no = read_exit(map, "tidak", trf("{} decision", what), diagnostics);
  if (labels.is_defined() && !labels.is_null()) {
    MapReader words(labels, trf("{} labels", what), {"ya", "tidak"}, diagnostics);
    if (words.ok()) {
      decision.yes_label = words.text("ya");
      decision.no_label = words.text("tidak");
    }
  }
  return decision;
}

// `performer: kabid` or `performer: [pemohon, cs]` (done together).
std::vector<std::string> read_step_performers(MapReader& map,
                                              const std::string& what,
                                              Diagnostics& diagnostics)
{
  const auto& node = map.node("performer", Required::yes);
  std::vector<std::string> keys;
  if (!node.is_defined()) {
    return keys;
  }
  if (node.is_sequence()) {
    for (const auto& item : node.items()) {
      if (item.is_scalar() && !item.text().empty()) {
        keys.push_back(item.text());
      } else {
        diagnostics.add(position_of(item),
                        trf("each performer of {} must be a performer's key", what));
      }
    }
    if (keys.empty()) {
      diagnostics.add(position_of(node),
                      trf("{} has an empty performer list; name who does it", what));
    }
    return keys;
  }
  auto key = map.text("performer", Required::yes);
  if (!key.empty()) {
    keys.push_back(key);
  }
  return keys;
}

std::vector<model::Step> read_steps(const Node& node, Diagnostics& diagnostics)
{
  std::vector<model::Step> steps;
  if (!node.is_defined() || node.is_null()) {
    return steps;
  }
  if (!node.is_sequence()) {
    diagnostics.add(position_of(node), tr("\"steps\" must be a list of steps"));
    return steps;
  }
  for (const auto& item : node.items()) {
    std::string what = tr("a step");
    if (item["step"].is_scalar()) {
      what = trf("step {}", item["step"].text());
    }
    MapReader map(item,
                  what,
                  {"step",
                   "activity",
                   "performer",
                   "requirements",
                   "time",
                   "output",
                   "remarks",
                   "decision",
                   "labels",
                   "next"},
                  diagnostics);
    if (!map.ok()) {
      continue;
    }
    model::Step step;
    step.where = map.where();
    step.number = map.number("step", Required::yes).value_or(0);
    step.activity = map.text("activity");
    step.performers = read_step_performers(map, what, diagnostics);
    step.requirements = map.text("requirements");
    step.time = map.text("time");
    step.time_where = map.where("time");
    step.output = map.text("output");
    step.remarks = map.text("remarks");
    step.decision = read_decision(map, what, diagnostics);
    step.next = read_next(map, what, diagnostics);
    if (map.node("next").is_defined()) {
      step.next_where = position_of(map.node("next"));
    }
    steps.push_back(std::move(step));
  }
  return steps;
}

// The fields of the lifecycle events (result, action, ref) and the revision
// link of a start (revises): each only on the events that have it.
void read_lifecycle_fields(MapReader& map, model::Event& event, Diagnostics& diagnostics)
{
  using model::EventKind;
  bool assessed = event.kind == EventKind::monitored || event.kind == EventKind::evaluated;
  event.result = map.text("result", assessed ? Required::yes : Required::no);
  if (assessed && !event.result.empty() && event.result != "baik" && event.result != "tidak") {
    diagnostics.add(map.where("result"),
                    trf("the result \"{}\" is neither \"baik\" (berjalan dengan baik) nor "
                        "\"tidak\" (tidak berjalan dengan baik)",
                        event.result));
  }
  event.action = map.text("action");
  if (event.kind == EventKind::monitored && event.result == "tidak" && event.action.empty()) {
    diagnostics.add(map.where(),
                    tr("a monitoring whose result is \"tidak\" needs the action to take "
                       "(\"action\": Tindakan yang Harus Diambil)"));
  }
  event.ref = map.text("ref", event.kind == EventKind::revoked ? Required::yes : Required::no);
  event.revises = map.text("revises");
  struct Only
  {
    std::string_view key;
    const std::string& value;
    bool allowed;
    const char* rule;
  };
  for (const auto& only : {
         Only{"result",
              event.result,
              assessed,
              tr("\"result\" is written only on a monitored or evaluated event")},
         Only{"action",
              event.action,
              assessed,
              tr("\"action\" is written only on a monitored or evaluated event")},
         Only{"ref",
              event.ref,
              event.kind == EventKind::revoked,
              tr("\"ref\" (the decree) is written only on a revoked event")},
         Only{"revises",
              event.revises,
              event.kind == EventKind::started,
              tr("\"revises\" (the SOP a revision revises) is written only on a started event")},
       }) {
    if (!only.value.empty() && !only.allowed) {
      diagnostics.add(map.where(only.key), only.rule);
    }
  }
}

std::optional<model::Event> read_event(const Node& item, Diagnostics& diagnostics)
{
  MapReader map(item, tr("an event"), model::event_field_names, diagnostics);
  if (!map.ok()) {
    return std::nullopt;
  }
  model::Event event;
  event.where = map.where();
  auto kind_text = map.text("event", Required::yes);
  auto kind = model::parse_event_kind(kind_text);
  if (!kind_text.empty() && !kind) {
    diagnostics.add(map.where("event"),
                    trf("unknown event \"{}\"; events are started, completed, rejected, "
                        "noted, voided, adopted, monitored, evaluated and revoked",
                        kind_text));
  }
  event.kind = kind.value_or(model::EventKind::started);
  bool lifecycle = kind && model::is_lifecycle(*kind);
  if (lifecycle) {
    // The life of an SOP in force is at no step; the role (the assessor's,
    // the signer's) is recorded when the office has one.
    if (map.node("step").is_defined()) {
      diagnostics.add(map.where("step"),
                      trf("a {} event is at no step; remove \"step\"", kind_text));
    }
    event.role = map.text("role");
  } else if (kind && *kind != model::EventKind::started) {
    // A note may be made without a role, and so may the void of one.
    bool roleless = *kind == model::EventKind::noted || *kind == model::EventKind::voided;
    event.step = map.number("step", Required::yes).value_or(0);
    event.role = map.text("role", roleless ? Required::no : Required::yes);
  } else if (map.node("step").is_defined() || map.node("role").is_defined()) {
    diagnostics.add(map.where(), tr("a started event has no step or role"));
  }
  event.by = map.text("by", Required::yes);
  auto at_text = map.text("at", Required::yes);
  // Stored times always carry their offset; a missing one would make the
  // meaning of the file depend on where it is read.
  auto at = model::parse_timestamp(at_text, std::nullopt);
  if (!at_text.empty() && !at) {
    diagnostics.add(map.where("at"),
                    trf("\"{}\" is not a time with its UTC offset; "
                        "write it like \"2026-11-24T09:00:00+07:00\"",
                        at_text));
  }
  event.at = at.value_or(model::Timestamp{});
  auto recorded_text = map.text("recorded");
  if (!recorded_text.empty() && !model::parse_field(recorded_text, event.recorded)) {
    diagnostics.add(map.where("recorded"),
                    trf("\"{}\" is not a time with its UTC offset; "
                        "write it like \"2026-11-24T09:00:00+07:00\"",
                        recorded_text));
  }
  bool needs_note =
    event.kind == model::EventKind::noted || event.kind == model::EventKind::voided ||
    event.kind == model::EventKind::monitored || event.kind == model::EventKind::evaluated ||
    event.kind == model::EventKind::revoked;
  event.note = map.text("note", needs_note ? Required::yes : Required::no);
  read_lifecycle_fields(map, event, diagnostics);
  event.voids =
    map.text("voids", event.kind == model::EventKind::voided ? Required::yes : Required::no);
  if (!event.voids.empty() && event.kind != model::EventKind::voided) {
    diagnostics.add(map.where("voids"),
                    tr("\"voids\" is written only on a voided event (the hash of the event it "
                       "cancels)"));
  }
  event.exit = map.text("exit");
  if (!event.exit.empty() && (event.exit != "tidak" || event.kind != model::EventKind::completed)) {
    diagnostics.add(
      map.where("exit"),
      tr("\"exit\" is written only as \"exit: tidak\" on a completed event (the Tidak "
         "exit of a decision taken forward or to the end)"));
  }
  event.set = map.text_map("set");
  event.prev = map.text("prev");
  event.hash = map.text("hash");
  return event;
}

std::optional<model::DraftingRecord> read_drafting(MapReader& parent, Diagnostics& diagnostics)
{
  const auto& node = parent.node("drafting");
  if (!node.is_defined()) {
    return std::nullopt;
  }
  model::DraftingRecord record;
  record.where = parent.where("drafting");
  MapReader map(node, "drafting", {"procedure", "events"}, diagnostics);
  if (!map.ok()) {
    return record;
  }
  // No procedure: the record of an SOP signed on paper, whose events are
  // lifecycle events only (workflow/record.hpp checks them).
  record.procedure = map.text("procedure");
  const auto& events = map.node("events", Required::yes);
  if (events.is_defined() && !events.is_sequence()) {
    diagnostics.add(position_of(events), tr("\"events\" must be a list of events"));
  } else if (events.is_defined()) {
    for (const auto& item : events.items()) {
      if (auto event = read_event(item, diagnostics)) {
        record.events.push_back(std::move(*event));
      }
    }
  }
  if (events.is_defined() && record.events.empty()) {
    diagnostics.add(map.where("events"),
                    tr("a draft's events start with its \"started\" event; "
                       "the list is empty"));
  }
  if (!record.events.empty() && record.procedure.empty() &&
      !model::is_lifecycle(record.events.front().kind)) {
    diagnostics.add(map.where(),
                    tr("the drafting record names no procedure; a draft's record "
                       "names its procedure (\"procedure: 07/SOP-Disdukcapil/SES/2020\"), and "
                       "only the record of an SOP signed on paper, holding adopted, monitored, "
                       "evaluated and revoked events, has none"));
  }
  return record;
}

} // namespace

std::optional<model::Sop> read_sop(std::string_view text, Diagnostics& diagnostics)
{
  auto root = parse_yaml(text, diagnostics);
  if (!root) {
    return std::nullopt;
  }
  size_t before = diagnostics.list().size();
  MapReader map(*root,
                tr("the SOP"),
                {"number",  "name",      "version",     "section",     "office",
                 "dates",   "approver",  "signatories", "legal_basis", "qualifications",
                 "related", "equipment", "warning",     "records",     "performers",
                 "steps",   "time_unit", "signing",     "numbering",   "letters",
                 "data",    "drafting"},
                diagnostics);
  if (!map.ok()) {
    return std::nullopt;
  }
  model::Sop sop;
  sop.number = map.text("number");
  sop.name = map.text("name", Required::yes);
  if (map.node("version").is_defined()) {
    auto version = map.number("version", Required::yes);
    if (version && *version < 1) {
      diagnostics.add(map.where("version"),
                      trf("the version {} is not a version: write 1 for an SOP never revised, "
                          "one more for each revision",
                          *version));
    }
    sop.version = version.value_or(1);
  }
  sop.section = map.text("section");
  read_office(map, sop.office, diagnostics);
  read_dates(map, sop.dates, diagnostics);
  read_approver(map, sop.approver, diagnostics);
  sop.signatories = read_signatories(map, diagnostics);
  sop.legal_basis = map.text_list("legal_basis");
  sop.qualifications = map.text_list("qualifications");
  sop.related = map.text_list("related");
  sop.equipment = map.text_list("equipment");
  sop.warning = map.text("warning");
  sop.records = map.text("records");
  sop.performers = read_performers(map.node("performers"), diagnostics);
  sop.time_unit = map.text("time_unit");
  sop.rules = read_drafting_rules(map, diagnostics);
  sop.steps = read_steps(map.node("steps"), diagnostics);
  sop.data = map.text_map("data");
  sop.drafting = read_drafting(map, diagnostics);
  model::validate_sop(sop, diagnostics);
  if (diagnostics.list().size() != before) {
    return std::nullopt;
  }
  return sop;
}

model::Sop load_sop(std::string_view text, const std::string& path)
{
  Diagnostics diagnostics(path);
  auto sop = read_sop(text, diagnostics);
  diagnostics.throw_if_any();
  return std::move(*sop);
}

} // namespace sopctl::yaml
