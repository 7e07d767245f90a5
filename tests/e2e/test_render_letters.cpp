// `sopctl render DRAFT --output NAME` and `--list-outputs` end to end
// (issue 4, section 3; issue 11, section 3): the meeting invitation from
// the values given with `advance --set` at step 2, signed by the Sekretaris
// a.n. the Kepala Dinas; the cover letter after step 9 with the SOP's
// number and the Kadis's block; refused, naming each missing value and how
// to give it (a signer's missing pangkat or NIP included), until the draft
// can make the letter; a procedure that still names the shared
// letter.html.mustache keeps rendering.
//
// The form of the letters follows Permendagri Nomor 1 Tahun 2023 (Tata
// Naskah Dinas di Lingkungan Pemerintah Daerah) as far as stored pages give
// it, and real examples of local governments' letters:
// - https://www.inforegulasi.com/2023/03/permendagri-nomor-1-tahun-2023-tentang.html
//   (what the regulation changes: kinds of naskah dinas, Plt/Plh/Pj
//   signing, kop and stamp with the region's logo);
// - https://pasal.id/en/peraturan/permen/permendagri-no-1-tahun-2023/koreksi/9632084
//   (Pasal 44: signers other than the head of region are written with
//   title, NIP and pangkat/golongan, so a block lacking either is refused);
// - http://docplayer.info/47544187-Bab-ii-jenis-naskah-dinas.html (surat
//   dinas: place and date at the right, Nomor / Sifat / Lampiran / Hal at
//   the left under the kop, "Yth." under Hal with the addressee);
// - http://tatanaskahdinas.blogspot.com/2012 and
//   http://anitanet.staff.ipb.ac.id/arsiparis/surat-undangan/ (surat
//   undangan: hari, tanggal, waktu, tempat and acara; jabatan, signature,
//   name, pangkat and NIP; signing on behalf of the head);
// - https://id.scribd.com/document/405711546/Tata-tulis-naskah-pdf and
//   https://id.scribd.com/document/453950883/tata-naskah-dinas (a.n.: the
//   jabatan signed for above the signer's own, which ends with a comma);
// -
// https://www.yumpu.com/id/document/view/36791668/1-bentuk-jenis-dan-kewenangan-penandatanganan-dppka-diy/94
//   and
//   https://katadata.co.id/berita/nasional/62c67055df122/7-contoh-surat-pengantar-dan-cara-penulisannya
//   (surat pengantar: number and addressee, "Surat Pengantar" centred,
//   columns No / jenis yang dikirim / banyaknya / keterangan, the sender's
//   place, date and block at the right, and the receipt: Penerimaan);
// -
// https://id.scribd.com/document/612804009/B-1214-Penyampaian-Ketentuan-dan-Batas-Waktu-Penyelesaian-Hibah
//   (a real 2022 letter: "Hal", then "Yth." and "Di-" on the left);
// - the seed's own kop (shared/seeds/000_4d66f86b4828d1a1.txt): "Jl.
//   Tongkol No.12 Telp. (0631) 21799 Fax (0631) 21799" and "SIBOLGA".
#include "file_helpers.hpp"
#include "letter_roster.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <algorithm>
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

    write_roster(f.sandbox);
    auto html = render_ok(f.sandbox, {"--output", "undangan-rapat"});
    CHECK(html.starts_with("<!DOCTYPE html>"));
    CHECK(contains(html,
                   "<td width=\"14%\">Nomor</td><td width=\"2%\">:</td><td "
                   "width=\"44%\">005/001/Disdukcapil/2026</td>"));
    CHECK(contains(html,
                   "<td>Hal</td><td>:</td><td>Undangan Rapat Pembahasan SOP Akta Kelahiran</td>"));
    CHECK(contains(html, "PEMERINTAH KOTA SIBOLGA"));
    CHECK(contains(html, "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"));
    // sopctl.yaml writes the city in capitals; the date line in title case.
    CHECK(contains(html, "<p align=\"right\">Sibolga, 24 November 2026</p>"));
    CHECK(contains(html, "<p class=\"to\">Yth. Kepala Bidang dan Kepala Seksi<br>di<br>Sibolga"));
    CHECK(contains(html, "Kamis, 26 November 2026"));
    CHECK(contains(html, "09.00 WIB"));
    CHECK(contains(html, "Ruang Rapat Lantai 2"));
    CHECK(contains(html, "<td>Acara</td><td>:</td><td>Pembahasan SOP Akta Kelahiran</td>"));
    CHECK(contains(html, "(SOP) Akta Kelahiran"));
    CHECK(contains(html,
                   "<span class=\"on-behalf-of\">a.n. Kepala Dinas Kependudukan dan Pencatatan "
                   "Sipil Kota Sibolga</span><br><span class=\"position\">Sekretaris,</span>"));
    CHECK(contains(html, "<span class=\"name\"><b><u>Hotma Sitompul, S.Sos</u></b></span>"));
    CHECK(contains(html, "<span class=\"rank\">Pembina</span>"));
    CHECK(contains(html, "<span class=\"nip\">NIP. 19750101 200003 1 002</span>"));
    // No logo configured: no emblem, no empty frame.
    CHECK_FALSE(contains(html, "<img"));
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
            under_data +
            "\n"
            "  the signer: sopctl.yaml lists no people, so nobody holds the role sekretaris; "
            "add the roster (people:) with the person holding sekretaris: name, position, rank "
            "and nip\n");
  }

  TEST_CASE("a value not given at step 2 is refused, then written under data: it renders")
  {
    AtStep2 f;
    REQUIRE(prepare_meeting(f.sandbox, {meeting[0], meeting[1], meeting[3]}).exit_code == 0);
    write_roster(f.sandbox);
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
          "undangan-rapat  step 2  Undangan Rapat  needs 6 more\n"
          "surat-pengantar  step 9  Surat Pengantar  needs 2 more\n");
    REQUIRE(prepare_meeting(f.sandbox, meeting).exit_code == 0);
    // Without a roster nobody signs for the Sekretaris.
    CHECK(render_ok(f.sandbox, {"--list-outputs"}) ==
          "undangan-rapat  step 2  Undangan Rapat  needs 1 more\n"
          "surat-pengantar  step 9  Surat Pengantar  needs 2 more\n");
    write_roster(f.sandbox);
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
    CHECK(contains(err, "letters are written as html, pdf, docx or odt; leave out --format md"));
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
    CHECK(contains(html, "Akta Kelahiran Nomor 001/SOP-Disdukcapil/2026"));
    CHECK(contains(html, "Kepala Bappeda Kota Sibolga"));
    // local_time(9): the 25th, 10:00.
    CHECK(contains(html, "<span class=\"place-date\">Sibolga, 25 November 2026</span>"));
    CHECK(contains(html, "<span class=\"name\"><b><u>SURAT PENGANTAR</u></b></span>"));
    CHECK(contains(html, "<span class=\"number\">Nomor 470/001/Disdukcapil/2026</span>"));
    // No roster: the approver in sopctl.yaml signs the head's letter.
    CHECK(contains(html,
                   "<span class=\"position\">Plt. Kepala Dinas Kependudukan dan Pencatatan Sipil "
                   "Kota Sibolga,</span>"));
    CHECK(contains(html, "<span class=\"name\"><b><u>AMARULLAH GULTOM, SE, M.M</u></b></span>"));
    CHECK(contains(html, "NIP. 19670312 199103 1 007"));
    CHECK(contains(html, ">Diterima tanggal</td>"));
    CHECK(render_ok(f.sandbox, {"--list-outputs"}) ==
          "undangan-rapat  step 2  Undangan Rapat  needs 1 more\n"
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
    CHECK(contains(html, "<span class=\"position\">Kepala Dinas Dukcapil,</span>"));
    CHECK(contains(html, "<span class=\"name\"><b><u>Rina Siregar, S.H.</u></b></span>"));
    CHECK(contains(html, "NIP. 19800101 200501 2 001"));
    CHECK_FALSE(contains(html, "AMARULLAH"));
  }

  TEST_CASE("a value given with --set is escaped in the letter")
  {
    AtStep2 f;
    auto sets = meeting;
    sets[2] = "meeting.place=<script>alert(1)</script> & Aula";
    REQUIRE(prepare_meeting(f.sandbox, sets).exit_code == 0);
    write_roster(f.sandbox);
    auto html = render_ok(f.sandbox, {"--output", "undangan-rapat"});
    CHECK_FALSE(contains(html, "<script>"));
    CHECK(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Aula"));
  }

  TEST_CASE("a repository's own letter template is used instead of the embedded one")
  {
    AtStep2 f;
    REQUIRE(prepare_meeting(f.sandbox, meeting).exit_code == 0);
    write_roster(f.sandbox);
    write_bytes(f.sandbox.repo() / "templates" / "undangan-rapat.html.mustache",
                "<p>NOMOR {{number}} / {{meeting_date_day}} {{meeting_place}}</p>\n");
    CHECK(render_ok(f.sandbox, {"--output", "undangan-rapat"}) ==
          "<p>NOMOR 005/001/Disdukcapil/2026 / Kamis Ruang Rapat Lantai 2</p>\n");
  }

  TEST_CASE("a signer without pangkat or NIP is refused, naming the roster entry to complete")
  {
    AtStep2 f;
    REQUIRE(prepare_meeting(f.sandbox, meeting).exit_code == 0);
    write_roster(f.sandbox,
                 replace_once(replace_once(full_roster, "    rank: Pembina\n", ""),
                              "    nip: \"19750101 200003 1 002\"\n",
                              ""));
    // The Sekretaris's entry is the second person, at line 68 of the
    // sopctl.yaml init writes.
    auto config = read_bytes(f.sandbox.repo() / "sopctl.yaml");
    auto line =
      1 + std::count(config.begin(), config.begin() + config.find("  - name: Hotma"), '\n');
    auto err = expect_refused(f.sandbox, {"render", id, "--output", "undangan-rapat"});
    CHECK(err == "sops/akta-kelahiran.yaml: cannot write undangan-rapat yet; it needs:\n"
                 "  the signer's pangkat and NIP: add rank: and nip: to the entry of Hotma "
                 "Sitompul, S.Sos (who holds the role sekretaris) in sopctl.yaml's people, line " +
                   std::to_string(line) + "\n");
    CHECK(render_ok(f.sandbox, {"--list-outputs"}) ==
          "undangan-rapat  step 2  Undangan Rapat  needs 1 more\n"
          "surat-pengantar  step 9  Surat Pengantar  needs 2 more\n");
  }

  TEST_CASE("the logo of sopctl.yaml is embedded in the kop")
  {
    AtStep2 f;
    REQUIRE(prepare_meeting(f.sandbox, meeting).exit_code == 0);
    write_roster(f.sandbox);
    fs::create_directories(f.sandbox.repo() / "img");
    write_bytes(f.sandbox.repo() / "img" / "logo.png", "\x89PNG\r\n\x1a\n");
    auto config = f.sandbox.repo() / "sopctl.yaml";
    write_bytes(config, replace_once(read_bytes(config), "logo: \"\"", "logo: img/logo.png"));
    auto html = render_ok(f.sandbox, {"--output", "undangan-rapat"});
    CHECK(contains(html,
                   "<td class=\"emblem\" width=\"15%\" valign=\"middle\"><img "
                   "src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"Logo\" height=\"91\"></td>"));
  }

  TEST_CASE("a procedure that still names letter.html.mustache is written with each letter's own")
  {
    // A repository drafting by its own copy of the seed, written before
    // each letter had its own template.
    AtStep2 f;
    auto procedure = replace_once(read_bytes(seed_source_path()),
                                  "template: undangan-rapat.html.mustache",
                                  "template: letter.html.mustache");
    procedure = replace_once(
      procedure, "template: surat-pengantar.html.mustache", "template: letter.html.mustache");
    write_bytes(f.sandbox.repo() / "prosedur.yaml", procedure);
    auto config = f.sandbox.repo() / "sopctl.yaml";
    write_bytes(
      config, replace_once(read_bytes(config), "procedure: \"\"\n", "procedure: prosedur.yaml\n"));
    REQUIRE(prepare_meeting(f.sandbox, meeting).exit_code == 0);
    write_roster(f.sandbox);
    auto html = render_ok(f.sandbox, {"--output", "undangan-rapat"});
    CHECK(contains(html, "<td>Hal</td><td>:</td><td>Undangan Rapat Pembahasan SOP Akta"));

    // check says what to change, and passes.
    auto checked = f.sandbox.run({"check"});
    INFO(checked.err);
    CHECK(checked.exit_code == 0);
    CHECK(contains(checked.err,
                   "prosedur.yaml: note: letter \"undangan-rapat\" names template "
                   "letter.html.mustache, which sopctl no longer has; it is written with its own "
                   "undangan-rapat.html.mustache: write template: undangan-rapat.html.mustache"));

    // The repository's own copy of letter.html.mustache, still given the
    // flag that chose the body, is used as before.
    write_bytes(f.sandbox.repo() / "templates" / "letter.html.mustache",
                "{{#letter_undangan_rapat}}UNDANGAN {{number}}{{/letter_undangan_rapat}}\n");
    CHECK(render_ok(f.sandbox, {"--output", "undangan-rapat"}) ==
          "UNDANGAN 005/001/Disdukcapil/2026\n");
  }

  TEST_CASE("a letter of its own naming letter.html.mustache is refused, saying what to write")
  {
    AtStep2 f;
    auto procedure = replace_once(read_bytes(seed_source_path()),
                                  "  - name: undangan-rapat\n    title: Undangan Rapat\n"
                                  "    step: 2\n    template: undangan-rapat.html.mustache\n",
                                  "  - name: nota-dinas\n    title: Nota Dinas\n"
                                  "    step: 2\n    template: letter.html.mustache\n");
    write_bytes(f.sandbox.repo() / "prosedur.yaml", procedure);
    auto config = f.sandbox.repo() / "sopctl.yaml";
    write_bytes(
      config, replace_once(read_bytes(config), "procedure: \"\"\n", "procedure: prosedur.yaml\n"));
    REQUIRE(prepare_meeting(f.sandbox, meeting).exit_code == 0);
    write_roster(f.sandbox);
    const std::string message =
      "letter \"nota-dinas\" names template letter.html.mustache, which sopctl no longer has: "
      "each letter now has its own template; write templates/nota-dinas.html.mustache (start "
      "from a copy of the built-in undangan-rapat.html.mustache or surat-pengantar.html.mustache) "
      "and name it under template:";
    auto err = expect_refused(f.sandbox, {"render", id, "--output", "nota-dinas"});
    CHECK(err == "prosedur.yaml: " + message + "\n");
    auto checked = f.sandbox.run({"check"});
    CHECK(checked.exit_code == 1);
    CHECK(contains(checked.out, "prosedur.yaml: " + message + "\n"));

    // A template named that does not exist at all.
    write_bytes(f.sandbox.repo() / "prosedur.yaml",
                replace_once(procedure, "template: letter.html.mustache", "template: nope.html"));
    checked = f.sandbox.run({"check"});
    CHECK(checked.exit_code == 1);
    CHECK(contains(checked.out,
                   "prosedur.yaml: letter \"nota-dinas\" uses template \"nope.html\", which is "
                   "neither in templates/ nor built in; write templates/nope.html or name a "
                   "built-in one\n"));
  }
}
