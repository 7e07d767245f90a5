// The forms of `sopctl serve --allow act` (issue 14): drawn only with act,
// never in public, each with the file's hash; a decision offers ya and
// tidak with the procedure's labels.
#include "site_fixtures.hpp"

#include <doctest/doctest.h>
#include <site/pages.hpp>

using namespace sopctl;
using namespace site_fixtures;

namespace {

// The form with id `id` in `html`, or empty.
std::string form(const std::string& html, const std::string& id)
{
  auto start = html.find("<form id=\"" + id + "\"");
  if (start == std::string::npos) {
    return {};
  }
  return html.substr(start, html.find("</form>", start) + 7 - start);
}

} // namespace

TEST_SUITE("site::forms")
{
  TEST_CASE("site: act draws the advance, note and monitor forms with the file's hash")
  {
    auto pages = site::build_pages(sample_input(), {false, true});
    auto draft = page_text(pages, "konsep/akta-kematian.html");
    auto advance = form(draft, "advance");
    REQUIRE_FALSE(advance.empty());
    CHECK(contains(advance, "method=\"post\" action=\"/aksi/maju\""));
    CHECK(contains(advance, "<input type=\"hidden\" name=\"draft\" value=\"akta-kematian\">"));
    CHECK(contains(advance, "<input type=\"hidden\" name=\"hash\" value=\"0123abcd\">"));
    CHECK(contains(advance, "<textarea id=\"advance-catatan\" name=\"catatan\""));
    auto note = form(draft, "note");
    CHECK(contains(note, "action=\"/aksi/catatan\""));
    CHECK(contains(note, "<input type=\"hidden\" name=\"draft\" value=\"akta-kematian\">"));
    CHECK(contains(note, "<input type=\"hidden\" name=\"hash\" value=\"0123abcd\">"));
    CHECK(contains(note, "name=\"catatan\""));
    auto monitor = form(page_text(pages, "sop/akta-kelahiran-v2.html"), "monitor");
    CHECK(contains(monitor, "action=\"/aksi/pantau\""));
    CHECK(contains(monitor, "<input type=\"hidden\" name=\"sop\" value=\"akta-kelahiran-v2\">"));
    CHECK(contains(monitor, "<input type=\"hidden\" name=\"hash\" value=\"hash-current\">"));
    CHECK(contains(monitor, "name=\"hasil\" id=\"monitor-baik\" value=\"baik\""));
    CHECK(contains(monitor, "name=\"hasil\" id=\"monitor-tidak\" value=\"tidak\""));
    CHECK(contains(monitor, "name=\"tindakan\""));
    // No monitoring of a version no longer in force; no advance of a finished draft.
    CHECK(form(page_text(pages, "sop/akta-kelahiran.html"), "monitor").empty());
    auto finished = page_text(pages, "konsep/ktp-el.html");
    CHECK(form(finished, "advance").empty());
    CHECK_FALSE(form(finished, "note").empty());
  }

  TEST_CASE("site: the forms name who acts, and warn one who holds none of the step's roles")
  {
    site::SiteOptions options{false, true};
    options.viewer = site::SiteOptions::Viewer{"Siti <Rahma>", {"kasi"}, true};
    auto pages = site::build_pages(sample_input(), options);
    auto kabid_step = page_text(pages, "konsep/akta-kematian.html");
    CHECK(
      contains(kabid_step,
               "<p class=\"viewer\">Anda bertindak sebagai <strong>Siti &lt;Rahma&gt;</strong>. "
               "<span class=\"not-yours\">Langkah 6/10 dikerjakan oleh Kabid PIAK; Anda tidak "
               "memegang peran itu, jadi langkah ini akan ditolak bila Anda "
               "menyelesaikannya.</span></p>"));
    // The form is still drawn: the server decides, and says why.
    CHECK(contains(kabid_step, "<form id=\"advance\""));
    // A step one of whose roles she holds: named, not warned.
    auto shared_step = page_text(pages, "konsep/kartu-keluarga.html");
    CHECK(contains(shared_step, "Anda bertindak sebagai <strong>Siti &lt;Rahma&gt;</strong>.</p>"));
    CHECK_FALSE(contains(shared_step, "not-yours"));
    // Without a roster anyone may act: no warning.
    options.viewer = site::SiteOptions::Viewer{"Budi", {}, false};
    CHECK_FALSE(
      contains(page_text(site::build_pages(sample_input(), options), "konsep/akta-kematian.html"),
               "not-yours"));
    // The static site knows no viewer.
    CHECK_FALSE(contains(
      page_text(site::build_pages(sample_input(), {false, true}), "konsep/akta-kematian.html"),
      "Anda bertindak sebagai"));
  }

  TEST_CASE("site: without act no page has a form but the search box")
  {
    for (const auto& page : site::build_pages(sample_input(), {})) {
      CAPTURE(page.path);
      CHECK_FALSE(contains(page.content, "method=\"post\""));
      CHECK_FALSE(contains(page.content, "/aksi/"));
      CHECK_FALSE(contains(page.content, "name=\"hash\""));
    }
  }

  TEST_CASE("site: a decision offers ya and tidak with the procedure's labels")
  {
    auto advance =
      form(page_text(site::build_pages(sample_input(), {false, true}), "konsep/akta-kematian.html"),
           "advance");
    CHECK(contains(advance,
                   "<input type=\"radio\" name=\"keputusan\" required "
                   "id=\"advance-keputusan-ya\" value=\"ya\"> <label "
                   "for=\"advance-keputusan-ya\"><b>Ya</b>: Benar (lanjut ke langkah "
                   "7)</label>"));
    CHECK(contains(advance,
                   "value=\"tidak\"> <label for=\"advance-keputusan-tidak\"><b>Tidak</b>: "
                   "Perlu perbaikan (kembali ke langkah 5) &mdash; wajib dengan "
                   "catatan</label>"));
    // One role: the role goes hidden.
    CHECK(contains(advance, "<input type=\"hidden\" name=\"peran\" value=\"kabid\">"));
    CHECK_FALSE(contains(advance, "<select"));
    CHECK_FALSE(contains(advance, "name=\"set\""));
  }

  TEST_CASE("site: a step of several roles offers a choice of role, and asks for its values")
  {
    auto advance = form(
      page_text(site::build_pages(sample_input(), {false, true}), "konsep/kartu-keluarga.html"),
      "advance");
    CHECK(contains(advance,
                   "<select id=\"advance-peran\" name=\"peran\">\n<option "
                   "value=\"sekretaris\">Sekretaris</option>\n<option "
                   "value=\"kasi\">Kasi Kerjasama dan Inovasi</option>"));
    CHECK_FALSE(contains(advance, "name=\"keputusan\""));
    CHECK(contains(advance,
                   "(nomor_undangan)</label>\n<textarea id=\"advance-set\" name=\"set\" "
                   "rows=\"2\" placeholder=\"nomor_undangan=...\"></textarea>"));
  }
}
