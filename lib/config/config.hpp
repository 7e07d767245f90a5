#pragma once

#include <lifecycle/lifecycle.hpp>
#include <model/diagnostics.hpp>
#include <model/document_settings.hpp>
#include <model/numbering.hpp>
#include <model/person.hpp>
#include <model/sop.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <time/calendar.hpp>

namespace sopctl::config {

// A repository's settings, from its `sopctl.yaml`.
struct Config
{
  model::Office office;     // identity and letterhead of new drafts
  model::Approver approver; // who signs the office's SOPs
  std::string timezone = "+07:00";
  int utc_offset_minutes = 7 * 60; // WIB
  std::string procedure;           // path of the governing SOP; empty: the embedded one
  time::Calendar calendar = time::Calendar::office_default();
  // A step is at risk when less than this share of its standard is left.
  double at_risk_share = 0.25;
  // The roster; empty: roles are not enforced.
  std::vector<model::Person> people;
  // An image for the identity header (relative to sopctl.yaml); empty: none.
  std::string logo;
  // Overrides of the drafting procedure's own signing and paraf steps (its
  // `signing:`); unset: the procedure's.
  std::optional<int> signing_step;
  std::optional<int> paraf_step;
  // git: commit each change sopctl makes (in a work tree), and whether
  // `verify --git` demands signed commits.
  bool git_commit = true;
  bool git_require_signed = false;
  // Numbering rules that override the procedure's by name (its pattern and
  // step) or add to them; empty: the procedure's own.
  std::vector<model::NumberingRule> numbering;
  // The office's language for sopctl's messages: "id" or "en"; empty: not
  // set (the environment decides; README, "Language (Bahasa Indonesia)").
  std::string language;
  // `monitoring:`: how often each SOP in force is monitored and evaluated,
  // and the role whose holders record them (empty: anyone on the roster).
  lifecycle::Schedule schedule;
  std::string monitoring_role;

  // The rules drafts follow: the procedure's own `rules`, with these
  // settings' overrides applied.
  model::DraftingRules drafting_rules(const model::DraftingRules& procedure) const;
  // What printed documents need of these settings, drafting by `rules`.
  model::DocumentSettings document_settings(const model::DraftingRules& rules) const
  {
    return {office, approver, people, rules.signing_step, rules.paraf_step};
  }
};

// The settings used where there is no `sopctl.yaml`: the embedded seed's
// office and approver, WIB, the embedded procedure.
Config default_config();

// Reads `sopctl.yaml`; every problem goes to `diagnostics`.
std::optional<Config> read_config(std::string_view text, model::Diagnostics& diagnostics);

// Minutes east of UTC for a `timezone` value (see time::parse_zone).
std::optional<int> parse_timezone(std::string_view text);

} // namespace sopctl::config
