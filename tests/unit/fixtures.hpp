#pragma once

// Helpers shared by the unit tests: the seed procedure, and the problems a
// loader reports, formatted as the user sees them (`input:line:col: ...`).

#include <embedded/embedded.hpp>
#include <model/diagnostics.hpp>
#include <model/errors.hpp>
#include <model/sop.hpp>
#include <string>
#include <string_view>
#include <yaml/sop_reader.hpp>
#include <yaml/yaml_source.hpp>

namespace sopctl::test {

// The seed procedure's file as compiled into the library.
inline std::string seed_text()
{
  return std::string(*embedded::embedded_file(embedded::embedded_procedure_name));
}

// The seed procedure, loaded.
inline model::Sop seed()
{
  return yaml::load_sop(seed_text(), "seed");
}

// Every problem read_sop finds in `text`, one per line; empty when none.
inline std::string sop_errors(std::string_view text)
{
  model::Diagnostics diagnostics("input");
  auto sop = yaml::read_sop(text, diagnostics);
  if (sop.has_value() != diagnostics.empty()) {
    return "read_sop returned a value together with problems";
  }
  return model::format_all(diagnostics.list());
}

// Every problem parse_yaml finds in `text`, one per line; empty when none.
inline std::string yaml_errors(std::string_view text)
{
  model::Diagnostics diagnostics("input");
  auto node = yaml::parse_yaml(text, diagnostics);
  if (node.has_value() != diagnostics.empty()) {
    return "parse_yaml returned a value together with problems";
  }
  return model::format_all(diagnostics.list());
}

// `text` read as an SOP that must load.
inline model::Sop load(std::string_view text)
{
  return yaml::load_sop(text, "input");
}

// A drafting event by Rina at `hour` hours after 2026-11-24 09:00 +07:00
// (a rejection with its required note), for replay tests.
inline model::Event event(model::EventKind kind,
                          int step,
                          std::string role,
                          int hour,
                          std::string exit = "")
{
  model::Event e;
  e.kind = kind;
  e.step = step;
  e.role = std::move(role);
  e.by = "Rina";
  e.at = {1795485600 + hour * 3600, 7 * 60};
  e.note = kind == model::EventKind::rejected ? "gambar salah" : "";
  e.exit = std::move(exit);
  return e;
}

} // namespace sopctl::test
