// Records as CSV for Excel and for scripts, as JSON rows, and the Excel
// date serials the workbook writes.
#include <doctest/doctest.h>
#include <view/sheet.hpp>

using namespace sopctl;
using view::Cell;
using view::CsvStyle;
using view::Sheet;

namespace {

// 2026-11-24T09:00:00+07:00.
const model::Timestamp nine_wib{1795485600, 7 * 60};

Sheet sample()
{
  return Sheet{"status",
               {"id", "title", "step", "since", "day", "late", "due"},
               {{std::string("akta"),
                 std::string("Akta, kelahiran"),
                 std::int64_t{5},
                 nine_wib,
                 view::Day{20781},
                 true,
                 Cell()}}};
}

} // namespace

TEST_SUITE("view::sheet")
{
  TEST_CASE("CSV for Excel starts with the UTF-8 BOM and separates with semicolons")
  {
    CHECK(view::sheet_csv(sample(), CsvStyle::excel) ==
          "\xEF\xBB\xBF"
          "id;title;step;since;day;late;due\r\n"
          "akta;Akta, kelahiran;5;2026-11-24T09:00:00+07:00;2026-11-24;true;\r\n");
  }

  TEST_CASE("RFC 4180 CSV has no BOM, separates with , and quotes a comma")
  {
    CHECK(view::sheet_csv(sample(), CsvStyle::rfc4180) ==
          "id,title,step,since,day,late,due\r\n"
          "akta,\"Akta, kelahiran\",5,2026-11-24T09:00:00+07:00,2026-11-24,true,\r\n");
  }

  TEST_CASE("CSV for Excel quotes a field holding a semicolon and still neutralizes formulas")
  {
    Sheet sheet{"x", {"title"}, {{std::string("a;b")}, {std::string("=1+1")}}};
    CHECK(view::sheet_csv(sheet, CsvStyle::excel) == "\xEF\xBB\xBFtitle\r\n\"a;b\"\r\n'=1+1\r\n");
  }

  TEST_CASE("JSON rows keep each cell's type")
  {
    view::JsonWriter json;
    view::write_rows_json(json, sample());
    CHECK(json.str() == "[\n"
                        "  {\n"
                        "    \"id\": \"akta\",\n"
                        "    \"title\": \"Akta, kelahiran\",\n"
                        "    \"step\": 5,\n"
                        "    \"since\": \"2026-11-24T09:00:00+07:00\",\n"
                        "    \"day\": \"2026-11-24\",\n"
                        "    \"late\": true,\n"
                        "    \"due\": null\n"
                        "  }\n"
                        "]\n");
  }

  TEST_CASE("a moment is an Excel serial of its local time, a day of its date")
  {
    // Excel: 2026-11-24 is day 46350; 09:00 is 0.375 of a day.
    CHECK(view::excel_serial(nine_wib) == doctest::Approx(46350.375));
    CHECK(view::excel_serial(view::Day{20781}) == doctest::Approx(46350));
    // The same instant written in WITA is 10:00 there.
    CHECK(view::excel_serial(model::Timestamp{1795485600, 8 * 60}) ==
          doctest::Approx(46350 + 10.0 / 24));
  }

  TEST_CASE("column widths follow the widest cell, a moment as shown in Excel")
  {
    auto widths = view::column_widths(sample());
    REQUIRE(widths.size() == 7);
    CHECK(widths[0] == 6);  // "akta": 4, plus 2
    CHECK(widths[1] == 17); // "Akta, kelahiran": 15
    CHECK(widths[3] == 18); // "2026-11-24 09:00": 16
  }
}
