// `sopctl render DRAFT --output NAME` and `--list-outputs` end to end (issue
// 4, section 3): the meeting invitation from the values given with
// `advance --set` at step 2, the cover letter after step 9 with the SOP's
// number and the Kadis's block; refused, naming each missing value and how
// to give it, until the draft can make the letter.
#include "file_helpers.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

const std::string id = "akta-kelahiran";

// Step 2 (staf) done at local_time(2) with `sets` (each a --set value).
Result prepare_meeting(const Sandbox& sandbox, const std::vector<std::string>& sets)
{
  std::vector<std::string> args = {
    "advance", id, "--role", "staf", "--by", "Petugas 2", "--at", local_time(2)};
  for (const auto& set : sets) {
    args.push_back("--set");
    args.push_back(set);
  }
  return sandbox.run(args);
}

const std::vector<std::string> meeting = {"meeting.date=2026-11-26",
                                          "meeting.time=09.00 WIB",
                                          "meeting.place=Ruang Rapat Lantai 2",
                                          "meeting.to=Kepala Bidang dan Kepala Seksi"};

// A repository with draft akta-kelahiran, step 2 active.
struct AtStep2
{
  AtStep2()
  {
    sandbox.init();
    start_draft(sandbox, "Akta Kelahiran");
    advance_until(sandbox, id, 2);
  }
  Sandbox sandbox;
};

std::string render_ok(const Sandbox& sandbox, const std::vector<std::string>& args)
{
  std::vector<std::string> all{"render", id};
  all.insert(all.end(), args.begin(), args.end());
  auto result = sandbox.run(all);
  INFO("sopctl render: ", result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(result.err == "");
  return result.out;
}

// How the refusals below say "write it under data:".
const std::string under_data = "write it under data: in the draft (sopctl edit " + id + ")";

} // namespace

TEST_SUITE("e2e: letters")
{
  TEST_CASE("the invitation is written from the values given at step 2, with its number")
  {
    AtStep2 f;
    auto advanced = prepare_meeting(f.sandbox, meeting);
    INFO(advanced.err);
    REQUIRE(advanced.exit_code == 0);
    CHECK(contains(advanced.out, id + ": number.undangan-rapat is 005/001/Disdukcapil/2026\n"));

    auto html = render_ok(f.sandbox, {"--output", "undangan-rapat"});
    CHECK(html.starts_with("<!DOCTYPE html>"));
    CHECK(contains(html, "<td>Nomor</td><td>:</td><td>005/001/Disdukcapil/2026</td>"));
    CHECK(contains(html, "<td>Perihal</td><td>:</td><td>Undangan Rapat</td>"));
    CHECK(contains(html, "PEMERINTAH KOTA SIBOLGA"));
    CHECK(contains(html, "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"));
    CHECK(contains(html, "SIBOLGA, 24 November 2026"));
    CHECK(contains(html, "Kamis, 26 November 2026"));
    CHECK(contains(html, "09.00 WIB"));
    CHECK(contains(html, "Ruang Rapat Lantai 2"));
    CHECK(contains(html, "Kepala Bidang dan Kepala Seksi"));
    CHECK(contains(html, "Pembahasan SOP Pelayanan"));
    CHECK(contains(html, "(SOP) Akta Kelahiran"));
    // Self-contained, as the SOP document is.
    CHECK_FALSE(contains(html, "http://"));
    CHECK_FALSE(contains(html, "https://"));

    // -o writes the same letter to a file.
    auto written = f.sandbox.run({"render", id, "--output", "undangan-rapat", "-o", "u.html"});
    CHECK(written.exit_code == 0);
    CHECK(written.out == "");
    CHECK(read_bytes(f.sandbox.repo() / "u.html") == html);
  }

  TEST_CASE("before step 2 the invitation is refused, naming each value and how to give it")
  {
    AtStep2 f;
    auto err = expect_refused(f.sandbox, {"render", id, "--output", "undangan-rapat"});
    CHECK(err ==
          "sops/akta-kelahiran.yaml: cannot write undangan-rapat yet; it needs:\n"
          "  step 2 is not done yet: the letter is dated and numbered when it is (sopctl "
          "advance akta-kelahiran --role ...)\n"
          "  meeting.date (tanggal rapat, as YYYY-MM-DD): give it with --set "
          "meeting.date=2026-11-26 when step 2 is done, or " +
            under_data +
            "\n"
            "  meeting.time (waktu rapat): give it with --set \"meeting.time=09.00 WIB\" when "
            "step 2 is done, or " +
            under_data +
            "\n"
            "  meeting.place (tempat rapat): give it with --set \"meeting.place=Ruang Rapat "
            "Disdukcapil\" when step 2 is done, or " +
            under_data +
            "\n"
            "  meeting.to (yang diundang): give it with --set \"meeting.to=Kepala Bidang dan "
            "Kepala Seksi di lingkungan Disdukcapil\" when step 2 is done, or " +
            under_data + "\n");
  }

  TEST_CASE("a value not given at step 2 is refused, then written under data: it renders")
  {
    AtStep2 f;
    REQUIRE(prepare_meeting(f.sandbox, {meeting[0], meeting[1], meeting[3]}).exit_code == 0);
    auto err = expect_refused(f.sandbox, {"render", id, "--output", "undangan-rapat"});
    CHECK(err == "sops/akta-kelahiran.yaml: cannot write undangan-rapat yet; it needs:\n"
                 "  meeting.place (tempat rapat): " +
                   under_data + "\n");

    // Written under data: with sopctl edit, the letter can be made.
    auto text = read_bytes(f.sandbox.draft(id));
    auto content = text.substr(0, text.find("# The drafting record"));
    auto edited = replace_once(content, "steps: []\n", "steps: []\ndata:\n  meeting.place: Aula\n");
    write_bytes(f.sandbox.root() / "edited.yaml", edited);
    auto saved = f.sandbox.run({"edit", id, "--from", (f.sandbox.root() / "edited.yaml").string()});
    INFO(saved.err);
    REQUIRE(saved.exit_code == 0);
    auto html = render_ok(f.sandbox, {"--output", "undangan-rapat"});
    CHECK(contains(html, "<td>Tempat</td><td>:</td><td>Aula</td>"));
  }

  TEST_CASE("--list-outputs lists each letter, its step, and whether it is ready")
  {
    AtStep2 f;
    CHECK(render_ok(f.sandbox, {"--list-outputs"}) ==
          "undangan-rapat  step 2  Undangan Rapat  needs 5 more\n"
          "surat-pengantar  step 9  Surat Pengantar  needs 2 more\n");
    REQUIRE(prepare_meeting(f.sandbox, meeting).exit_code == 0);
    CHECK(render_ok(f.sandbox, {"--list-outputs"}) ==
          "undangan-rapat  step 2  Undangan Rapat  ready\n"
          "surat-pengantar  step 9  Surat Pengantar  needs 2 more\n");
  }

  TEST_CASE("an unknown letter is a usage error listing the letters")
  {
    AtStep2 f;
    auto err = expect_usage_error(f.sandbox, {"render", id, "--output", "nonsense"});
    CHECK(contains(err,
                   "--output \"nonsense\": no such letter; the letters are: undangan-rapat, "
                   "surat-pengantar"));
  }

  TEST_CASE("a letter is not written as Markdown")
  {
    AtStep2 f;
    REQUIRE(prepare_meeting(f.sandbox, meeting).exit_code == 0);
    auto err =
      expect_usage_error(f.sandbox, {"render", id, "--output", "undangan-rapat", "--format", "md"});
    CHECK(contains(err, "letters are written as html or pdf; leave out --format md"));
    expect_usage_error(f.sandbox, {"render", id, "--output", "undangan-rapat", "-o", "u.md"});
  }

  TEST_CASE("an SOP file that is not a draft has no letters")
  {
    AtStep2 f;
    auto seed = seed_source_path().string();
    auto err = expect_refused(f.sandbox, {"render", seed, "--list-outputs"});
    CHECK(contains(err, "letters are made from a draft's history; this SOP file is not a draft"));
  }

  TEST_CASE("the cover letter after step 9 names the SOP's number and the approver signs it")
  {
    AtStep2 f;
    REQUIRE(prepare_meeting(f.sandbox, meeting).exit_code == 0);
    expect_refused(f.sandbox, {"render", id, "--output", "surat-pengantar"});
    for (int step = 3; step <= 9; ++step) {
      std::vector<std::string> args = {"advance",
                                       id,
                                       "--role",
                                       seed_step(step).role,
                                       "--by",
                                       "Petugas " + std::to_string(step),
                                       "--at",
                                       local_time(step)};
      if (step == 6) {
        args.push_back("--yes"); // the Kabid's decision
      }
      auto result = f.sandbox.run(args);
      INFO(result.err);
      REQUIRE(result.exit_code == 0);
    }
    auto html = render_ok(f.sandbox, {"--output", "surat-pengantar"});
    CHECK(contains(html, "<td>Nomor</td><td>:</td><td>470/001/Disdukcapil/2026</td>"));
    CHECK(contains(html, "Akta Kelahiran Nomor 001/SOP-Disdukcapil/2026"));
    CHECK(contains(html, "Kepala Bappeda Kota Sibolga"));
    CHECK(contains(html, "SIBOLGA, 25 November 2026")); // local_time(9): the 25th, 10:00
    // No roster: the approver in sopctl.yaml signs.
    CHECK(contains(html,
                   "<div>Plt. Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Sibolga</div>"));
    CHECK(contains(html, "<div class=\"name\">AMARULLAH GULTOM, SE, M.M</div>"));
    CHECK(contains(html, "NIP. 19670312 199103 1 007"));
    CHECK(render_ok(f.sandbox, {"--list-outputs"}) ==
          "undangan-rapat  step 2  Undangan Rapat  ready\n"
          "surat-pengantar  step 9  Surat Pengantar  ready\n");

    // A roster person holding kadis signs instead.
    auto config = f.sandbox.repo() / "sopctl.yaml";
    write_bytes(config,
                replace_once(read_bytes(config),
                             "people: []\n",
                             "people:\n"
                             "  - name: Rina Siregar, S.H.\n"
                             "    nip: \"19800101 200501 2 001\"\n"
                             "    rank: Pembina Tk. I\n"
                             "    position: Kepala Dinas Dukcapil\n"
                             "    roles: [kadis]\n"));
    html = render_ok(f.sandbox, {"--output", "surat-pengantar"});
    CHECK(contains(html, "<div>Kepala Dinas Dukcapil</div>"));
    CHECK(contains(html, "<div class=\"name\">Rina Siregar, S.H.</div>"));
    CHECK(contains(html, "NIP. 19800101 200501 2 001"));
    CHECK_FALSE(contains(html, "AMARULLAH"));
  }

  TEST_CASE("a value given with --set is escaped in the letter")
  {
    AtStep2 f;
    auto sets = meeting;
    sets[2] = "meeting.place=<script>alert(1)</script> & Aula";
    REQUIRE(prepare_meeting(f.sandbox, sets).exit_code == 0);
    auto html = render_ok(f.sandbox, {"--output", "undangan-rapat"});
    CHECK_FALSE(contains(html, "<script>"));
    CHECK(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Aula"));
  }

  TEST_CASE("a repository's own letter template is used instead of the embedded one")
  {
    AtStep2 f;
    REQUIRE(prepare_meeting(f.sandbox, meeting).exit_code == 0);
    write_bytes(f.sandbox.repo() / "templates" / "letter.html.mustache",
                "<p>NOMOR {{number}} / {{meeting_date_day}} {{meeting_place}}</p>\n");
    CHECK(render_ok(f.sandbox, {"--output", "undangan-rapat"}) ==
          "<p>NOMOR 005/001/Disdukcapil/2026 / Kamis Ruang Rapat Lantai 2</p>\n");
  }
}
