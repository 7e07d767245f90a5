#include <model/event_fields.hpp>
#include <type_traits>
#include <yaml/sop_writer.hpp>
#include <yaml/yaml_writer.hpp>

namespace sopctl::yaml {

namespace {

void write_identity(YamlWriter& out, const model::Sop& sop)
{
  out.text(0, "number", sop.number);
  out.text(0, "name", sop.name);
  if (sop.version != 1) {
    out.number(0, "version", sop.version); // left out at 1, as files before it
  }
  out.text(0, "section", sop.section);
  out.open(0, "office");
  out.text(2, "government", sop.office.government);
  out.text(2, "name", sop.office.name);
  out.text(2, "address", sop.office.address);
  out.text(2, "phone", sop.office.phone);
  out.text(2, "fax", sop.office.fax);
  out.text(2, "city", sop.office.city);
  out.open(0, "dates");
  out.text(2, "created", sop.dates.created);
  out.text(2, "revised", sop.dates.revised);
  out.text(2, "approved", sop.dates.approved);
  if (!sop.dates.effective.empty()) {
    out.text(2, "effective", sop.dates.effective);
  }
  out.open(0, "approver");
  if (!sop.approver.label.empty()) {
    out.text(2, "label", sop.approver.label);
  }
  out.text(2, "position", sop.approver.position);
  out.text(2, "name", sop.approver.name);
  out.text(2, "rank", sop.approver.rank);
  out.text(2, "nip", sop.approver.nip);
  if (!sop.signatories.empty()) {
    out.open(0, "signatories"); // left out when none, as files before it
    for (const auto& signatory : sop.signatories) {
      out.item(2);
      out.text(4, "label", signatory.label);
      out.text(4, "position", signatory.position);
      out.text(4, "name", signatory.name);
      out.text(4, "rank", signatory.rank);
      out.text(4, "nip", signatory.nip);
      out.text(4, "date", signatory.date);
    }
  }
  out.list(0, "legal_basis", sop.legal_basis);
  out.list(0, "qualifications", sop.qualifications);
  out.list(0, "related", sop.related);
  out.list(0, "equipment", sop.equipment);
  out.text(0, "warning", sop.warning);
  out.text(0, "records", sop.records);
}

void write_performers(YamlWriter& out, const model::Sop& sop)
{
  if (sop.performers.empty()) {
    out.raw("performers: []\n");
    return;
  }
  out.open(0, "performers");
  for (const auto& performer : sop.performers) {
    out.item(2);
    out.text(4, "key", performer.key);
    out.text(4, "name", performer.name);
    if (performer.external) {
      out.raw("    external: true\n");
    }
  }
}

void write_steps(YamlWriter& out, const model::Sop& sop)
{
  if (sop.steps.empty()) {
    out.raw("steps: []\n");
    return;
  }
  out.open(0, "steps");
  for (const auto& step : sop.steps) {
    out.item(2);
    out.number(4, "step", step.number);
    out.text(4, "activity", step.activity);
    if (step.performers.size() == 1) {
      out.text(4, "performer", step.performers.front());
    } else {
      out.flow_list(4, "performer", step.performers);
    }
    out.text(4, "requirements", step.requirements);
    out.text(4, "time", step.time);
    out.text(4, "output", step.output);
    out.text(4, "remarks", step.remarks);
    if (step.next == model::procedure_end) {
      out.text(4, "next", "end");
    } else if (step.next) {
      out.number(4, "next", *step.next);
    }
    if (step.decision) {
      auto exit = [&](std::string_view key, int target) {
        if (target == model::procedure_end) {
          out.text(6, key, "end");
        } else {
          out.number(6, key, target);
        }
      };
      out.open(4, "decision");
      exit("ya", step.decision->yes);
      exit("tidak", step.decision->no);
      if (!step.decision->yes_label.empty() || !step.decision->no_label.empty()) {
        out.open(4, "labels");
        out.text(6, "ya", step.decision->label(model::Exit::ya));
        out.text(6, "tidak", step.decision->label(model::Exit::tidak));
      }
    }
  }
}

// `signing:`, `numbering:` and `letters:`, when the SOP declares them.
void write_rules(YamlWriter& out, const model::DraftingRules& rules)
{
  if (rules.signing_step != 0 || rules.paraf_step != 0) {
    out.open(0, "signing");
    out.number(2, "step", rules.signing_step);
    if (rules.paraf_step != 0) {
      out.number(2, "paraf", rules.paraf_step);
    }
  }
  if (!rules.numbering.empty()) {
    out.open(0, "numbering");
    for (const auto& rule : rules.numbering) {
      out.item(2);
      out.text(4, "name", rule.name);
      out.text(4, "pattern", rule.pattern);
      out.number(4, "step", rule.step);
    }
  }
  if (!rules.letters.empty()) {
    out.open(0, "letters");
    for (const auto& letter : rules.letters) {
      out.item(2);
      out.text(4, "name", letter.name);
      out.text(4, "title", letter.title);
      out.number(4, "step", letter.step);
      out.text(4, "template", letter.template_name);
      out.text(4, "signer", letter.signer_role);
      if (!letter.on_behalf_of.empty()) {
        out.text(4, "on_behalf_of", letter.on_behalf_of);
      }
      if (!letter.numbering.empty()) {
        out.text(4, "number", letter.numbering);
      }
      if (!letter.fields.empty()) {
        out.open(4, "fields");
        for (const auto& field : letter.fields) {
          out.item(6);
          out.text(8, "key", field.key);
          out.text(8, "label", field.label);
          if (!field.example.empty()) {
            out.text(8, "example", field.example);
          }
          if (!field.default_value.empty()) {
            out.text(8, "default", field.default_value);
          }
        }
      }
    }
  }
}

} // namespace

std::string write_content(const model::Sop& sop)
{
  YamlWriter out;
  write_identity(out, sop);
  write_performers(out, sop);
  write_steps(out, sop);
  if (!sop.time_unit.empty()) {
    out.text(0, "time_unit", sop.time_unit);
  }
  write_rules(out, sop.rules);
  if (!sop.data.empty()) {
    out.open(0, "data");
    for (const auto& [key, value] : sop.data) {
      out.text(2, key, value);
    }
  }
  return out.take();
}

std::string write_event(const model::Event& event, int indent)
{
  YamlWriter out;
  out.item(indent);
  // Every field of the list, in its order; a field at its default (no step
  // on a started event, no role on a note, no note, no values) is left out.
  // The kind, who and when are always written.
  model::visit_event_fields(event, [&](std::string_view key, const auto& field) {
    using Field = std::decay_t<decltype(field)>;
    bool required = key == "event" || key == "by" || key == "at";
    if (!required && model::is_default(field)) {
      return;
    }
    if constexpr (std::is_same_v<Field, std::map<std::string, std::string>>) {
      out.open(indent + 2, key);
      for (const auto& [name, value] : field) {
        out.text(indent + 4, name, value);
      }
    } else if constexpr (std::is_same_v<Field, int>) {
      out.number(indent + 2, key, field);
    } else {
      out.text(indent + 2, key, model::field_text(field));
    }
  });
  return out.take();
}

std::string write_drafting(const model::DraftingRecord& record)
{
  YamlWriter out;
  if (record.procedure.empty()) {
    out.raw("# The record of an SOP signed on paper: written by sopctl, events are only\n"
            "# appended.\n");
  } else {
    out.raw("# The drafting record: written by sopctl, events are only appended.\n");
  }
  out.open(0, "drafting");
  if (!record.procedure.empty()) {
    out.text(2, "procedure", record.procedure);
  }
  out.open(2, "events");
  for (const auto& event : record.events) {
    out.raw(write_event(event, 4));
  }
  return out.take();
}

std::string write_sop(const model::Sop& sop)
{
  auto text = write_content(sop);
  if (sop.drafting) {
    text += write_drafting(*sop.drafting);
  }
  return text;
}

} // namespace sopctl::yaml
