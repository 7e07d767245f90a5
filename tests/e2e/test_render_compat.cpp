// What existing repositories keep (the review of issue 11): a repository's
// sop.html.mustache of an earlier version, a procedure written before each
// letter had its own template, braces in a letter field's default, letters
// declared in templates/outputs.yaml, dates and blank values of letters.
#include "file_helpers.hpp"
#include "letter_roster.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

fs::path fixture(const std::string& name)
{
  return fs::path(SOPCTL_SOURCE_DIR) / "tests" / "fixtures" / "compat" / name;
}

// Drafts by `procedure` (the text of an SOP file), written as prosedur.yaml.
void use_procedure(const Sandbox& sandbox, const std::string& procedure)
{
  write_bytes(sandbox.repo() / "prosedur.yaml", procedure);
  auto config = sandbox.repo() / "sopctl.yaml";
  if (contains(read_bytes(config), "procedure: \"\"\n")) {
    write_bytes(
      config, replace_once(read_bytes(config), "procedure: \"\"\n", "procedure: prosedur.yaml\n"));
  }
}

std::vector<std::string> meeting_values(std::string date)
{
  return {"--set",
          "meeting.date=" + date,
          "--set",
          "meeting.time=09.00 WIB",
          "--set",
          "meeting.place=Ruang Rapat",
          "--set",
          "meeting.to=Kepala Bidang"};
}

} // namespace

TEST_SUITE("e2e: render compat")
{
  TEST_CASE("render: a sop.html.mustache of an earlier version keeps Nama SOP beside the office "
            "cell: identity_rows counts its paraf row")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Akta Kelahiran");
    advance_until(sandbox, id, 8); // the paraf (step 7) given
    write_bytes(sandbox.repo() / "templates" / "sop.html.mustache",
                read_bytes(fixture("sop-15be603.html.mustache")));
    auto html = sandbox.run({"render", id});
    INFO(html.err);
    REQUIRE(html.exit_code == 0);
    CHECK(contains(html.out, "<th>Paraf koordinasi</th>"));
    // Number, three dates, the paraf, the signer and the name: 7 rows.
    CHECK(contains(html.out, "rowspan=\"7\""));
    // The built-in template spans its own 6 (no paraf row: a box).
    write_bytes(sandbox.repo() / "templates" / "sop.html.mustache", "");
    fs::remove(sandbox.repo() / "templates" / "sop.html.mustache");
    auto built_in = sandbox.run({"render", id});
    CHECK(contains(built_in.out, "rowspan=\"6\""));
  }

  TEST_CASE("letters: a procedure of an earlier version gets the built-in subject and remarks, "
            "and a date not written YYYY-MM-DD is refused saying the form")
  {
    Sandbox sandbox;
    sandbox.init();
    use_procedure(sandbox, read_bytes(fixture("penyusunan-15be603.yaml")));
    auto id = start_draft(sandbox, "Akta Kelahiran");
    advance_until(sandbox, id, 2);
    std::vector<std::string> args{
      "advance", id, "--role", "staf", "--by", "Rina", "--at", local_time(2)};
    // A date in words is refused at --set already (exit 2, nothing written)...
    auto words = args;
    auto in_words = meeting_values("Kamis, 26 November 2026");
    words.insert(words.end(), in_words.begin(), in_words.end());
    auto before = read_bytes(sandbox.draft(id));
    auto refused_set = sandbox.run(words);
    CHECK(refused_set.exit_code == 2);
    CHECK(contains(refused_set.err,
                   "--set \"meeting.date=Kamis, 26 November 2026\": meeting.date is a date: "
                   "write it YYYY-MM-DD, a day that exists, like meeting.date=2026-11-26"));
    CHECK(read_bytes(sandbox.draft(id)) == before);
    auto values = meeting_values("2026-11-26");
    args.insert(args.end(), values.begin(), values.end());
    auto advanced = sandbox.run(args);
    INFO(advanced.err);
    REQUIRE(advanced.exit_code == 0);
    write_roster(sandbox);
    // ...and written so under data: (or in an event recorded before that
    // check), render refuses it, saying the form.
    auto draft = read_bytes(sandbox.draft(id));
    write_bytes(sandbox.draft(id), draft + "data:\n  meeting.date: \"Kamis, 26 November 2026\"\n");
    auto listed = sandbox.run({"render", id, "--list-outputs"});
    CHECK(contains(listed.out, "undangan-rapat  step 2  Undangan Rapat  needs 1 more\n"));
    auto refused = expect_refused(sandbox, {"render", id, "--output", "undangan-rapat"});
    CHECK(contains(refused,
                   "meeting.date (tanggal rapat, as YYYY-MM-DD): \"Kamis, 26 November 2026\" is "
                   "not a date written YYYY-MM-DD (like 2026-11-26)"));

    // Written as a date: ready, with the subject and agenda naming the SOP.
    write_bytes(sandbox.draft(id), draft + "data:\n  meeting.date: \"2026-11-26\"\n");
    listed = sandbox.run({"render", id, "--list-outputs"});
    CHECK(contains(listed.out, "undangan-rapat  step 2  Undangan Rapat  ready\n"));
    auto html = sandbox.run({"render", id, "--output", "undangan-rapat"});
    INFO(html.err);
    REQUIRE(html.exit_code == 0);
    CHECK(contains(html.out,
                   "<td>Hal</td><td>:</td><td>Undangan Rapat Pembahasan SOP Akta Kelahiran</td>"));
    CHECK(contains(html.out, "Kamis, 26 November 2026"));

    // A blank value under data: over the one given is no value (the date,
    // given at --set, still is).
    write_bytes(sandbox.draft(id), draft + "data:\n  meeting.place: \" \"\n");
    listed = sandbox.run({"render", id, "--list-outputs"});
    CHECK(contains(listed.out, "undangan-rapat  step 2  Undangan Rapat  needs 1 more\n"));
  }

  TEST_CASE("letters: a roster value of spaces is no value: the letter is not ready")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Akta Kelahiran");
    advance_until(sandbox, id, 2);
    std::vector<std::string> args{
      "advance", id, "--role", "staf", "--by", "Rina", "--at", local_time(2)};
    auto values = meeting_values("2026-11-26");
    args.insert(args.end(), values.begin(), values.end());
    REQUIRE(sandbox.run(args).exit_code == 0);
    write_roster(sandbox, replace_once(full_roster, "\"19750101 200003 1 002\"", "\" \""));
    auto listed = sandbox.run({"render", id, "--list-outputs"});
    CHECK(contains(listed.out, "undangan-rapat  step 2  Undangan Rapat  needs 1 more\n"));
    auto refused = expect_refused(sandbox, {"render", id, "--output", "undangan-rapat"});
    CHECK(contains(refused, "the signer's NIP: add nip: to the entry of Hotma Sitompul, S.Sos"));
  }

  TEST_CASE("check: a control character written as a YAML escape in a roster value is refused "
            "at its line")
  {
    Sandbox sandbox;
    sandbox.init();
    write_roster(sandbox, replace_once(full_roster, "\"19750101 200003 1 002\"", "\"\\e1975\""));
    auto config = read_bytes(sandbox.repo() / "sopctl.yaml");
    auto checked = sandbox.run({"check"});
    CHECK(checked.exit_code == 1);
    CHECK(contains(checked.out,
                   "sopctl.yaml:" + std::to_string(line_of(config, "nip: \"\\e1975\"")) +
                     ":5: \"nip\" of a person holds the control character U+001B; remove it\n"));
  }

  TEST_CASE(
    "letters: braces in a field's default are text, and an unknown {sop.…} placeholder is a "
    "check error, and every other command still runs")
  {
    Sandbox sandbox;
    sandbox.init();
    auto seed = read_bytes(seed_source_path());
    use_procedure(sandbox,
                  replace_once(seed,
                               "default: Pembahasan SOP {sop.name}",
                               "default: \"Pembahasan SOP Pelayanan {lihat lampiran}\""));
    auto id = start_draft(sandbox, "Akta Kelahiran");
    CHECK(sandbox.run({"status"}).exit_code == 0);
    auto checked = sandbox.run({"check"});
    INFO(checked.out, checked.err);
    CHECK(checked.exit_code == 0);

    use_procedure(sandbox,
                  replace_once(seed,
                               "default: Pembahasan SOP {sop.name}",
                               "default: \"Pembahasan SOP {sop.nama}\""));
    CHECK(sandbox.run({"status"}).exit_code == 0);
    CHECK(
      sandbox.run({"advance", id, "--role", "sekretaris", "--by", "Hotma", "--at", local_time(1)})
        .exit_code == 0);
    checked = sandbox.run({"check"});
    CHECK(checked.exit_code == 1);
    CHECK(contains(
      checked.out,
      "prosedur.yaml:" + std::to_string(line_of(seed, "default: Pembahasan SOP {sop.name}")) +
        ":9: letter \"undangan-rapat\": the default of meeting.agenda holds "
        "{sop.nama}, which sopctl does not fill in and would print as written; the "
        "one placeholder it knows is {sop.name} (the name of the SOP being drafted)\n"));
  }

  TEST_CASE("letters: check, --list-outputs and render agree on a letter of templates/outputs.yaml "
            "that no template can write")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Akta Kelahiran");
    write_bytes(sandbox.repo() / "templates" / "outputs.yaml",
                "- name: nota-dinas\n"
                "  title: Nota Dinas\n"
                "  step: 1\n"
                "  template: letter.html.mustache\n"
                "  signer: sekretaris\n");
    const std::string problem =
      "letter \"nota-dinas\" names template letter.html.mustache, which sopctl no longer has";
    auto checked = sandbox.run({"check"});
    CHECK(checked.exit_code == 1);
    CHECK(contains(checked.out, "templates/outputs.yaml: " + problem));
    auto listed = sandbox.run({"render", id, "--list-outputs"});
    CHECK(listed.exit_code == 0);
    CHECK(contains(listed.out, "nota-dinas  step 1  Nota Dinas  cannot be written: " + problem));
    auto refused = expect_refused(sandbox, {"render", id, "--output", "nota-dinas"});
    CHECK(contains(refused, "templates/outputs.yaml: " + problem));
  }
}
