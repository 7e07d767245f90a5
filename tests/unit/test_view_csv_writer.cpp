// CSV records, and formulas neutralized so an SOP title cannot run in the
// office's spreadsheet (issue 10, section 4; OWASP "CSV Injection").
#include <doctest/doctest.h>
#include <view/csv_writer.hpp>

using sopctl::view::csv_row;
using sopctl::view::neutralize_formula;

TEST_SUITE("view::csv_writer")
{
  TEST_CASE("cells that a spreadsheet would take as formulas become text")
  {
    CHECK(neutralize_formula("=HYPERLINK(\"http://x\",\"klik\")") ==
          "'=HYPERLINK(\"http://x\",\"klik\")");
    CHECK(neutralize_formula("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0");
    CHECK(neutralize_formula("-2+3") == "'-2+3");
    CHECK(neutralize_formula("@SUM(A1)") == "'@SUM(A1)");
    CHECK(neutralize_formula("\tx") == "'\tx");
    CHECK(neutralize_formula("\rx") == "'\rx");
  }

  TEST_CASE("numbers and ordinary text stay as they are")
  {
    CHECK(neutralize_formula("-5") == "-5");
    CHECK(neutralize_formula("12.5") == "12.5");
    CHECK(neutralize_formula("Pelayanan KTP") == "Pelayanan KTP");
    CHECK(neutralize_formula("") == "");
  }

  TEST_CASE("a record quotes commas, quotes and line breaks and ends with CRLF")
  {
    CHECK(csv_row({"a", "b,c", "say \"x\"", "=1+1"}) == "a,\"b,c\",\"say \"\"x\"\"\",'=1+1\r\n");
  }
}

TEST_SUITE("view::csv_writer styles")
{
  TEST_CASE("Excel's style separates with a semicolon and quotes a field holding one, not a comma")
  {
    using sopctl::view::CsvStyle;
    auto separator = sopctl::view::csv_separator(CsvStyle::excel);
    CHECK(separator == ';');
    CHECK(csv_row({"a,b", "c;d", "12"}, separator) == "a,b;\"c;d\";12\r\n");
    CHECK(sopctl::view::csv_preamble(CsvStyle::excel) == "\xEF\xBB\xBF");
    CHECK(sopctl::view::csv_preamble(CsvStyle::rfc4180).empty());
    CHECK(sopctl::view::csv_separator(CsvStyle::rfc4180) == ',');
  }
}
