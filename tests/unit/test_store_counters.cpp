// The counters file numbers.yaml (issue 4, section 3 "Numbering"): the
// numbers handed out, per pattern and year; read back exactly as written,
// and a malformed file reported at its line and column.
#include <doctest/doctest.h>
#include <model/diagnostics.hpp>
#include <store/counters.hpp>

using sopctl::model::Counters;
using sopctl::model::Diagnostics;
using sopctl::store::read_counters;
using sopctl::store::write_counters;

namespace {

// The counters in `text`; fails the test when it does not read.
Counters read_ok(const std::string& text)
{
  Diagnostics diagnostics("numbers.yaml");
  auto counters = read_counters(text, diagnostics);
  INFO(sopctl::model::format_all(diagnostics.list()));
  REQUIRE(counters);
  CHECK(diagnostics.empty());
  return *counters;
}

// The problems found in `text`, one per line, as the user sees them.
std::string errors(const std::string& text)
{
  Diagnostics diagnostics("numbers.yaml");
  auto counters = read_counters(text, diagnostics);
  if (counters.has_value() != diagnostics.empty()) {
    return "read_counters returned a value together with problems";
  }
  return sopctl::model::format_all(diagnostics.list());
}

} // namespace

TEST_SUITE("store::counters")
{
  TEST_CASE("counters read back exactly as they were written")
  {
    Counters counters = {{{"{seq:03}/SOP-Disdukcapil/{year}", 2026}, 2},
                         {{"{seq:03}/SOP-Disdukcapil/{year}", 2027}, 1},
                         {{"005/{seq:03}/Disdukcapil/{year}", 2026}, 14},
                         {{"470/{seq:03}/Disdukcapil/{year}", 2026}, 3}};
    auto text = write_counters(counters);
    CHECK(read_ok(text) == counters);
    // Written again, the bytes are the same: a stable order, no churn in git.
    CHECK(write_counters(read_ok(text)) == text);
  }

  TEST_CASE("the file is a list of pattern, year and last, in a stable order")
  {
    Counters counters = {{{"B/{seq}", 2026}, 7}, {{"A/{seq}", 2026}, 1}};
    auto text = write_counters(counters);
    auto body = text.substr(text.find("\n- ") + 1);
    CHECK(body == "- pattern: A/{seq}\n  year: 2026\n  last: 1\n"
                  "- pattern: B/{seq}\n  year: 2026\n  last: 7\n");
    // It says it belongs to sopctl and must not be lowered.
    CHECK(text.starts_with("# "));
    CHECK(text.find("never lower a value") != std::string::npos);
  }

  TEST_CASE("patterns YAML would misread are quoted, and read back the same")
  {
    Counters counters = {{{"{seq}", 2026}, 1},
                         {{"No. {seq}: SOP # {year}", 2026}, 2},
                         {{"'{seq}' \"x\"", 2026}, 3},
                         {{"- {seq}", 2026}, 4}};
    CHECK(read_ok(write_counters(counters)) == counters);
  }

  TEST_CASE("no counters: an empty list, and an empty or blank file is no numbers yet")
  {
    auto text = write_counters({});
    CHECK(read_ok(text).empty());
    CHECK(text.ends_with("[]\n"));
    CHECK(read_ok("").empty());
    CHECK(read_ok("  \n\n").empty());
    CHECK(read_ok("# only a comment\n[]\n").empty());
  }

  TEST_CASE("the same pattern and year twice keeps the larger count")
  {
    // As a hand-made merge might leave it: never hand a number out again.
    auto counters = read_ok("- pattern: \"{seq}\"\n  year: 2026\n  last: 4\n"
                            "- pattern: \"{seq}\"\n  year: 2026\n  last: 9\n"
                            "- pattern: \"{seq}\"\n  year: 2026\n  last: 2\n");
    CHECK(counters == Counters{{{"{seq}", 2026}, 9}});
  }

  TEST_CASE("a file that is not a list is refused at its line and column")
  {
    CHECK(errors("pattern: x\n") ==
          "numbers.yaml:1:1: the counters file must be a list of {pattern, year, last} items");
  }

  TEST_CASE("malformed YAML is refused with its position")
  {
    auto text = errors("- pattern: \"{seq}\n  year: 2026\n");
    CHECK(text.starts_with("numbers.yaml:"));
    CHECK(text.find("numbers.yaml:1:") != std::string::npos);
  }

  TEST_CASE("a counter without its year or count is named at its line")
  {
    CHECK(errors("- pattern: \"{seq}\"\n  year: 2026\n") ==
          "numbers.yaml:1:3: a counter has no \"last\"; add it");
    CHECK(errors("- pattern: \"{seq}\"\n  last: 3\n- pattern: b{seq}\n  last: 1\n") ==
          "numbers.yaml:1:3: a counter has no \"year\"; add it\n"
          "numbers.yaml:3:3: a counter has no \"year\"; add it");
  }

  TEST_CASE("an unknown key and a count that is not a number are refused where they are")
  {
    CHECK(errors("- pattern: \"{seq}\"\n  year: 2026\n  last: 1\n  next: 2\n") ==
          "numbers.yaml:4:3: unknown key \"next\" in a counter; the keys are: pattern, year, "
          "last");
    auto text = errors("- pattern: \"{seq}\"\n  year: 2026\n  last: banyak\n");
    CHECK(text.starts_with("numbers.yaml:3:9: \"last\" of a counter must be "));
  }
}
