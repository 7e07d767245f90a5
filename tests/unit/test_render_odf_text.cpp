// OpenDocument text (issue 11, section 4): every value the Word template
// places is escaped so the flat XML stays well-formed whatever an SOP holds.
#include <doctest/doctest.h>
#include <render/odf_text.hpp>

using namespace sopctl::render;

TEST_SUITE("render::odf_text")
{
  TEST_CASE("XML's five special characters become entities")
  {
    CHECK(odf_escape(R"(A & B <i>"c"</i> 'd')") ==
          "A &amp; B &lt;i&gt;&quot;c&quot;&lt;/i&gt; &apos;d&apos;");
    CHECK(odf_escape("&amp;") == "&amp;amp;"); // an entity is text too
    CHECK(odf_escape("]]>") == "]]&gt;");
  }

  TEST_CASE("line breaks and tabs become OpenDocument's own elements")
  {
    CHECK(odf_escape("satu\ndua") == "satu<text:line-break/>dua");
    CHECK(odf_escape("satu\r\ndua\rtiga") == "satu<text:line-break/>dua<text:line-break/>tiga");
    CHECK(odf_escape("a\tb") == "a<text:tab/>b");
  }

  TEST_CASE("characters XML 1.0 cannot hold become U+FFFD, the rest of UTF-8 is kept")
  {
    CHECK(odf_escape("a\x01"
                     "b\x1b"
                     "[31m\x7f") == "a\xEF\xBF\xBD"
                                    "b\xEF\xBF\xBD[31m\x7f");
    CHECK(odf_escape(std::string("x\0y", 3)) == "x\xEF\xBF\xBDy");
    CHECK(odf_escape("\xEF\xBF\xBE\xEF\xBF\xBF") == "\xEF\xBF\xBD\xEF\xBF\xBD"); // U+FFFE, U+FFFF
    CHECK(odf_escape("Pelayanan Akta – Kelahiran é") == "Pelayanan Akta – Kelahiran é");
    CHECK(odf_escape("\xEF\xBF\xBD") == "\xEF\xBF\xBD"); // U+FFFD itself stays
  }

  TEST_CASE("CSS pixels become millimetres, three decimals at most")
  {
    CHECK(odf_mm(96) == "25.4mm");
    CHECK(odf_mm(1047) == "277.019mm");
    CHECK(odf_mm(50) == "13.229mm");
    CHECK(odf_mm(0) == "0mm");
    CHECK(odf_mm(-0.0001) == "0mm");
    CHECK(odf_mm(3) == "0.794mm");
  }
}
