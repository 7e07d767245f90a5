// The letters of the drafting procedure (issue 4, section 3): their
// definitions in templates/outputs.yaml, the values a draft gives them, and
// what is missing to write one, word for word, with how to give it.
#include "letter_fixtures.hpp"

#include <workflow/numbering.hpp>

using namespace sopctl;
using model::LetterDefinition;
using test::definition_errors;
using test::Drafting;
using test::embedded_letters;
using test::letter;

TEST_SUITE("render::letters")
{
  TEST_CASE("the embedded outputs.yaml defines the invitation at step 2 and the cover letter at 9")
  {
    auto letters = embedded_letters();
    REQUIRE(letters.size() == 2);
    const auto& invitation = letters[0];
    CHECK(invitation.name == "undangan-rapat");
    CHECK(invitation.title == "Undangan Rapat");
    CHECK(invitation.step == 2);
    CHECK(invitation.template_name == "undangan-rapat.html.mustache");
    CHECK(invitation.signer_role == "sekretaris");
    CHECK(invitation.on_behalf_of == "kadis");
    CHECK(invitation.numbering == "undangan-rapat");
    std::vector<std::string> keys;
    for (const auto& field : invitation.fields) {
      keys.push_back(field.key);
    }
    CHECK(keys == std::vector<std::string>{"meeting.date",
                                           "meeting.time",
                                           "meeting.place",
                                           "meeting.to",
                                           "meeting.agenda",
                                           "letter.subject"});
    CHECK(invitation.fields[0].label == "tanggal rapat, as YYYY-MM-DD");
    CHECK(invitation.fields[0].example == "2026-11-26");
    CHECK(invitation.fields[1].example == "09.00 WIB");
    CHECK(invitation.fields[4].default_value == "Pembahasan SOP {sop.name}");
    CHECK(invitation.fields[5].default_value == "Undangan Rapat Pembahasan SOP {sop.name}");

    const auto& cover = letters[1];
    CHECK(cover.name == "surat-pengantar");
    CHECK(cover.title == "Surat Pengantar");
    CHECK(cover.step == 9);
    CHECK(cover.template_name == "surat-pengantar.html.mustache");
    CHECK(cover.signer_role == "kadis");
    CHECK(cover.on_behalf_of == "");
    CHECK(cover.numbering == "surat-pengantar");
    REQUIRE(cover.fields.size() == 3);
    CHECK(cover.fields[0].key == "letter.to");
    CHECK(cover.fields[0].default_value == "Kepala Bappeda Kota Sibolga");
    CHECK(cover.fields[1].key == "letter.copies");
    CHECK(cover.fields[1].default_value == "1 (satu) berkas");
    CHECK(cover.fields[2].key == "letter.remarks");
  }

  TEST_CASE("each letter's numbering is a default rule handed out at the letter's own step")
  {
    auto rules = test::seed().rules.numbering;
    for (const auto& definition : embedded_letters()) {
      CAPTURE(definition.name);
      auto rule = std::find_if(
        rules.begin(), rules.end(), [&](const auto& r) { return r.name == definition.numbering; });
      REQUIRE(rule != rules.end());
      CHECK(rule->step == definition.step);
      CHECK(workflow::check_pattern(rule->pattern) == "");
    }
  }

  TEST_CASE("a malformed outputs.yaml is refused at its line and column, naming the file")
  {
    CHECK(definition_errors("name: x\n") ==
          "templates/outputs.yaml:1:1: the outputs must be a list of letters");
    CHECK(definition_errors("- name: x\n  title: X\n  step: 2\n  template: t.mustache\n"
                            "  signer: staf\n  colour: red\n") ==
          "templates/outputs.yaml:6:3: unknown key \"colour\" in a letter; the keys are: name, "
          "title, step, template, signer, on_behalf_of, number, fields");
    CHECK(definition_errors("- name: x\n  title: X\n  template: t.mustache\n  signer: staf\n") ==
          "templates/outputs.yaml:1:3: a letter has no \"step\"; add it");
  }

  TEST_CASE("a default's braces are read as text, unknown {sop.…} placeholders are found, and "
            "on_behalf_of is read")
  {
    const std::string letter = "- name: x\n  title: X\n  step: 2\n  template: t.mustache\n"
                               "  signer: staf\n  on_behalf_of: kadis\n  fields:\n"
                               "    - key: a\n      label: b\n      default: ";
    CHECK(definition_errors(letter + "Rapat {sop.name} dan {sop.name}\n") == "");
    // Loading never fails on braces (every command reads the procedure);
    // check flags the {sop.…} placeholders sopctl does not fill in.
    CHECK(definition_errors(letter + "\"Rapat {sop.nama}\"\n") == "");
    CHECK(definition_errors(letter + "\"Pembahasan SOP {lihat lampiran}\"\n") == "");
    CHECK(render::unknown_placeholders("Rapat {sop.nama} dan {sop.name} {lihat}") ==
          std::vector<std::string>{"{sop.nama}"});
    CHECK(render::unknown_placeholders("{sop.name}{sop.x").size() == 1);
    CHECK(render::unknown_placeholders("Pembahasan {lihat lampiran}").empty());
    auto where =
      yaml::read_letter_definitions(letter + "\"Rapat {sop.nama}\"\n", "templates/outputs.yaml");
    REQUIRE(where.size() == 1);
    CHECK(where[0].fields[0].default_where.line == 10);
    CHECK(where[0].fields[0].default_where.column == 7);
    auto read = yaml::read_letter_definitions(letter + "x\n", "templates/outputs.yaml");
    REQUIRE(read.size() == 1);
    CHECK(read[0].on_behalf_of == "kadis");
  }

  TEST_CASE("values: those set with the events, oldest first, then data: wins")
  {
    Drafting d;
    d.done_until(2);
    d.draft.drafting->events[1].set = {{"meeting.date", "2026-11-26"}, {"meeting.time", "08.00"}};
    d.draft.drafting->events[2].set = {{"meeting.time", "09.00 WIB"}, {"meeting.to", "Kabid"}};
    d.draft.data = {{"meeting.to", "Para Kasi"}, {"meeting.place", "Aula"}};
    std::map<std::string, std::string> expected = {{"meeting.date", "2026-11-26"},
                                                   {"meeting.time", "09.00 WIB"},
                                                   {"meeting.to", "Para Kasi"},
                                                   {"meeting.place", "Aula"}};
    CHECK(render::letter_values(d.draft) == expected);
    // An SOP file that is not a draft gives only its data.
    model::Sop plain;
    plain.data = {{"letter.to", "Bappeda"}};
    CHECK(render::letter_values(plain) == plain.data);
  }

  TEST_CASE("before its step, the letter needs the step and each value, with how to give it")
  {
    Drafting d;
    d.with_roster().done_until(1);
    std::vector<std::string> expected = {
      "step 2 is not done yet: the letter is dated and numbered when it is (sopctl advance akta "
      "--role ...)",
      "meeting.date (tanggal rapat, as YYYY-MM-DD): give it with --set meeting.date=2026-11-26 "
      "when step 2 is done, or write it under data: in the draft (sopctl edit akta)",
      "meeting.time (waktu rapat): give it with --set \"meeting.time=09.00 WIB\" when step 2 is "
      "done, or write it under data: in the draft (sopctl edit akta)",
      "meeting.place (tempat rapat): give it with --set \"meeting.place=Ruang Rapat "
      "Disdukcapil\" when step 2 is done, or write it under data: in the draft (sopctl edit "
      "akta)",
      "meeting.to (yang diundang): give it with --set \"meeting.to=Kepala Bidang dan Kepala "
      "Seksi di lingkungan Disdukcapil\" when step 2 is done, or write it under data: in the "
      "draft (sopctl edit akta)"};
    CHECK(d.missing(letter("undangan-rapat")) == expected);
  }

  TEST_CASE("after its step, a missing value can only be written under data:")
  {
    Drafting d;
    d.with_roster().done_until(2);
    d.draft.drafting->events[2].set = {{"meeting.date", "2026-11-26"}, {"meeting.to", "Kabid"}};
    d.draft.data = {{"meeting.time", "09.00 WIB"}};
    std::vector<std::string> expected = {
      "meeting.place (tempat rapat): write it under data: in the draft (sopctl edit akta)"};
    CHECK(d.missing(letter("undangan-rapat")) == expected);
    d.draft.data["meeting.place"] = "Aula";
    CHECK(d.missing(letter("undangan-rapat")).empty());
  }

  TEST_CASE("a field without an example shows KEY=...")
  {
    Drafting d;
    LetterDefinition custom{"nota", "Nota", 2, "nota.html.mustache", "staf", "", {}};
    custom.fields.push_back({"nota.isi", "isi nota", "", ""});
    CHECK(d.missing(custom).at(1) ==
          "nota.isi (isi nota): give it with --set nota.isi=... when step 2 is done, or write it "
          "under data: in the draft (sopctl edit akta)");
  }

  TEST_CASE("the cover letter needs the SOP's number, one set by hand will do")
  {
    Drafting d;
    d.with_roster().done_until(9);
    std::vector<std::string> expected = {
      "number.sop (the SOP's number): it is handed out when the SOP is signed, or write number: "
      "in the draft by hand"};
    CHECK(d.missing(letter("surat-pengantar")) == expected);
    d.draft.number = "099/SOP-Disdukcapil/2026";
    CHECK(d.missing(letter("surat-pengantar")).empty());
    d.draft.number = "";
    d.draft.drafting->events[8].set["number.sop"] = "001/SOP-Disdukcapil/2026";
    CHECK(d.missing(letter("surat-pengantar")).empty());
  }

  TEST_CASE("without anyone to sign, the letter names the role to add to the roster")
  {
    Drafting d;
    d.done_until(2);
    LetterDefinition custom{"nota", "Nota", 2, "nota.html.mustache", "bendahara", "", {}};
    // No roster at all.
    CHECK(d.missing(custom) ==
          std::vector<std::string>{
            "the signer: sopctl.yaml lists no people, so nobody holds the role bendahara; add the "
            "roster (people:) with the person holding bendahara: name, position, rank and nip"});
    // A roster without the role.
    d.with_roster();
    CHECK(d.missing(custom) ==
          std::vector<std::string>{"the signer: add the person holding the role bendahara to "
                                   "sopctl.yaml's people, with name, position, rank and nip"});
    d.config.people.push_back(
      {"Sari", "19900101 201501 2 003", "Penata", "Bendahara", {"bendahara"}, "", {}});
    CHECK(d.missing(custom).empty());
  }
}
