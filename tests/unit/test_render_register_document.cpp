// The Daftar SOP document (issue 13): on the letterhead the letters have,
// one row per SOP with its dates in words, dated and signed by the
// approver.
#include <doctest/doctest.h>
#include <render/register_document.hpp>
#include <store/templates.hpp>

using namespace sopctl;

namespace {

render::RegisterDocument document()
{
  render::RegisterDocument document;
  document.office.government = "PEMERINTAH KOTA SIBOLGA";
  document.office.name = "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL";
  document.office.city = "SIBOLGA";
  document.approver = {.position = "Kepala Dinas",
                       .name = "AMARULLAH <GULTOM>",
                       .rank = "Pembina Tk. I",
                       .nip = "1967"};
  document.date = "2026-11-29";
  document.rows.push_back({"07/SOP/2020",
                           "Penyusunan SOP",
                           "1",
                           "2020-09-01",
                           "",
                           "2020-09-29",
                           "",
                           "Berlaku",
                           "2021-03-29"});
  document.rows.push_back({"", "Akta Kematian", "1", "", "", "", "", "Konsep", ""});
  return document;
}

std::string rendered(const render::RegisterDocument& document)
{
  return render::register_html(
    document,
    store::load_template("/nonexistent", render::kop_html_template),
    store::load_template("/nonexistent", render::register_html_template));
}

} // namespace

TEST_SUITE("render::register_document")
{
  TEST_CASE("each SOP is a row with its dates in words and a dash for none")
  {
    auto html = rendered(document());
    CHECK(html.find("<tr><td class=\"index\">1.</td><td>07/SOP/2020</td><td>Penyusunan "
                    "SOP</td><td class=\"version\">1</td><td>1 September 2020</td><td>-</td><td>29 "
                    "September 2020</td><td>-</td><td>Berlaku</td><td>29 Maret 2021</td></tr>") !=
          std::string::npos);
    CHECK(html.find("<tr><td class=\"index\">2.</td><td>-</td><td>Akta Kematian</td><td "
                    "class=\"version\">1</td><td>-</td><td>-</td><td>-</td><td>-</td><td>Konsep</"
                    "td><td>-</td></tr>") != std::string::npos);
    CHECK(html.find("Belum ada SOP.") == std::string::npos);
  }

  TEST_CASE("the letterhead is the letters' kop, and the approver signs under the place and date")
  {
    auto html = rendered(document());
    CHECK(html.find("<table class=\"kop\"") != std::string::npos);
    CHECK(html.find("<span class=\"kop-government\">PEMERINTAH KOTA SIBOLGA</span>") !=
          std::string::npos);
    CHECK(html.find("<p class=\"kop-rule\">") != std::string::npos);
    CHECK(html.find("Keadaan per tanggal 29 November 2026") != std::string::npos);
    CHECK(html.find("<div>Sibolga, 29 November 2026</div>") != std::string::npos);
    CHECK(html.find("<div class=\"signer-name\">AMARULLAH &lt;GULTOM&gt;</div>") !=
          std::string::npos);
    CHECK(html.find("<div>NIP. 1967</div>") != std::string::npos);
    CHECK(html.find("{{") == std::string::npos);
  }

  TEST_CASE("a register without rows says so")
  {
    auto empty = document();
    empty.rows.clear();
    CHECK(rendered(empty).find("Belum ada SOP.") != std::string::npos);
  }
}
