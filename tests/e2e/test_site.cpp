// `sopctl site build` (issue 14): the office's SOP site written to a
// directory, on the seed's repository, on an office with SOPs in every
// state and drafts, on the real-SOP corpus; --public; the directory's
// safety, word for word.
#include "file_helpers.hpp"
#include "paper_record.hpp"
#include "report_helpers.hpp"
#include "tool_helpers.hpp"

#include <doctest/doctest.h>
#include <render/pdf_pages.hpp>

using namespace e2e;

namespace {

constexpr auto no_chromium = "site build prints PDFs with chromium: apt-get install chromium";

// Every file of a site (relative path -> bytes), without its marker.
Snapshot site_files(const fs::path& dir)
{
  auto files = snapshot(dir);
  files.erase(".sopctl-site");
  return files;
}

// `sopctl site build --out OUT ...` as of the second afternoon, which must
// succeed; its stdout.
std::string build(const Sandbox& sandbox,
                  const std::string& out,
                  std::vector<std::string> more = {})
{
  std::vector<std::string> args = {"site", "build", "--out", out, "--at", "2026-11-25T15:00"};
  args.insert(args.end(), more.begin(), more.end());
  return run_ok(sandbox, args);
}

// The draft ids of the dashboard's table, in its order.
std::vector<std::string> dashboard_order(const std::string& page)
{
  std::vector<std::string> ids;
  std::string mark = "data-draft=\"";
  for (auto at = page.find(mark); at != std::string::npos; at = page.find(mark, at + 1)) {
    auto start = at + mark.size();
    ids.push_back(page.substr(start, page.find('"', start) - start));
  }
  return ids;
}

// An office with an SOP in every state and three drafts:
// - penyusunan-sop-pelayanan: the seed as written, signed on paper: berlaku;
// - ktp-2019: signed on paper, superseded by ktp: digantikan;
// - ktp: drafted and signed in sopctl as version 2 of ktp-2019: berlaku;
// - akta: signed on paper, revoked by a decree recorded by Kadis Wati: dicabut;
// - kk (step 3 since the first day, 11:00, late), kia (step 5, on track),
//   pindah (step 1 since 09:00 on the first day, latest of all).
void seed_office(const Sandbox& sandbox)
{
  sandbox.init();
  write_bytes(sandbox.draft("penyusunan-sop-pelayanan"), read_bytes(seed_source_path()));
  write_bytes(sandbox.draft("ktp-2019"),
              paper_sop("10/SOP-Disdukcapil/2019", "Pelayanan KTP-el", "2019-01-02", "2019-02-01"));
  write_bytes(sandbox.draft("akta"),
              paper_sop("2/SOP-Disdukcapil/2013", "Penerbitan Akta Kelahiran", "", "2013-06-18") +
                paper_record(sandbox,
                             {{.kind = "revoked",
                               .role = "kadis",
                               .by = "Kadis Wati",
                               .at = "2026-11-20T11:00:00+07:00",
                               .note = "Diganti peraturan baru",
                               .ref = "Keputusan Kepala Dinas Nomor 9 Tahun 2026"}}));
  start_at(sandbox, "ktp", "Pelayanan KTP-el", local_time(0));
  advance_until(sandbox, "ktp", 11);
  auto ktp = read_bytes(sandbox.draft("ktp"));
  ktp = replace_once(ktp, "number: \"\"\n", "number: 10/SOP-Disdukcapil/2019\n");
  ktp = replace_once(ktp, "name: Pelayanan KTP-el\n", "name: Pelayanan KTP-el\nversion: 2\n");
  ktp =
    replace_once(ktp, "    - event: started\n", "    - event: started\n      revises: ktp-2019\n");
  write_bytes(sandbox.draft("ktp"), ktp);
  start_at(sandbox, "pindah", "Pelayanan Surat Pindah", local_time(0));
  start_at(sandbox, "kk", "Pelayanan Kartu Keluarga", local_time(0));
  advance_until(sandbox, "kk", 3);
  start_at(sandbox, "kia", "Pelayanan Kartu Identitas Anak", local_time(0));
  advance_until(sandbox, "kia", 5);
}

int pdf_pages(const std::string& pdf)
{
  auto pages = sopctl::render::read_pdf_pages(pdf);
  return pages ? pages->count : -1;
}

} // namespace

TEST_SUITE("e2e: site")
{
  TEST_CASE("site build: the seed's repository, a draft's pages and its KONSEP as render prints it")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Pelayanan Akta Kelahiran");
    advance_until(sandbox, id, 3);
    auto out = build(sandbox, "public");
    CHECK(out == "public: the site is written: pages: 14, documents: 1, PDFs: 0 (printed now: "
                 "0, Chromium runs: 0, kept from the previous build: 0)\n");
    auto site = sandbox.repo() / "public";
    for (const auto* page : {"index.html",
                             "konsep.html",
                             "meja.html",
                             "pemantauan.html",
                             "cari.html",
                             "assets/site.css",
                             "assets/site.js",
                             "assets/search-index.js",
                             "meja/sekretaris.html",
                             "meja/kabid.html",
                             ".sopctl-site"}) {
      CHECK_MESSAGE(fs::exists(site / page), page);
    }
    // The draft's page: its history by name, its step, and its KONSEP.
    auto draft = read_bytes(site / "konsep" / (id + ".html"));
    CHECK(contains(draft, "Petugas 2"));
    CHECK(contains(draft, "Langkah 2 selesai"));
    CHECK(contains(draft, "../dokumen/" + id + ".html"));
    CHECK(read_bytes(site / "dokumen" / (id + ".html")) == run_ok(sandbox, {"render", id}));
    CHECK(contains(read_bytes(site / "meja" / "sekretaris.html"), "data-draft=\"" + id + "\""));
  }

  TEST_CASE("site build: an office's register, documents and PDFs, and its dashboard late first")
  {
    if (tools_missing({"chromium"}, no_chromium)) {
      return;
    }
    Sandbox sandbox;
    seed_office(sandbox);
    auto out = build(sandbox, "public");
    CHECK(contains(out, "documents: 7,")); // 4 SOPs, 3 drafts' KONSEP
    CHECK(
      contains(out, "PDFs: 4 (printed now: 4, Chromium runs: 2, kept from the previous build: 0)"));
    auto site = sandbox.repo() / "public";
    // Every SOP's document as `render` prints it, marks included; a PDF for
    // each, of the pages `render --format pdf` prints.
    for (const auto* id : {"penyusunan-sop-pelayanan", "ktp", "ktp-2019", "akta"}) {
      INFO(id);
      CHECK(read_bytes(site / "dokumen" / (std::string(id) + ".html")) ==
            run_ok(sandbox, {"render", id}));
      auto pdf = read_bytes(site / "dokumen" / (std::string(id) + ".pdf"));
      CHECK(pdf.starts_with("%PDF-"));
    }
    run_ok(sandbox, {"render", "ktp", "-o", "ktp-alone.pdf"});
    CHECK(pdf_pages(read_bytes(site / "dokumen" / "ktp.pdf")) ==
          pdf_pages(read_bytes(sandbox.repo() / "ktp-alone.pdf")));
    CHECK(contains(read_bytes(site / "dokumen" / "ktp-2019.html"), "DIGANTIKAN"));
    CHECK(contains(read_bytes(site / "dokumen" / "akta.html"), "DICABUT"));
    auto index = read_bytes(site / "index.html");
    CHECK(contains(index, "Pelayanan KTP-el"));
    CHECK(contains(index, "sop/ktp-2019.html"));
    // The dashboard: the latest first.
    CHECK(dashboard_order(read_bytes(site / "konsep.html")) ==
          std::vector<std::string>{"pindah", "kk", "kia"});
    CHECK(contains(read_bytes(site / "pemantauan.html"), "penyusunan-sop-pelayanan"));
  }

  TEST_CASE("site build: --public leaves out drafts, desks, monitoring and names but signers'")
  {
    if (tools_missing({"chromium"}, no_chromium)) {
      return;
    }
    Sandbox sandbox;
    seed_office(sandbox);
    build(sandbox, "public", {"--public"});
    auto files = site_files(sandbox.repo() / "public");
    for (const auto& [path, bytes] : files) {
      INFO(path);
      for (const auto* hidden : {"Budi",
                                 "Kadis Wati",
                                 "Kartu Keluarga",
                                 "konsep.html",
                                 "meja.html",
                                 "pemantauan.html",
                                 "ktp-2019",
                                 "akta.pdf"}) {
        CHECK_MESSAGE(!contains(bytes, hidden), hidden);
      }
      // Of the people who drafted ktp, only its signer (step 8, kadis).
      for (auto at = bytes.find("Petugas "); at != std::string::npos;
           at = bytes.find("Petugas ", at + 1)) {
        CHECK(bytes.substr(at, 9) == "Petugas 8");
        CHECK(!std::isdigit(static_cast<unsigned char>(bytes[at + 9])));
      }
      CHECK(!path.starts_with("konsep"));
      CHECK(!path.starts_with("meja"));
    }
    CHECK(files.contains("dokumen/ktp.pdf"));
    CHECK(files.contains("dokumen/penyusunan-sop-pelayanan.pdf"));
    CHECK_FALSE(files.contains("dokumen/akta.html"));
    CHECK_FALSE(files.contains("dokumen/kk.html"));
    // The signer of the seed is public.
    CHECK(contains(files["index.html"] + files["sop/penyusunan-sop-pelayanan.html"],
                   "Penyusunan Standar Operasional Prosedur"));
  }

  TEST_CASE("site build: refused over the repository or a directory of other files, word for word")
  {
    Sandbox sandbox;
    sandbox.init();
    start_draft(sandbox, "Pelayanan KTP-el");
    CHECK(expect_refused(sandbox, {"site", "build", "--out", "."}) ==
          ".: this is the repository or a directory holding it; the site is "
          "written to a directory of its own, such as public\n");
    CHECK(contains(expect_refused(sandbox, {"site", "build", "--out", ".."}),
                   ": this is the repository or a directory holding it"));
    write_bytes(sandbox.repo() / "docs" / "catatan.txt", "milik saya\n");
    CHECK(expect_refused(sandbox, {"site", "build", "--out", "docs"}) ==
          "docs: the directory is not empty and is not a site sopctl built (it "
          "has no .sopctl-site); sopctl writes the site only to a new or empty directory or over "
          "a site it built, so that no file of yours is lost: give another directory, or empty "
          "this one\n");
    CHECK(expect_refused(sandbox, {"site", "build", "--out", "docs/catatan.txt"}) ==
          "docs/catatan.txt: not a directory; give a directory for the site\n");
    // The same refusal in the office's language.
    CHECK(expect_refused(sandbox, {"site", "build", "--out", "."}, {{"LANGUAGE", "id"}}) ==
          ".: ini repositori atau direktori yang memuatnya; situs ditulis ke "
          "direktori tersendiri, misalnya public\n");
  }

  TEST_CASE("site build: a rebuild keeps unchanged PDFs and the files sopctl did not write")
  {
    if (tools_missing({"chromium"}, no_chromium)) {
      return;
    }
    Sandbox sandbox;
    seed_office(sandbox);
    build(sandbox, "public");
    auto site = sandbox.repo() / "public";
    write_bytes(site / "CNAME", "sop.example.go.id\n");
    auto first = site_files(site);
    auto out = build(sandbox, "public");
    CHECK(
      contains(out, "PDFs: 4 (printed now: 0, Chromium runs: 0, kept from the previous build: 4)"));
    CHECK(differences(first, site_files(site)) == "");
    // One SOP changed: its PDF printed again, the others kept.
    auto ktp = read_bytes(sandbox.draft("ktp-2019"));
    write_bytes(sandbox.draft("ktp-2019"),
                replace_once(ktp, "name: Pelayanan KTP-el\n", "name: Pelayanan KTP-el Lama\n"));
    out = build(sandbox, "public");
    CHECK(
      contains(out, "PDFs: 4 (printed now: 1, Chromium runs: 1, kept from the previous build: 3)"));
    CHECK(read_bytes(site / "CNAME") == "sop.example.go.id\n");
    for (const auto& entry : fs::directory_iterator(sandbox.repo())) {
      CHECK_MESSAGE(!contains(entry.path().filename().string(), ".tmp-"), entry.path());
    }
  }

  TEST_CASE("site build: a file that does not load is named, the rest of the site built, exit 1")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Pelayanan KTP-el");
    write_bytes(sandbox.draft("rusak"), "name: [\n");
    auto result = sandbox.run({"site", "build", "--out", "public"});
    CHECK(result.exit_code == 1);
    CHECK(result.err.starts_with("sops/rusak.yaml:"));
    CHECK(fs::exists(sandbox.repo() / "public" / "konsep" / (id + ".html")));
  }

  TEST_CASE("site build: every SOP of the real corpus, as a konsep and as an SOP in force")
  {
    if (tools_missing({"chromium"}, no_chromium)) {
      return;
    }
    Sandbox sandbox;
    sandbox.init();
    std::vector<std::string> ids;
    for (const auto& entry :
         fs::directory_iterator(fs::path(SOPCTL_SOURCE_DIR) / "tests" / "fixtures" / "real")) {
      if (entry.path().extension() == ".yaml") {
        ids.push_back(entry.path().stem().string());
        fs::copy_file(entry.path(), sandbox.draft(ids.back()));
      }
    }
    REQUIRE(ids.size() >= 14);
    build(sandbox, "konsep-site");
    build(sandbox, "konsep-site", {"--public"});
    for (const auto& id : ids) {
      auto text = read_bytes(sandbox.draft(id));
      auto approved = text.find("  approved: \"\"");
      if (approved != std::string::npos) {
        write_bytes(sandbox.draft(id), text.replace(approved, 14, "  approved: \"2024-03-01\""));
      }
    }
    build(sandbox, "public");
    auto site = sandbox.repo() / "public";
    for (const auto& id : ids) {
      INFO(id);
      CHECK(read_bytes(site / "dokumen" / (id + ".html")) == run_ok(sandbox, {"render", id}));
      CHECK(pdf_pages(read_bytes(site / "dokumen" / (id + ".pdf"))) >= 2);
      CHECK(fs::exists(site / "sop" / (id + ".html")));
    }
  }
}
