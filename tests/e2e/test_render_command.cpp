// `sopctl render` end to end (issue 4, section 2): drafts carry KONSEP until
// signed, then the signing event's date and the roster's signer; -o writes
// the file; PDF without Chromium is refused naming the package.
#include "draft_fixture.hpp"
#include "file_helpers.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

std::string render_ok(const Sandbox& sandbox, const std::vector<std::string>& args)
{
  std::vector<std::string> all{"render"};
  all.insert(all.end(), args.begin(), args.end());
  auto result = sandbox.run(all);
  INFO("sopctl render: ", result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(result.err == "");
  return result.out;
}

// The roster: the Kadis who signs (step 8) and the secretary who initials
// (step 7), by the names advance_until acts under.
constexpr std::string_view roster = "people:\n"
                                    "  - name: Petugas 8\n"
                                    "    nip: \"19700101 199001 1 001\"\n"
                                    "    rank: Pembina Utama Muda\n"
                                    "    position: Kepala Dinas Kependudukan dan Pencatatan Sipil\n"
                                    "    roles: [kadis]\n"
                                    "  - name: Petugas 7\n"
                                    "    position: Sekretaris Dinas\n"
                                    "    roles: [sekretaris]\n";

} // namespace

TEST_CASE("render: a draft carries KONSEP until the signing step is done, then the signer and date")
{
  Sandbox sandbox;
  sandbox.init();
  auto id = start_draft(sandbox, "Pelayanan Akta Kelahiran");
  auto draft = render_ok(sandbox, {id});
  CHECK(contains(draft, "<div class=\"watermark\" aria-hidden=\"true\">KONSEP</div>"));
  CHECK(contains(draft, "KONSEP: belum disahkan"));
  // Not yet made for signature: no Tgl Pembuatan, as no Tgl Pengesahan.
  CHECK(contains(draft, "<th>Tgl Pembuatan</th><td>-</td>"));
  CHECK(contains(draft, "<th>Tgl Pengesahan</th><td>-</td>"));
  CHECK(contains(draft, "<td class=\"sop-name\">Pelayanan Akta Kelahiran</td>"));
  // The paraf box waits for the secretary's initials.
  CHECK(contains(draft,
                 "<td class=\"paraf-key\">Jabatan</td><td>Sekretaris</td></tr><tr><td "
                 "class=\"paraf-key\">Tanggal</td><td></td>"));
  // No steps written yet: the table is there, empty, with a note.
  CHECK(contains(draft, "Belum ada langkah yang ditulis dalam konsep ini."));
  CHECK(contains(render_ok(sandbox, {id, "--format", "md"}), "> **KONSEP**: belum disahkan."));

  advance_until(sandbox, id, 8); // step 7 (paraf) done, step 8 (signing) active
  auto initialled = render_ok(sandbox, {id});
  CHECK(contains(initialled, "KONSEP"));
  // Step 7 was done at local_time(7), 2026-11-24 16:00: made for signature.
  CHECK(contains(initialled, "<th>Tgl Pembuatan</th><td>24 November 2026</td>"));
  CHECK(contains(initialled, "<th>Tgl Pengesahan</th><td>-</td>"));
  CHECK(contains(initialled, "<td class=\"paraf-key\">Tanggal</td><td>24 November 2026</td>"));
  CHECK(!contains(initialled, "<th>Paraf koordinasi</th><td>"));

  // Signed with the roster: the event records the signer's block.
  auto config = read_bytes(sandbox.repo() / "sopctl.yaml");
  write_bytes(sandbox.repo() / "sopctl.yaml", replace_once(config, "people: []\n", roster));
  auto signing =
    sandbox.run({"advance", id, "--role", "kadis", "--by", "Petugas 8", "--at", local_time(8)});
  INFO(signing.err);
  REQUIRE(signing.exit_code == 0);
  auto signed_html = render_ok(sandbox, {id});
  CHECK(!contains(signed_html, "KONSEP"));
  CHECK(contains(signed_html, "<th>Tgl Pembuatan</th><td>24 November 2026</td>"));
  // Step 8 was done at local_time(8): 2026-11-25 09:00.
  CHECK(contains(signed_html, "<th>Tgl Pengesahan</th><td>25 November 2026</td>"));
  CHECK(contains(signed_html, "<div>Kepala Dinas Kependudukan dan Pencatatan Sipil</div>"));
  CHECK(contains(signed_html, "<div class=\"signer-name\">Petugas 8</div>"));
  CHECK(
    contains(signed_html, "<div>Pembina Utama Muda</div><div>NIP. 19700101 199001 1 001</div>"));
  CHECK(contains(signed_html,
                 "<td class=\"paraf-key\">Jabatan</td><td>Sekretaris Dinas</td></tr><tr><td "
                 "class=\"paraf-key\">Tanggal</td><td>24 November 2026</td>"));
  auto signed_md = render_ok(sandbox, {id, "--format", "md"});
  CHECK(!contains(signed_md, "KONSEP"));
  CHECK(contains(signed_md, "| Tgl Pembuatan | 24 November 2026 |"));
  CHECK(contains(signed_md, "| Tgl Pengesahan | 25 November 2026 |"));
  CHECK(contains(signed_md, "Petugas 8<br>Pembina Utama Muda<br>NIP. 19700101 199001 1 001"));
  CHECK(contains(signed_md, "| Sekretaris Dinas | Petugas 7 | 24 November 2026 |"));
}

TEST_CASE("render: without a roster, the draft's approver is printed, and who signed beside the "
          "date")
{
  Sandbox sandbox;
  sandbox.init();
  auto id = start_draft(sandbox, "Pelayanan KIA");
  advance_until(sandbox, id, 9);
  auto html = render_ok(sandbox, {id});
  CHECK(!contains(html, "KONSEP"));
  CHECK(contains(html, "<th>Tgl Pengesahan</th><td>25 November 2026 (oleh Petugas 8)</td>"));
  CHECK(contains(html, "<div class=\"signer-name\">AMARULLAH GULTOM, SE, M.M</div>"));
  CHECK(contains(render_ok(sandbox, {id, "--format", "md"}),
                 "| Tgl Pengesahan | 25 November 2026 (oleh Petugas 8) |"));
}

TEST_CASE("render: a draft shows the steps written so far")
{
  Sandbox sandbox;
  sandbox.init();
  write_bytes(sandbox.draft("ktp"),
              hand_written_draft("name: Pelayanan KTP\n"
                                 "performers:\n"
                                 "  - key: staf\n"
                                 "    name: Staf Pelayanan\n"
                                 "steps:\n"
                                 "  - step: 1\n"
                                 "    activity: Menerima berkas permohonan.\n"
                                 "    performer: staf\n"
                                 "  - step: 2\n"
                                 "    activity: Memeriksa kelengkapan berkas.\n"
                                 "    performer: staf\n"));
  auto html = render_ok(sandbox, {"ktp"});
  CHECK(contains(html, "KONSEP"));
  CHECK(contains(html, "<td>Menerima berkas permohonan.</td>"));
  CHECK(contains(html, "<td>Memeriksa kelengkapan berkas.</td>"));
  CHECK(contains(html, "<th>Staf Pelayanan</th>"));
  CHECK(!contains(html, "Belum ada langkah"));
  auto md = render_ok(sandbox, {"ktp", "--format", "md"});
  CHECK(contains(md, "| 2 | Memeriksa kelengkapan berkas. | Staf Pelayanan |"));
}

TEST_CASE("render: -o writes the file, in the format its extension names")
{
  Sandbox sandbox;
  sandbox.init();
  auto seed = seed_source_path().string();
  auto html = render_ok(sandbox, {seed});
  CHECK(render_ok(sandbox, {seed, "-o", "seed.html"}) == "");
  CHECK(read_bytes(sandbox.repo() / "seed.html") == html);
  CHECK(render_ok(sandbox, {seed, "-o", "seed.md"}) == "");
  CHECK(read_bytes(sandbox.repo() / "seed.md") == render_ok(sandbox, {seed, "--format", "md"}));
  // Over an existing file.
  CHECK(render_ok(sandbox, {seed, "--format", "html", "-o", "seed.md"}) == "");
  CHECK(read_bytes(sandbox.repo() / "seed.md") == html);
}

TEST_CASE("render: -o's extension names the format in any case")
{
  Sandbox sandbox;
  sandbox.init();
  auto seed = seed_source_path().string();
  CHECK(render_ok(sandbox, {seed, "-o", "SEED.MD"}) == "");
  CHECK(read_bytes(sandbox.repo() / "SEED.MD") == render_ok(sandbox, {seed, "--format", "md"}));
  CHECK(render_ok(sandbox, {seed, "-o", "Seed.Html"}) == "");
  CHECK(read_bytes(sandbox.repo() / "Seed.Html") == render_ok(sandbox, {seed}));
  // Word and PDF: refused for the program they need, not written as HTML.
  Env bare{{"PATH", (sandbox.root() / "no-programs").string()}};
  CHECK(contains(expect_refused(sandbox, {"render", seed, "-o", "SOP.DOCX"}, bare),
                 "cannot write docx: LibreOffice is not installed"));
  CHECK(contains(expect_refused(sandbox, {"render", seed, "-o", "SOP.ODT"}, bare),
                 "cannot write odt: LibreOffice is not installed"));
  CHECK(contains(expect_refused(sandbox, {"render", seed, "-o", "SOP.PDF"}, bare),
                 "Chromium is not installed"));
  CHECK(!fs::exists(sandbox.repo() / "SOP.DOCX"));
}

TEST_CASE("render: an SOP file in sops/ is rendered by its id, as the document it is")
{
  Sandbox sandbox;
  sandbox.init();
  write_bytes(sandbox.repo() / "sops" / "penyusunan.yaml", read_bytes(seed_source_path()));
  auto html = render_ok(sandbox, {"penyusunan"});
  CHECK(!contains(html, "KONSEP"));
  CHECK(contains(html, "<th>Tgl Pengesahan</th><td>29 September 2020</td>"));
  CHECK(html == render_ok(sandbox, {"sops/penyusunan.yaml"}));
}

TEST_CASE("render: PDF without Chromium is refused, naming Debian's package")
{
  Sandbox sandbox;
  sandbox.init();
  auto err =
    expect_refused(sandbox,
                   {"render", seed_source_path().string(), "--format", "pdf", "-o", "x.pdf"},
                   {{"PATH", (sandbox.root() / "no-programs-here").string()}});
  CHECK(contains(err, "Chromium is not installed"));
  CHECK(contains(err, "apt-get install chromium"));
  CHECK(!fs::exists(sandbox.repo() / "x.pdf"));
}

TEST_CASE("render: the repository's logo is embedded in the page")
{
  Sandbox sandbox;
  sandbox.init();
  write_bytes(sandbox.repo() / "img" / "logo.png", "\x89PNG\r\n\x1a\n");
  auto config = read_bytes(sandbox.repo() / "sopctl.yaml");
  write_bytes(sandbox.repo() / "sopctl.yaml",
              replace_once(config, "logo: \"\"", "logo: img/logo.png"));
  auto html = render_ok(sandbox, {seed_source_path().string()});
  CHECK(contains(html, "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"Logo\">"));

  write_bytes(sandbox.repo() / "sopctl.yaml",
              replace_once(config, "logo: \"\"", "logo: img/logo.bmp"));
  auto err = expect_refused(sandbox, {"render", seed_source_path().string()});
  CHECK(contains(err, "logo \"img/logo.bmp\": use a .png, .jpg, .gif, .svg or .webp image"));
}

TEST_CASE("render: the repository's own template is used instead of the embedded one")
{
  Sandbox sandbox;
  sandbox.init();
  write_bytes(sandbox.repo() / "templates" / "sop.md.mustache", "{{number}} | {{name}}\n");
  CHECK(render_ok(sandbox, {seed_source_path().string(), "--format", "md"}) ==
        "07/SOP-Disdukcapil/SES/2020 | Penyusunan Standar Operasional Prosedur (SOP) Pelayanan\n");
}

TEST_CASE("render: what is not an SOP is refused")
{
  Sandbox sandbox;
  sandbox.init();
  CHECK(contains(expect_refused(sandbox, {"render", "sops/nothing.yaml"}),
                 "sops/nothing.yaml: no such SOP file"));
  CHECK(contains(expect_refused(sandbox, {"render", "nothing"}), "no draft \"nothing\""));
  CHECK(contains(expect_usage_error(sandbox, {"render"}), "sop"));
  CHECK(contains(expect_usage_error(sandbox, {"render", "x", "--format", "rtf"}), "rtf"));
}
