// Numbers of SOPs and letters (issue 4, section 3 "Numbering"; issue 5,
// section 2 "Number counters merge"): the pattern tokens, the messages for a
// pattern that cannot make numbers, and counters merged by the larger count.
#include <doctest/doctest.h>
#include <model/timestamp.hpp>
#include <workflow/numbering.hpp>

using sopctl::model::Counters;
using sopctl::workflow::check_pattern;
using sopctl::workflow::format_number;
using sopctl::workflow::merge_counters;

namespace {

// A moment as written in a draft, with its offset.
sopctl::model::Timestamp at(const char* text)
{
  auto moment = sopctl::model::parse_timestamp(text, std::nullopt);
  REQUIRE(moment);
  return *moment;
}

} // namespace

TEST_SUITE("workflow::numbering")
{
  TEST_CASE("{seq} is the sequence number as it is, {seq:03} zero-padded")
  {
    auto when = at("2026-11-24T09:00+07:00");
    CHECK(format_number("{seq}", 7, when) == "7");
    CHECK(format_number("{seq}", 1234, when) == "1234");
    CHECK(format_number("{seq:03}", 7, when) == "007");
    CHECK(format_number("{seq:03}", 42, when) == "042");
    CHECK(format_number("{seq:03}", 1234, when) == "1234"); // wider than the padding: not cut
    CHECK(format_number("{seq:05}", 3, when) == "00003");
  }

  TEST_CASE("{year}, {month} and {month_roman} are those of the moment")
  {
    auto march = at("2026-03-05T10:00+07:00");
    CHECK(format_number("{year}", 1, march) == "2026");
    CHECK(format_number("{month}", 1, march) == "03");
    CHECK(format_number("{month_roman}", 1, march) == "III");
    CHECK(format_number("{month_roman}", 1, at("2026-04-01T10:00+07:00")) == "IV");
    CHECK(format_number("{month_roman}", 1, at("2026-09-01T10:00+07:00")) == "IX");
    CHECK(format_number("{month_roman}", 1, at("2026-12-01T10:00+07:00")) == "XII");
    CHECK(format_number("{month}", 1, at("2026-12-01T10:00+07:00")) == "12");
  }

  TEST_CASE("literal text around the tokens is kept, as in the office's patterns")
  {
    auto when = at("2026-11-24T09:00+07:00");
    CHECK(format_number("{seq:03}/SOP-Disdukcapil/{year}", 1, when) == "001/SOP-Disdukcapil/2026");
    CHECK(format_number("005/{seq:03}/Disdukcapil/{year}", 12, when) == "005/012/Disdukcapil/2026");
    CHECK(format_number("470/{seq}/Dukcapil/{month_roman}/{year}", 9, when) ==
          "470/9/Dukcapil/XI/2026");
    CHECK(format_number("B-{seq:02}.{month}.{year}", 5, when) == "B-05.11.2026");
  }

  TEST_CASE("year and month are the office's local ones, not UTC's")
  {
    // 2026-12-31T17:30Z is already 1 January 2027 in WIB.
    auto new_year = at("2027-01-01T00:30+07:00");
    CHECK(format_number("{seq}/{month}/{month_roman}/{year}", 1, new_year) == "1/01/I/2027");
    auto still_old = at("2026-12-31T23:30+07:00");
    CHECK(format_number("{year}-{month}", 1, still_old) == "2026-12");
  }

  TEST_CASE("a pattern that can make numbers has no problem")
  {
    CHECK(check_pattern("{seq}") == "");
    CHECK(check_pattern("{seq:03}/SOP-Disdukcapil/{year}") == "");
    CHECK(check_pattern("470/{seq:04}/{month}/{month_roman}/{year}") == "");
  }

  TEST_CASE("a pattern without {seq} is refused: every number would be the same")
  {
    CHECK(check_pattern("SOP/{year}") == "it has no {seq}, so every number would be the same");
    CHECK(check_pattern("") == "it has no {seq}, so every number would be the same");
  }

  TEST_CASE("an unknown token is named, with the tokens there are")
  {
    CHECK(check_pattern("{nomor}/SOP/{year}") ==
          "\"{nomor}\" is not a token; the tokens are {seq}, {seq:03}, {year}, {month} and "
          "{month_roman}");
    CHECK(check_pattern("{seq}/{Year}") ==
          "\"{Year}\" is not a token; the tokens are {seq}, {seq:03}, {year}, {month} and "
          "{month_roman}");
  }

  TEST_CASE("padding is only {seq:0N}")
  {
    const char* how = " is not a token; padding is written {seq:03}";
    CHECK(check_pattern("{seq:3}") == std::string("\"{seq:3}\"") + how);
    CHECK(check_pattern("{seq:0}") == std::string("\"{seq:0}\"") + how);
    CHECK(check_pattern("{seq:0x}") == std::string("\"{seq:0x}\"") + how);
    CHECK(check_pattern("{seq}/{year:04}") == std::string("\"{year:04}\"") + how);
  }

  TEST_CASE("an unclosed brace is named by its 1-based position")
  {
    CHECK(check_pattern("{seq") == "\"{\" at 1 is not closed");
    CHECK(check_pattern("{seq}/SOP/{year") == "\"{\" at 11 is not closed");
  }
}

TEST_SUITE("workflow::merge_counters")
{
  TEST_CASE("each key keeps the larger count, whichever side holds it")
  {
    Counters ours = {{{"{seq:03}/SOP", 2026}, 4}, {{"470/{seq}", 2026}, 9}};
    Counters theirs = {{{"{seq:03}/SOP", 2026}, 6}, {{"470/{seq}", 2026}, 2}};
    Counters expected = {{{"{seq:03}/SOP", 2026}, 6}, {{"470/{seq}", 2026}, 9}};
    CHECK(merge_counters(ours, theirs) == expected);
    CHECK(merge_counters(theirs, ours) == expected);
  }

  TEST_CASE("a key only one side has is kept, years are counted apart")
  {
    Counters ours = {{{"{seq}", 2026}, 3}};
    Counters theirs = {{{"{seq}", 2027}, 1}, {{"B{seq}", 2026}, 5}};
    Counters expected = {{{"{seq}", 2026}, 3}, {{"{seq}", 2027}, 1}, {{"B{seq}", 2026}, 5}};
    CHECK(merge_counters(ours, theirs) == expected);
    CHECK(merge_counters(theirs, ours) == expected);
  }

  TEST_CASE("merging with nothing, or with itself, changes nothing")
  {
    Counters ours = {{{"{seq}", 2026}, 3}};
    CHECK(merge_counters(ours, {}) == ours);
    CHECK(merge_counters({}, ours) == ours);
    CHECK(merge_counters(ours, ours) == ours);
    CHECK(merge_counters({}, {}).empty());
  }
}
