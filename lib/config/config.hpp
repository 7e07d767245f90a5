#pragma once

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
  // The steps of the drafting procedure whose completion means the SOP is
  // signed (Kadis's signature) and initialled (the secretary's paraf); the
  // embedded procedure's steps 8 and 7 by default.
  int signing_step = 8;
  int paraf_step = 7;
  // git: commit each change sopctl makes (in a work tree), and whether
  // `verify --git` demands signed commits.
  bool git_commit = true;
  bool git_require_signed = false;
  // How SOP and letter numbers are handed out.
  std::vector<model::NumberingRule> numbering = model::default_numbering();

  // What printed documents need of these settings.
  model::DocumentSettings document_settings() const
  {
    return {office, approver, people, signing_step, paraf_step};
  }
};

// The settings used where there is no `sopctl.yaml`: the embedded seed's
// office and approver, WIB, the embedded procedure.
Config default_config();

// Reads `sopctl.yaml`; every problem goes to `diagnostics`.
std::optional<Config> read_config(std::string_view text, model::Diagnostics& diagnostics);

// Minutes east of UTC for `+07:00`, `-0330`, `WIB`, `WITA` or `WIT`.
std::optional<int> parse_timezone(std::string_view text);

} // namespace sopctl::config
