// Every YAML text is read first by libyaml's event parser (issue 10,
// section 1): inputs that made yaml-cpp 0.7 hang or run out of memory are
// answered at once with a message naming the line.
#include "fixtures.hpp"

#include <chrono>
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <yaml/yaml_events.hpp>
#include <yaml/yaml_source.hpp>

using sopctl::test::yaml_errors;

namespace {

// The problems parse_yaml reports for `text`, timed: none may take long.
std::string refused(const std::string& text)
{
  auto start = std::chrono::steady_clock::now();
  auto errors = yaml_errors(text);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
  return errors;
}

} // namespace

TEST_SUITE("yaml::read_yaml_events")
{
  TEST_CASE("the one-byte file ',' is refused at once (yaml-cpp issue #1040)")
  {
    CHECK(refused(",") ==
          "input:1:1: invalid YAML: while parsing a block node: did not find expected node "
          "content");
  }

  TEST_CASE("an alias bomb is refused at its first anchor")
  {
    std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n";
    for (char name = 'b'; name <= 'j'; ++name) {
      bomb += fmt::format("{}: &{} [*{}, *{}, *{}, *{}, *{}, *{}, *{}, *{}, *{}]\n",
                          name,
                          name,
                          char(name - 1),
                          char(name - 1),
                          char(name - 1),
                          char(name - 1),
                          char(name - 1),
                          char(name - 1),
                          char(name - 1),
                          char(name - 1),
                          char(name - 1));
    }
    CHECK(refused(bomb) ==
          "input:1:4: an anchor (&a) names a value to repeat; SOP files use none: remove it");
  }

  TEST_CASE("an alias without an anchor of its own, and a tag, are refused")
  {
    CHECK(refused("name: *x\n").find("input:1:7: ") == 0);
    CHECK(refused("name: !!str x\n") ==
          "input:1:7: a tag (tag:yaml.org,2002:str) gives a value a type; SOP files use none: "
          "remove it");
  }

  TEST_CASE("10,000 levels of nesting are refused at the level past the limit")
  {
    auto deep = "a: " + std::string(10000, '[') + std::string(10000, ']') + "\n";
    CHECK(refused(deep) == "input:1:67: lists and mappings are nested more than 64 levels deep "
                           "here; an SOP file needs a few");
  }

  TEST_CASE("a text past the size limit is refused before it is parsed")
  {
    std::string huge = "name: " + std::string(sopctl::yaml::max_yaml_bytes, 'x') + "\n";
    CHECK(refused(huge) == "input: the file is 8.0 MB; sopctl reads YAML files of at most 8 MB "
                           "(a draft holds a few kilobytes): is it the right file?");
  }

  TEST_CASE("quoted scalars, plain scalars and block text are no tags")
  {
    CHECK(refused("name: \"x\"\nlist: [a, 'b']\ntext: |\n  a\n  b\n") == "");
  }
}
