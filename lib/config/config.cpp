#include <algorithm>
#include <array>
#include <config/config.hpp>
#include <config/config_calendar.hpp>
#include <cstdlib>
#include <embedded/embedded.hpp>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <map>
#include <model/errors.hpp>
#include <model/text.hpp>
#include <model/validation.hpp>
#include <time/zone.hpp>
#include <workflow/numbering.hpp>
#include <yaml/drafting_rules.hpp>
#include <yaml/identity_reader.hpp>
#include <yaml/map_reader.hpp>
#include <yaml/sop_reader.hpp>

namespace sopctl::config {

std::optional<int> parse_timezone(std::string_view text)
{
  return time::parse_zone(text);
}

namespace {

void read_at_risk_share(yaml::MapReader& map, Config& config, model::Diagnostics& diagnostics)
{
  auto text = map.text("at_risk_share");
  if (text.empty()) {
    return;
  }
  char* end = nullptr;
  double share = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !(share > 0 && share < 1)) {
    diagnostics.add(map.where("at_risk_share"),
                    trf("at_risk_share \"{}\" must be a fraction "
                        "between 0 and 1, like 0.25",
                        text));
    return;
  }
  config.at_risk_share = share;
}

} // namespace

namespace {

std::vector<model::Person> read_people(const yaml::Node& node, model::Diagnostics& diagnostics)
{
  std::vector<model::Person> people;
  if (!node.is_defined() || node.is_null()) {
    return people;
  }
  if (!node.is_sequence()) {
    diagnostics.add(yaml::position_of(node), tr("\"people\" must be a list of persons"));
    return people;
  }
  std::map<std::string, model::Position> seen; // NIPs and emails
  for (const auto& item : node.items()) {
    yaml::MapReader map(
      item,
      tr("a person"),
      {"name", "nip", "rank", "position", "roles", "email", "signing_key", "admin"},
      diagnostics);
    if (!map.ok()) {
      continue;
    }
    model::Person person;
    person.where = map.where();
    // Trimmed here, once: a " " NIP is no NIP to every reader (letters,
    // the approval, the signing record), not a blank one printed "NIP.  ".
    auto name = map.text("name", yaml::Required::yes);
    person.name = model::trim(name);
    person.nip = model::trim(map.text("nip"));
    person.rank = model::trim(map.text("rank"));
    person.position = model::trim(map.text("position"));
    // A YAML escape ("\e", "\a") gets past the file's own check of
    // control characters: refused here, as they would reach letters,
    // terminals and the signing record.
    for (const auto& [key, value] : {std::pair{"name", &person.name},
                                     {"nip", &person.nip},
                                     {"rank", &person.rank},
                                     {"position", &person.position}}) {
      if (auto control = model::control_character(*value)) {
        diagnostics.add(map.where(key),
                        trf("\"{}\" of a person holds the control character U+{:04X}; "
                            "remove it",
                            key,
                            *control));
      }
    }
    if (person.name.empty() && !name.empty()) {
      diagnostics.add(map.where("name"), tr("\"name\" of a person is blank; fill it in"));
    }
    person.roles = map.text_list("roles");
    person.email = map.text("email");
    person.signing_key = map.text("signing_key");
    person.admin = map.flag("admin", false);
    if (!person.signing_key.empty() && !model::is_ssh_key(person.signing_key) &&
        !model::is_gpg_fingerprint(person.signing_key)) {
      diagnostics.add(map.where("signing_key"),
                      trf("signing_key of {} is neither a GPG fingerprint (40 hex "
                          "digits) nor an SSH public key (ssh-ed25519 AAAA...)",
                          person.name));
    }
    for (const auto& role : person.roles) {
      if (!model::is_valid_role_key(role)) {
        diagnostics.add(map.where("roles"),
                        trf("role \"{}\" of {} is not a role key (like kabid)", role, person.name));
      }
    }
    for (const auto& [is_nip, value] : {std::pair{true, person.nip}, {false, person.email}}) {
      if (value.empty()) {
        continue;
      }
      auto [first, inserted] = seen.emplace(value, person.where);
      if (!inserted) {
        diagnostics.add(person.where,
                        is_nip ? trf("NIP {} is given to two people (first at line {}); each "
                                     "person has their own",
                                     value,
                                     first->second.line)
                               : trf("email {} is given to two people (first at line {}); each "
                                     "person has their own",
                                     value,
                                     first->second.line));
      }
    }
    people.push_back(std::move(person));
  }
  return people;
}

} // namespace

namespace {

// `monitoring:`: months between monitorings and between evaluations, the
// days before a due date it is near, who records them.
void read_monitoring(yaml::MapReader& parent, Config& config, model::Diagnostics& diagnostics)
{
  const auto& node = parent.node("monitoring");
  if (!node.is_defined() || node.is_null()) {
    return;
  }
  yaml::MapReader map(node,
                      "monitoring",
                      {"every_months", "evaluation_every_months", "due_soon_days", "role"},
                      diagnostics);
  auto positive = [&](std::string_view key, int& value, int most) {
    if (auto number = map.number(key, yaml::Required::no)) {
      if (*number < 1 || *number > most) {
        diagnostics.add(
          map.where(key),
          trf("monitoring.{} is {}; write a whole number from 1 to {}", key, *number, most));
      } else {
        value = *number;
      }
    }
  };
  positive("every_months", config.schedule.monitoring_months, 60);
  positive("evaluation_every_months", config.schedule.evaluation_months, 120);
  positive("due_soon_days", config.schedule.due_soon_days, 366);
  config.monitoring_role = map.text("role");
}

void read_git(yaml::MapReader& parent, Config& config, model::Diagnostics& diagnostics)
{
  const auto& node = parent.node("git");
  if (!node.is_defined() || node.is_null()) {
    return;
  }
  yaml::MapReader map(node, "git", {"commit", "require_signed"}, diagnostics);
  if (!map.ok()) {
    return;
  }
  auto commit = map.text("commit");
  if (commit == "off" || commit == "false" || commit == "no") {
    config.git_commit = false;
  } else if (!commit.empty() && commit != "auto") {
    diagnostics.add(map.where("commit"), trf("git.commit \"{}\" must be auto or off", commit));
  }
  auto require_signed = map.text("require_signed");
  if (require_signed == "true" || require_signed == "yes") {
    config.git_require_signed = true;
  } else if (!require_signed.empty() && require_signed != "false" && require_signed != "no") {
    diagnostics.add(map.where("require_signed"),
                    trf("git.require_signed \"{}\" must be true or false", require_signed));
  }
}

} // namespace

namespace {

void read_numbering(yaml::MapReader& parent, Config& config, model::Diagnostics& diagnostics)
{
  const auto& node = parent.node("numbering");
  if (!node.is_defined() || node.is_null()) {
    return;
  }
  config.numbering = yaml::read_numbering_rules(node, diagnostics);
}

} // namespace

model::DraftingRules Config::drafting_rules(const model::DraftingRules& procedure) const
{
  auto rules = procedure;
  rules.signing_step = signing_step.value_or(rules.signing_step);
  rules.paraf_step = paraf_step.value_or(rules.paraf_step);
  for (const auto& own : numbering) {
    auto same = std::find_if(rules.numbering.begin(), rules.numbering.end(), [&](const auto& rule) {
      return rule.name == own.name;
    });
    if (same != rules.numbering.end()) {
      *same = own;
    } else {
      rules.numbering.push_back(own);
    }
  }
  return rules;
}

Config default_config()
{
  auto seed = yaml::load_sop(*embedded::embedded_file(embedded::embedded_procedure_name),
                             std::string(embedded::embedded_procedure_name));
  Config config;
  config.office = seed.office;
  config.approver = seed.approver;
  return config;
}

std::optional<Config> read_config(std::string_view text, model::Diagnostics& diagnostics)
{
  auto root = yaml::parse_yaml(text, diagnostics);
  if (!root) {
    return std::nullopt;
  }
  size_t before = diagnostics.list().size();
  yaml::MapReader map(*root,
                      "sopctl.yaml",
                      {"office",
                       "approver",
                       "timezone",
                       "procedure",
                       "working_hours",
                       "holidays",
                       "half_days",
                       "at_risk_share",
                       "people",
                       "logo",
                       "signing",
                       "git",
                       "numbering",
                       "language",
                       "monitoring"},
                      diagnostics);
  if (!map.ok()) {
    return std::nullopt;
  }
  Config config;
  read_office(map, config.office, diagnostics);
  read_approver(map, config.approver, diagnostics);
  auto timezone = map.text("timezone");
  if (!timezone.empty()) {
    if (auto offset = parse_timezone(timezone)) {
      config.timezone = timezone;
      config.utc_offset_minutes = *offset;
    } else {
      diagnostics.add(
        map.where("timezone"),
        trf(
          "timezone \"{}\" is not a zone sopctl knows; write one of {} or a UTC offset like +08:00",
          timezone,
          time::accepted_zones()));
    }
  }
  config.procedure = map.text("procedure");
  config.calendar.utc_offset_minutes = config.utc_offset_minutes;
  read_working_hours(map, config.calendar, diagnostics);
  read_holidays(map, config.calendar, diagnostics);
  read_half_days(map, config.calendar, diagnostics);
  read_at_risk_share(map, config, diagnostics);
  config.people = read_people(map.node("people"), diagnostics);
  config.logo = map.text("logo");
  read_git(map, config, diagnostics);
  read_monitoring(map, config, diagnostics);
  read_numbering(map, config, diagnostics);
  config.language = map.text("language");
  if (!config.language.empty() && config.language != "id" && config.language != "en") {
    diagnostics.add(
      map.where("language"),
      trf("language \"{}\" must be id (Bahasa Indonesia) or en (English)", config.language));
  }
  if (const auto& node = map.node("signing"); node.is_defined() && !node.is_null()) {
    yaml::MapReader signing(node, "signing", {"step", "paraf"}, diagnostics);
    config.signing_step = signing.number("step", yaml::Required::no);
    config.paraf_step = signing.number("paraf", yaml::Required::no);
  }
  if (diagnostics.list().size() != before) {
    return std::nullopt;
  }
  return config;
}

} // namespace sopctl::config