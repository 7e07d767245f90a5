// Tables that fit the terminal: long columns shortened with an ellipsis,
// never below their heading, and never cut without a width (a pipe).
#include <doctest/doctest.h>
#include <sstream>
#include <string>
#include <view/text_table.hpp>
#include <yaml/utf8.hpp>

using sopctl::view::shorten;
using sopctl::view::TextTable;

namespace {

TextTable sample()
{
  TextTable table({"ID", "ACTIVITY", "STATE"});
  table.shortenable(1);
  table.add_row({"akta", "Menganalisis data dan informasi bahan SOP Pelayanan", "in progress"});
  table.add_row({"ktp", "Memeriksa", "done"});
  return table;
}

// The widest line of `text`, in characters.
size_t widest_line(const std::string& text)
{
  std::istringstream lines(text);
  size_t widest = 0;
  for (std::string line; std::getline(lines, line);) {
    widest = std::max(widest, sopctl::yaml::count_code_points(line));
  }
  return widest;
}

} // namespace

TEST_SUITE("view::text_table")
{
  TEST_CASE("without a width nothing is cut")
  {
    auto text = sample().str();
    CHECK(text.find("Menganalisis data dan informasi bahan SOP Pelayanan") != std::string::npos);
    CHECK(widest_line(text) == 4 + 2 + 51 + 2 + 11);
  }

  TEST_CASE("a width narrower than the table shortens the marked column with an ellipsis")
  {
    auto table = sample();
    table.fit(40);
    auto text = table.str();
    CHECK(widest_line(text) == 40);
    CHECK(text == "ID    ACTIVITY               STATE\n"
                  "akta  Menganalisis data da\u2026  in progress\n"
                  "ktp   Memeriksa              done\n");
  }

  TEST_CASE("a table that already fits is left as it is")
  {
    auto table = sample();
    table.fit(200);
    CHECK(table.str() == sample().str());
  }

  TEST_CASE("columns not marked are never cut, and a marked one keeps its heading's width")
  {
    auto table = sample();
    table.fit(10);
    auto text = table.str();
    CHECK(text.find("in progress") != std::string::npos);
    CHECK(text.find("Mengana\u2026 ") != std::string::npos); // 8 characters in all, the floor
  }

  TEST_CASE("shorten counts characters, not bytes")
  {
    CHECK(shorten("Kepala Dinas Kependudukan", 10) == "Kepala Di\u2026");
    CHECK(shorten("pémohon", 7) == "pémohon");
    CHECK(shorten("pémohon baru", 4) == "pém\u2026");
  }
}
