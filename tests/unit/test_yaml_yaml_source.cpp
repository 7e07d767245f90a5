#include "fixtures.hpp"

#include <doctest/doctest.h>
#include <yaml/yaml_source.hpp>

using sopctl::model::Diagnostics;
using sopctl::test::yaml_errors;
using sopctl::yaml::parse_yaml;

namespace {

constexpr std::string_view empty_file =
  "input: the file is empty; an SOP file needs at least name, performers and "
  "steps";
constexpr std::string_view not_utf8 = "the file is not UTF-8 text; save it with UTF-8 encoding";
constexpr std::string_view second_document =
  "the file holds more than one YAML document (---); keep one SOP per file";

std::string unclosed(char quote)
{
  return std::string("unclosed quote: this string has no closing ") + quote + "; add a " + quote +
         " where the text ends";
}

} // namespace

TEST_SUITE("store::yaml_source")
{
  TEST_CASE("a well-formed mapping parses with 1-based positions")
  {
    Diagnostics diagnostics("input");
    auto root = parse_yaml("name: a\noffice:\n  city: SIBOLGA\n", diagnostics);
    REQUIRE(root);
    CHECK(diagnostics.empty());
    CHECK((*root)["office"]["city"].text() == "SIBOLGA");
    auto where = sopctl::yaml::position_of((*root)["office"]["city"]);
    CHECK(where.line == 3);
    CHECK(where.column == 9);
  }

  TEST_CASE("an empty file is refused")
  {
    CHECK(yaml_errors("") == empty_file);
    CHECK(yaml_errors("\n\n  \n") == empty_file);
  }

  TEST_CASE("a file of comments only is refused as empty")
  {
    CHECK(yaml_errors("# only a comment\n  # and another\n") == empty_file);
  }

  TEST_CASE("text that is not UTF-8 is refused at its first bad byte")
  {
    CHECK(yaml_errors("name: a\nwarning: caf\xe9\n") == "input:2:13: " + std::string(not_utf8));
    CHECK(yaml_errors("\xff") == "input:1:1: " + std::string(not_utf8));
  }

  TEST_CASE("a NUL byte is refused at its position")
  {
    // YAML allows no C0 control but tab and line breaks; yaml-cpp 0.7 reads
    // "a<NUL>b" as "a\b " and would change the value without a word.
    auto errors = yaml_errors(std::string("name: a\0b\nnumber: 1\n", 20));
    CHECK(errors.starts_with("input:1:8: "));
  }

  TEST_CASE("a C1 control character is refused at its position")
  {
    // UTF-8 and no C0 control, but YAML allows no U+0080 to U+009F (bar
    // U+0085): libyaml's reader refuses it and gives only its offset.
    CHECK(yaml_errors("number: 1\nname: a\xc2\x90"
                      "b\n") ==
          "input:2:8: the file holds the control character U+0090; remove it");
  }

  TEST_CASE("a duplicate key names both positions")
  {
    CHECK(yaml_errors("name: a\nname: b\n") ==
          "input:2:1: duplicate key \"name\" (first at line 1:1); keep only "
          "one of them");
  }

  TEST_CASE("duplicate keys are found in nested mappings too")
  {
    CHECK(yaml_errors("office:\n  name: x\n  city: y\n  name: z\n") ==
          "input:4:3: duplicate key \"name\" (first at line 2:3); keep only "
          "one of them");
    CHECK(yaml_errors("steps:\n  - step: 1\n    step: 2\n") ==
          "input:3:5: duplicate key \"step\" (first at line 2:5); keep only "
          "one of them");
  }

  TEST_CASE("every duplicate key is reported")
  {
    CHECK(yaml_errors("a: 1\nb: 2\na: 3\nb: 4\n") ==
          "input:3:1: duplicate key \"a\" (first at line 1:1); keep only one "
          "of them\n"
          "input:4:1: duplicate key \"b\" (first at line 2:1); keep only one "
          "of them");
  }

  TEST_CASE("duplicates in a mapping of many keys are found, each against its first")
  {
    std::string text;
    for (int i = 0; i < 40; ++i) {
      text += "k" + std::to_string(i) + ": x\n";
    }
    text += "k3: y\nk3: z\n";
    CHECK(yaml_errors(text) ==
          "input:41:1: duplicate key \"k3\" (first at line 4:1); keep only one of them\n"
          "input:42:1: duplicate key \"k3\" (first at line 4:1); keep only one of them");
  }

  TEST_CASE("an unclosed double quote is refused")
  {
    // yaml-cpp alone reads this as one string running to the end of the file.
    CHECK(yaml_errors("name: \"abc\nnumber: 1\n") == "input:1:7: " + unclosed('"'));
  }

  TEST_CASE("an unclosed single quote is refused")
  {
    CHECK(yaml_errors("number: 1\nname: 'abc\nwarning: x\n") == "input:2:7: " + unclosed('\''));
  }

  TEST_CASE("an escaped closing quote does not close the string")
  {
    CHECK(yaml_errors("name: \"abc\\\"\n") == "input:1:7: " + unclosed('"'));
  }

  TEST_CASE("quotes that are closed are accepted")
  {
    CHECK(yaml_errors("a: 'it''s'\nb: \"say \\\"hi\\\"\"\nc: \"a\\\\\"\n"
                      "d: x # it's\ne: it's\n") == "");
  }

  TEST_CASE("an unclosed quote after an anchor or a tag is refused")
  {
    auto suffix = ": " + unclosed('"');
    for (std::string text : {"name: &n \"abc\nnumber: 1\n", "name: !!str \"abc\nnumber: 1\n"}) {
      CAPTURE(text);
      auto errors = yaml_errors(text);
      CHECK(errors.starts_with("input:1:"));
      CHECK(errors.ends_with(suffix));
    }
  }

  TEST_CASE("syntax errors carry yaml-cpp's message at a 1-based position")
  {
    CHECK(yaml_errors("name: a\n  b: c\n") == "input:2:4: invalid YAML: illegal map value");
    CHECK(yaml_errors("steps:\n  - a\n b: c\n") == "input:3:2: invalid YAML: end of map not found");
    CHECK(yaml_errors("name: x\nlist: [a, b\n") ==
          "input:3:1: invalid YAML: end of sequence flow not found");
  }

  TEST_CASE("a syntax error after an unclosed quote points back at the quote")
  {
    CHECK(yaml_errors("warning: \"Awas\nname: \"x\"\n") ==
          "input:2:8: invalid YAML: end of map not found (if the quote opened at "
          "line 1:10 should end on its line, its closing quote is missing)");
    CHECK(yaml_errors("name: x\nlegal_basis:\n  - \"Perda 12\n  - Perwal 3\n"
                      "warning: \"a\"\n") ==
          "input:5:11: invalid YAML: end of sequence not found (if the quote "
          "opened at line 3:5 should end on its line, its closing quote is missing)");
    // Columns count characters: "é" and "—" before the quote are one each.
    CHECK(yaml_errors("perihal_é—: \"Awas\nname: \"x\"\n") ==
          "input:2:8: invalid YAML: end of map not found (if the quote opened at "
          "line 1:13 should end on its line, its closing quote is missing)");
  }

  TEST_CASE("a second document is refused at its start")
  {
    CHECK(yaml_errors("name: a\n---\nname: b\n") == "input:3:1: " + std::string(second_document));
  }

  TEST_CASE("only the first problem kind stops the parse: UTF-8 before YAML")
  {
    // A file that is both not UTF-8 and malformed reports the encoding only.
    CHECK(yaml_errors("name: [\xff\n") == "input:1:8: " + std::string(not_utf8));
  }
}
