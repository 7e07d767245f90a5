// The office's SOP site (issue 14): every page drawn from a hand-made
// SiteInput, its links leading to pages of the site, the public site
// leaving out what is not for the public, late rows marked in words.
#include "site_fixtures.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <model/errors.hpp>
#include <site/pages.hpp>

using namespace sopctl;
using namespace site_fixtures;

namespace {

std::vector<std::string> paths_of(const std::vector<site::Page>& pages)
{
  std::vector<std::string> paths;
  for (const auto& page : pages) {
    paths.push_back(page.path);
  }
  return paths;
}

// The rows' data-draft ids of table `id` in `html`, in order.
std::vector<std::string> row_ids(const std::string& html, const std::string& id)
{
  auto start = html.find("<table id=\"" + id + "\"");
  if (start == std::string::npos) {
    return {};
  }
  auto table = html.substr(start, html.find("</table>", start) - start);
  return attribute_values(table, "data-draft");
}

} // namespace

TEST_SUITE("site::pages")
{
  TEST_CASE("site: the whole site has its pages at the paths of the design")
  {
    auto pages = site::build_pages(sample_input(), {});
    std::vector<std::string> expected = {"assets/site.css",
                                         "assets/site.js",
                                         "assets/search-index.js",
                                         "index.html",
                                         "cari.html",
                                         "sop/akta-kelahiran-v2.html",
                                         "sop/penyusunan-sop.html",
                                         "sop/akta-kelahiran.html",
                                         "sop/surat-pindah.html",
                                         "konsep.html",
                                         "konsep/akta-kematian.html",
                                         "konsep/kartu-keluarga.html",
                                         "konsep/ktp-el.html",
                                         "meja.html",
                                         "meja/budi.html",
                                         "meja/siti.html",
                                         "meja/kadis.html",
                                         "pemantauan.html"};
    CHECK(paths_of(pages) == expected);
    for (const auto& page : pages) {
      if (page.path.ends_with(".html")) {
        CAPTURE(page.path);
        CHECK(page.content_type == "text/html; charset=utf-8");
        CHECK(contains(page.content, "<html lang=\"id\">"));
        CHECK(contains(page.content,
                       "<footer class=\"site\">Dibuat oleh sopctl, 2026-11-24 "
                       "09:11 WIB</footer>"));
        CHECK(contains(page.content, "<form class=\"search\""));
        CHECK_FALSE(contains(page.content, "http://"));
        CHECK_FALSE(contains(page.content, "https://"));
      }
    }
  }

  TEST_CASE("site: every link of every page leads to a page of the site or a document")
  {
    for (bool public_only : {false, true}) {
      for (bool act : {false, true}) {
        CAPTURE(public_only);
        CAPTURE(act);
        auto pages = site::build_pages(sample_input(), {public_only, act});
        CHECK(broken_links(pages) == std::vector<std::string>{});
      }
    }
  }

  TEST_CASE("site: the link checker finds a link to a page that is not there")
  {
    std::vector<site::Page> pages = {
      {"index.html", "<a href=\"sop/x.html\">x</a> <a href=\"../up.html\">u</a>", ""},
      {"sop/y.html", "<a href=\"../index.html\">i</a> <a href=\"../dokumen/y.pdf\">p</a>", ""}};
    CHECK(broken_links(pages) ==
          std::vector<std::string>{"index.html -> sop/x.html", "index.html -> ../up.html"});
  }

  TEST_CASE("site: pages link relative to where they sit")
  {
    auto pages = site::build_pages(sample_input(), {});
    auto sop = page_text(pages, "sop/akta-kelahiran-v2.html");
    CHECK(contains(sop, "href=\"../index.html\""));
    CHECK(contains(sop, "href=\"../assets/site.css\""));
    CHECK(contains(sop, "<a href=\"../dokumen/akta-kelahiran-v2.html\">"));
    CHECK(contains(sop, "<a href=\"../dokumen/akta-kelahiran-v2.pdf\">"));
    CHECK(contains(sop, "action=\"../cari.html\""));
    auto index = page_text(pages, "index.html");
    CHECK(contains(index, "href=\"assets/site.css\""));
    CHECK(contains(index, "<a href=\"sop/akta-kelahiran-v2.html\">"));
    // The seed's SOP has no PDF in the site: no link to one.
    CHECK_FALSE(contains(index, "dokumen/penyusunan-sop.pdf"));
  }

  TEST_CASE("site: the register shows SOPs in force, then the superseded and revoked with marks")
  {
    auto index = page_text(site::build_pages(sample_input(), {}), "index.html");
    auto in_force = index.substr(0, index.find("id=\"archived\""));
    CHECK(contains(in_force, "data-sop=\"akta-kelahiran-v2\""));
    CHECK(contains(in_force, "data-sop=\"penyusunan-sop\""));
    CHECK_FALSE(contains(in_force, "data-sop=\"akta-kelahiran\""));
    CHECK_FALSE(contains(in_force, "data-sop=\"surat-pindah\""));
    CHECK(contains(index, "<table id=\"archive\""));
    CHECK(contains(index, "Digantikan oleh <a href=\"sop/akta-kelahiran-v2.html\">versi 2</a>"));
    CHECK(contains(index, "Dicabut pada 2026-10-01: Tidak dipakai lagi (SK 12/2026)"));
    CHECK(contains(index, "sops/rusak.yaml:3:1: a mapping was expected"));
    // A late monitoring is marked in the register as on the monitoring page,
    // and dates never wrap inside themselves.
    CHECK(contains(in_force,
                   "<td class=\"late\"><span class=\"when\">2026-11-01</span> <span "
                   "class=\"late-word\">Terlambat</span> 23 hari</td>"));
    CHECK(contains(page_text(site::build_pages(sample_input(), {}), "assets/site.css"),
                   "td.when, span.when { white-space: nowrap; }"));
  }

  TEST_CASE("site: an SOP's page shows its identity, legal bases, performers and revision")
  {
    auto pages = site::build_pages(sample_input(), {});
    auto sop = page_text(pages, "sop/akta-kelahiran-v2.html");
    CHECK(contains(sop, "<h1>Pelayanan Akta Kelahiran</h1>"));
    CHECK(contains(sop, "<th scope=\"row\">Nomor SOP</th><td>01/SOP/2026</td>"));
    CHECK(contains(sop, "<li>Undang-Undang Nomor 24 Tahun 2013</li>"));
    CHECK(contains(sop, "<li>Petugas Loket</li>"));
    CHECK(contains(sop,
                   "Revisi dari</th><td><a href=\"akta-kelahiran.html\">Pelayanan Akta "
                   "Kelahiran, versi 1</a>"));
    CHECK(contains(sop,
                   "<tr class=\"late\"><th scope=\"row\">Pemantauan berikutnya</th><td>"
                   "2026-11-01, <span class=\"late-word\">Terlambat</span> 23 hari"));
    CHECK(contains(page_text(pages, "sop/penyusunan-sop.html"),
                   "<tr><th scope=\"row\">Evaluasi berikutnya</th><td>2026-12-10, 16 hari "
                   "lagi</td></tr>"));
    auto old_version = page_text(pages, "sop/akta-kelahiran.html");
    CHECK(contains(old_version, "Digantikan</span> oleh <a href=\"akta-kelahiran-v2.html\">"));
  }

  TEST_CASE("site: a name holding a script and quotes shows as text everywhere")
  {
    auto input = sample_input();
    const std::string evil = "<script>alert(\"x\")</script> 'kutip' & \"dua\"";
    input.office = evil;
    input.sops[0].name = evil;
    input.sops[0].legal_bases.push_back(evil);
    input.drafts[0].title = evil;
    input.drafts[0].history[1].note = evil;
    input.drafts[0].exits[0].label = evil;
    input.desks[0].name = evil;
    input.problems.push_back(evil);
    for (bool public_only : {false, true}) {
      for (const auto& page : site::build_pages(input, {public_only, true})) {
        CAPTURE(page.path);
        CHECK_FALSE(contains(page.content, "<script>alert"));
        CHECK_FALSE(contains(page.content, "\"dua\""));
        if (page.path.ends_with(".html")) {
          CHECK_FALSE(contains(page.content, "'kutip'"));
          CHECK(contains(page.content,
                         "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; "
                         "&#39;kutip&#39; &amp; &quot;dua&quot;"));
        }
      }
    }
  }

  TEST_CASE("site: the public site leaves out drafts, desks, history, monitoring and forms")
  {
    auto input = sample_input();
    auto pages = site::build_pages(input, {true, true});
    std::vector<std::string> expected = {"assets/site.css",
                                         "assets/site.js",
                                         "assets/search-index.js",
                                         "index.html",
                                         "cari.html",
                                         "sop/akta-kelahiran-v2.html",
                                         "sop/penyusunan-sop.html"};
    CHECK(paths_of(pages) == expected);
    for (const auto& page : pages) {
      CAPTURE(page.path);
      for (const auto& draft : input.drafts) {
        CHECK_FALSE(contains(page.content, draft.title));
        CHECK_FALSE(contains(page.content, draft.id));
        for (const auto& event : draft.history) {
          CHECK_FALSE(contains(page.content, event.by));
        }
      }
      // The people of the desks (the desk "Kadis" is a role, printed in the SOP).
      CHECK_FALSE(contains(page.content, "Budi Santoso"));
      CHECK_FALSE(contains(page.content, "Siti Rahma"));
      CHECK_FALSE(contains(page.content, "Surat Pindah Lama"));
      CHECK_FALSE(contains(page.content, "konsep.html"));
      CHECK_FALSE(contains(page.content, "meja.html"));
      CHECK_FALSE(contains(page.content, "pemantauan.html"));
      CHECK_FALSE(contains(page.content, "/aksi/"));
      CHECK_FALSE(contains(page.content, "name=\"hash\""));
      CHECK_FALSE(contains(page.content, "sops/rusak.yaml"));
      CHECK_FALSE(contains(page.content, "Pemantauan berikutnya"));
    }
    CHECK_FALSE(contains(page_text(pages, "index.html"), "id=\"archive"));
    // The signer is public: it stays.
    CHECK(contains(page_text(pages, "sop/akta-kelahiran-v2.html"), "Kepala Dinas, AMARULLAH"));
    // The revised version has no public page: its id is named, not linked.
    CHECK_FALSE(
      contains(page_text(pages, "sop/akta-kelahiran-v2.html"), "href=\"akta-kelahiran.html\""));
  }

  TEST_CASE("site: a draft at a step without a time standard says so, not a bare dash")
  {
    auto input = sample_input();
    auto draft = std::find_if(input.drafts.begin(), input.drafts.end(), [](const auto& row) {
      return row.id == "kartu-keluarga";
    });
    REQUIRE(draft != input.drafts.end());
    draft->due.clear();
    draft->late = false;
    auto pages = site::build_pages(input, {});
    CHECK(contains(page_text(pages, "konsep.html"), "Tanpa mutu baku waktu"));
    CHECK(contains(page_text(pages, "konsep/kartu-keluarga.html"), "Tanpa mutu baku waktu"));
  }

  TEST_CASE("site: a late draft's row is marked by its class and by the word Terlambat")
  {
    auto pages = site::build_pages(sample_input(), {});
    auto dashboard = page_text(pages, "konsep.html");
    CHECK(contains(dashboard,
                   "<tr data-draft=\"akta-kematian\" class=\"late\"><td><a "
                   "href=\"konsep/akta-kematian.html\">Pelayanan Akta Kematian</a>"));
    CHECK(contains(dashboard, "<span class=\"late-word\">Terlambat</span> 3 hari 1 jam"));
    CHECK(contains(dashboard, "<tr data-draft=\"kartu-keluarga\"><td>"));
    CHECK(contains(dashboard, "Belum jatuh tempo"));
    // Activities on one line in tables.
    CHECK(contains(dashboard, "<td>Mengoreksi konsep SOP; jika benar, meneruskan</td>"));
    auto draft = page_text(pages, "konsep/akta-kematian.html");
    CHECK(contains(draft,
                   "<tr class=\"late\"><th scope=\"row\">Keterangan</th><td><span "
                   "class=\"late-word\">Terlambat</span> 3 hari 1 jam</td></tr>"));
  }

  TEST_CASE("site: the dashboard keeps the input's order and lists finished drafts apart")
  {
    auto input = sample_input();
    auto dashboard = page_text(site::build_pages(input, {}), "konsep.html");
    CHECK(row_ids(dashboard, "drafts") ==
          std::vector<std::string>{"akta-kematian", "kartu-keluarga"});
    CHECK(row_ids(dashboard, "finished") == std::vector<std::string>{"ktp-el"});
    CHECK(contains(dashboard, "2 konsep dalam proses, 1 terlambat"));
    std::swap(input.drafts[0], input.drafts[1]);
    CHECK(row_ids(page_text(site::build_pages(input, {}), "konsep.html"), "drafts") ==
          std::vector<std::string>{"kartu-keluarga", "akta-kematian"});
  }

  TEST_CASE("site: a desk shows the steps whose performers include one of its roles")
  {
    auto pages = site::build_pages(sample_input(), {});
    CHECK(row_ids(page_text(pages, "meja/budi.html"), "waiting") ==
          std::vector<std::string>{"akta-kematian"});
    auto siti = page_text(pages, "meja/siti.html");
    CHECK(row_ids(siti, "waiting") == std::vector<std::string>{"kartu-keluarga"});
    CHECK(contains(siti, "href=\"../konsep/kartu-keluarga.html\""));
    CHECK(contains(siti, "Peran: Kasi Kerjasama dan Inovasi, staf."));
    auto kadis = page_text(pages, "meja/kadis.html");
    CHECK(row_ids(kadis, "waiting").empty());
    CHECK(contains(kadis, "Tidak ada langkah yang menunggu."));
    auto desks = page_text(pages, "meja.html");
    CHECK(contains(desks,
                   "<tr data-desk=\"budi\" class=\"late\"><td><a "
                   "href=\"meja/budi.html\">Budi Santoso</a>"));
  }

  TEST_CASE("site: a draft's history keeps notes' line breaks and marks voided acts")
  {
    auto draft = page_text(site::build_pages(sample_input(), {}), "konsep/akta-kematian.html");
    CHECK(contains(draft, "<table id=\"history\""));
    CHECK(contains(draft, "<td>Baris pertama<br>baris kedua</td>"));
    CHECK(contains(draft,
                   "<tr class=\"voided\"><td>2026-11-19 12:00</td><td>Langkah 6 selesai "
                   "<span class=\"voided-word\">(dibatalkan)</span>"));
    CHECK(contains(draft, "<a href=\"../dokumen/akta-kematian.html\">Lihat KONSEP</a>"));
    CHECK(contains(draft, "<th scope=\"row\">Putaran</th><td>2</td>"));
  }

  TEST_CASE("site: monitorings late and due soon, the late marked in words")
  {
    auto page = page_text(site::build_pages(sample_input(), {}), "pemantauan.html");
    CHECK(contains(page, "<table id=\"assessments\""));
    CHECK(contains(page, "<tr data-sop=\"akta-kelahiran-v2\" class=\"late\"><td>Pemantauan</td>"));
    CHECK(contains(page, "<span class=\"late-word\">Terlambat</span> 23 hari"));
    CHECK(contains(page, "<tr data-sop=\"penyusunan-sop\"><td>Evaluasi</td>"));
    CHECK(contains(page, "16 hari lagi"));
  }

  TEST_CASE("site: a page name that would leave the site's directory is refused")
  {
    auto input = sample_input();
    input.drafts[0].id = "../luar";
    CHECK_THROWS_WITH_AS(site::build_pages(input, {}),
                         "the site cannot have a page named '../luar': a page's name may not be "
                         "empty, start with '.', or hold '/', '\\' or control characters",
                         model::Error);
    input = sample_input();
    input.desks[0].key = "";
    CHECK_THROWS_AS(site::build_pages(input, {}), model::Error);
  }

  TEST_CASE("site: a notice escapes its message and links back from the server's root")
  {
    auto html = site::notice_page(sample_input(),
                                  {false, true},
                                  "Berkas telah berubah",
                                  "Berkas <b>berubah</b>\nMuat ulang halaman.",
                                  "/konsep/akta-kematian.html");
    CHECK(contains(html, "<h1>Berkas telah berubah</h1>"));
    CHECK(contains(html, "Berkas &lt;b&gt;berubah&lt;/b&gt;<br>Muat ulang halaman."));
    CHECK(contains(html, "<a href=\"/konsep/akta-kematian.html\">Kembali</a>"));
    CHECK(contains(html, "href=\"/assets/site.css\""));
    CHECK_FALSE(contains(html, "href=\"//"));
    auto elsewhere = site::notice_page(sample_input(), {}, "x", "y", "//elsewhere.example/x");
    CHECK(contains(elsewhere, "<a href=\"/elsewhere.example/x\">Kembali</a>"));
  }

  TEST_CASE("site: a name a URL cannot hold as written is linked percent-encoded")
  {
    auto input = sample_input();
    input.sops[1].id = "Surat Masuk #2?";
    auto pages = site::build_pages(input, {});
    REQUIRE(find_page(pages, "sop/Surat Masuk #2?.html") != nullptr);
    CHECK(
      contains(page_text(pages, "index.html"), "<a href=\"sop/Surat%20Masuk%20%232%3F.html\">"));
    CHECK(broken_links(pages) == std::vector<std::string>{});
  }

  TEST_CASE("site: an empty repository gives every page with words for nothing")
  {
    site::SiteInput input;
    input.generated_at = "2026-11-24 09:11 WIB";
    auto pages = site::build_pages(input, {});
    CHECK(contains(page_text(pages, "index.html"), "Belum ada SOP yang berlaku."));
    CHECK(contains(page_text(pages, "index.html"), "Tidak ada SOP yang digantikan atau dicabut."));
    CHECK(contains(page_text(pages, "konsep.html"), "Tidak ada konsep dalam proses."));
    CHECK(contains(page_text(pages, "meja.html"), "Belum ada meja."));
    CHECK(contains(page_text(pages, "pemantauan.html"),
                   "Tidak ada pemantauan atau evaluasi yang terlambat atau segera jatuh tempo."));
    CHECK(contains(page_text(pages, "assets/search-index.js"), "window.SOPCTL_INDEX = [\n\n];"));
    CHECK(broken_links(pages) == std::vector<std::string>{});
  }
}
