#pragma once

// Helpers for the letters' unit tests: the letters compiled into sopctl, and
// a draft of the seed procedure whose steps are done an hour apart.

#include "fixtures.hpp"

#include <algorithm>
#include <config/config.hpp>
#include <doctest/doctest.h>
#include <embedded/embedded.hpp>
#include <render/letters.hpp>
#include <workflow/replay.hpp>
#include <yaml/letter_definitions.hpp>

namespace sopctl::test {

using model::LetterDefinition;

// The letters compiled into sopctl.
inline std::vector<LetterDefinition> embedded_letters()
{
  return test::seed().rules.letters;
}

// The embedded letter named `name`; fails the test when there is none.
inline LetterDefinition letter(const std::string& name)
{
  for (auto& letter : embedded_letters()) {
    if (letter.name == name) {
      return letter;
    }
  }
  FAIL("no letter ", name);
  return {};
}

// The problems read_letter_definitions finds in `text`; empty when none.
inline std::string definition_errors(const std::string& text)
{
  try {
    yaml::read_letter_definitions(text, "templates/outputs.yaml");
  } catch (const model::InvalidFile& invalid) {
    return model::format_all(invalid.diagnostics());
  }
  return "";
}

// The role of each step of the seed procedure, by step number.
inline const char* const seed_roles[] =
  {"", "sekretaris", "staf", "sekretaris", "kasi", "kasi", "kabid", "sekretaris", "kadis", "staf"};

// A draft "akta" of the seed procedure, started 2026-11-24T09:00+07:00,
// whose steps are done an hour apart, with the office's settings.
struct Drafting
{
  Drafting()
  {
    draft.name = "Akta Kelahiran";
    draft.drafting.emplace();
    draft.drafting->procedure = procedure.number;
    add(model::EventKind::started, 0, "", "Budi");
    config.office = {"PEMERINTAH KOTA SIBOLGA",
                     "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
                     "Jl. Tongkol No.12",
                     "(0631) 21799",
                     "(0631) 21800",
                     "SIBOLGA"};
  }

  // Appends an event an hour after the one before; returns it to adjust.
  model::Event& add(model::EventKind kind, int step, std::string role, std::string by)
  {
    model::Event event;
    event.kind = kind;
    event.step = step;
    event.role = std::move(role);
    event.by = std::move(by);
    auto hour = static_cast<std::int64_t>(draft.drafting->events.size());
    event.at = {1795485600 + hour * 3600, 7 * 60};
    draft.drafting->events.push_back(std::move(event));
    return draft.drafting->events.back();
  }

  // Completes the steps up to `step` with their own roles.
  Drafting& done_until(int step)
  {
    for (int k = active(); k <= step; ++k) {
      add(model::EventKind::completed, k, seed_roles[k], "Petugas " + std::to_string(k));
    }
    return *this;
  }

  // The step now active: one past the last completed.
  int active() const { return static_cast<int>(draft.drafting->events.size()); }

  // The draft replayed against the seed; fails the test when it does not fit.
  workflow::DraftState state() const
  {
    model::Diagnostics diagnostics("akta");
    auto state = workflow::replay(procedure, draft.drafting->events, diagnostics);
    INFO(model::format_all(diagnostics.list()));
    REQUIRE(state);
    return *state;
  }

  // What is missing to write `definition` for the draft (id "akta").
  std::vector<std::string> missing(const LetterDefinition& definition) const
  {
    return render::missing_for_letter(
      definition,
      procedure,
      draft,
      state(),
      "akta",
      config.document_settings(config.drafting_rules(procedure.rules)));
  }

  // The embedded letter `name` of the draft, through its embedded template,
  // with `logo` in its kop.
  std::string html(const std::string& name, const std::string& logo = "") const
  {
    return html(letter(name), logo);
  }

  // The letter `definition` of the draft, through the embedded template it
  // names.
  std::string html(const LetterDefinition& definition, const std::string& logo = "") const
  {
    auto text = embedded::embedded_file("templates/" + definition.template_name);
    REQUIRE(text);
    return render::letter_html(definition,
                               procedure,
                               draft,
                               state(),
                               config.document_settings(config.drafting_rules(procedure.rules)),
                               logo,
                               *text,
                               *embedded::embedded_file("templates/kop.html.mustache"));
  }

  // Gives the roster a complete holder of each role the letters sign with:
  // the Plt. Kepala Dinas (kadis) and the Sekretaris.
  Drafting& with_roster()
  {
    config.people.push_back({"AMARULLAH GULTOM, SE, M.M",
                             "19670312 199103 1 007",
                             "Pembina Tk. I",
                             "Plt. Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Sibolga",
                             {"kadis"},
                             "",
                             {}});
    config.people.push_back({"Hotma Sitompul, S.Sos",
                             "19750101 200003 1 002",
                             "Pembina",
                             "Sekretaris",
                             {"sekretaris"},
                             "",
                             {}});
    return *this;
  }

  model::Sop procedure = test::seed();
  model::Sop draft;
  ::sopctl::config::Config config;
};

// Whether `text` contains `part`, for readable CHECKs.
inline bool contains(const std::string& text, const std::string& part)
{
  return text.find(part) != std::string::npos;
}

} // namespace sopctl::test
