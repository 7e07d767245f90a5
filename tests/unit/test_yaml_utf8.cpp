#include <doctest/doctest.h>
#include <yaml/utf8.hpp>

using sopctl::yaml::count_code_points;
using sopctl::yaml::find_invalid_utf8;

TEST_SUITE("store::utf8")
{
  TEST_CASE("valid UTF-8 of one to four bytes is accepted")
  {
    CHECK_FALSE(find_invalid_utf8(""));
    CHECK_FALSE(find_invalid_utf8("Jl. Tongkol – é 😀\n"));
  }

  TEST_CASE("the first bad byte is found at a 1-based line and column")
  {
    auto bad = find_invalid_utf8("name: a\nwarning: caf\xe9\n");
    REQUIRE(bad);
    CHECK(bad->line == 2);
    CHECK(bad->column == 13);
  }

  TEST_CASE("overlong forms, surrogates and values past U+10FFFF are refused")
  {
    auto overlong = find_invalid_utf8("ab\xc0\xaf");
    REQUIRE(overlong);
    CHECK(overlong->column == 3);
    CHECK(find_invalid_utf8("\xe0\x80\xaf"));     // overlong '/'
    CHECK(find_invalid_utf8("\xed\xa0\x80"));     // U+D800
    CHECK(find_invalid_utf8("\xf4\x90\x80\x80")); // U+110000
    CHECK(find_invalid_utf8("\xf8\x88\x80\x80\x80"));
  }

  TEST_CASE("a sequence cut short is refused")
  {
    auto cut = find_invalid_utf8("a\nbc\xe2\x80");
    REQUIRE(cut);
    CHECK(cut->line == 2);
    CHECK(cut->column == 3);
    CHECK(find_invalid_utf8("\xe2\x80x"));
    CHECK(find_invalid_utf8("\x80"));
  }

  TEST_CASE("code points are counted, not bytes")
  {
    CHECK(count_code_points("") == 0);
    CHECK(count_code_points("Kabid") == 5);
    CHECK(count_code_points("é–😀") == 3);
  }
}
