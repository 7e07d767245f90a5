// Indonesian number words in time standards (issue 9, section 4).
#include <doctest/doctest.h>
#include <string>
#include <time/number_words.hpp>

using sopctl::time::ExactNumber;
using sopctl::time::read_number_words;

namespace {

// The value of the number words at the start of `text` as "whole+fraction/scale",
// and how much of the text they took; "none" when there are none.
std::string read(std::string_view text)
{
  auto found = read_number_words(text);
  if (!found) {
    return "none";
  }
  auto [whole, fraction, scale] = found->number;
  return std::to_string(whole) +
         (fraction != 0 ? "+" + std::to_string(fraction) + "/" + std::to_string(scale) : "") +
         " in " + std::to_string(found->length);
}

} // namespace

TEST_SUITE("time::number_words")
{
  TEST_CASE("one to ten and eleven")
  {
    CHECK(read("satu") == "1 in 4");
    CHECK(read("sembilan hari") == "9 in 8");
    CHECK(read("sepuluh") == "10 in 7");
    CHECK(read("sebelas") == "11 in 7");
  }

  TEST_CASE("belas and puluh make up to 99")
  {
    CHECK(read("dua belas") == "12 in 9");
    CHECK(read("sembilan belas menit") == "19 in 14");
    CHECK(read("dua puluh") == "20 in 9");
    CHECK(read("tiga puluh lima menit") == "35 in 15");
    CHECK(read("sembilan puluh sembilan") == "99 in 23");
  }

  TEST_CASE("ratus makes up to 999")
  {
    CHECK(read("seratus") == "100 in 7");
    CHECK(read("seratus dua puluh menit") == "120 in 17");
    CHECK(read("dua ratus sebelas") == "211 in 17");
  }

  TEST_CASE("setengah and seperempat are fractions, alone or after a number")
  {
    CHECK(read("setengah jam") == "0+5/10 in 8");
    CHECK(read("seperempat jam") == "0+25/100 in 10");
    CHECK(read("satu setengah jam") == "1+5/10 in 13");
  }

  TEST_CASE("other words are not numbers, and a number stops at them")
  {
    CHECK(read("menit") == "none");
    CHECK(read("segera") == "none");
    CHECK(read("") == "none");
    CHECK(read("satuan") == "none");
    CHECK(read("dua tiga") == "2 in 3");
    CHECK(read("puluh") == "none");
  }

  TEST_CASE("values compare whatever their spelling")
  {
    CHECK(sopctl::time::same_value({0, 5, 10}, {0, 50, 100}));
    CHECK_FALSE(sopctl::time::same_value({1, 0, 1}, {2, 0, 1}));
    CHECK_FALSE(sopctl::time::same_value(ExactNumber{1, 5, 10}, ExactNumber{1, 0, 1}));
  }
}
