// The site's search (issue 14): an index script over SOP names, numbers,
// performers and legal bases that no text can break out of, and cari.html.
#include "site_fixtures.hpp"

#include <doctest/doctest.h>
#include <site/pages.hpp>

using namespace sopctl;
using namespace site_fixtures;

TEST_SUITE("site::search")
{
  TEST_CASE("site: the search index escapes what could close its script")
  {
    auto input = sample_input();
    input.sops[0].name = "A</script><script>alert(1)</script> \"q\" \\ <!-- \xe2\x80\xa8";
    auto index = page_text(site::build_pages(input, {}), "assets/search-index.js");
    CHECK(index.starts_with("// The site's search index"));
    CHECK(contains(index, "window.SOPCTL_INDEX = ["));
    CHECK_FALSE(contains(index, "</"));
    CHECK_FALSE(contains(index, "<!--"));
    CHECK_FALSE(contains(index, "\xe2\x80\xa8"));
    CHECK(contains(index,
                   "\"title\":\"A\\u003c/script\\u003e\\u003cscript\\u003ealert(1)"
                   "\\u003c/script\\u003e \\\"q\\\" \\\\ \\u003c!-- \\u2028 (01/SOP/2026)\""));
  }

  TEST_CASE("site: the index covers names, numbers, performers and legal bases")
  {
    auto index = page_text(site::build_pages(sample_input(), {}), "assets/search-index.js");
    CHECK(contains(index,
                   "{\"title\":\"Pelayanan Akta Kelahiran (01/SOP/2026)\",\"url\":\"sop/"
                   "akta-kelahiran-v2.html\",\"kind\":\"SOP\",\"text\":\"Pelayanan Akta "
                   "Kelahiran\\n01/SOP/2026\\n\\nPemohon\\nPetugas Loket\\nKasi "
                   "Pelayanan\\nUndang-Undang Nomor 24 Tahun 2013\\nPerpres 96/2018\"}"));
    CHECK(contains(index, "\"kind\":\"SOP Digantikan\""));
    CHECK(contains(index, "\"url\":\"konsep/akta-kematian.html\",\"kind\":\"Konsep\""));
  }

  TEST_CASE("site: the public index holds the SOPs in force only")
  {
    auto index =
      page_text(site::build_pages(sample_input(), {true, false}), "assets/search-index.js");
    CHECK(contains(index, "sop/akta-kelahiran-v2.html"));
    CHECK(contains(index, "sop/penyusunan-sop.html"));
    CHECK_FALSE(contains(index, "sop/akta-kelahiran.html"));
    CHECK_FALSE(contains(index, "surat-pindah"));
    CHECK_FALSE(contains(index, "konsep/"));
  }

  TEST_CASE("site: the search page has its box and results list and loads its scripts")
  {
    auto pages = site::build_pages(sample_input(), {});
    auto search = page_text(pages, "cari.html");
    CHECK(contains(search, "<input type=\"search\" id=\"search\" name=\"q\""));
    CHECK(contains(search, "<ul id=\"results\"></ul>"));
    CHECK(contains(search,
                   "<script src=\"assets/search-index.js\"></script>\n<script "
                   "src=\"assets/site.js\"></script>"));
    auto script = page_text(pages, "assets/site.js");
    CHECK(contains(script, "window.SOPCTL_INDEX"));
    CHECK(contains(script, "get('q')"));
    CHECK_FALSE(contains(script, "fetch("));
    CHECK_FALSE(contains(page_text(pages, "index.html"), "<script"));
  }
}
