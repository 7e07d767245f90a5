#include <array>
#include <doctest/doctest.h>
#include <random>
#include <yaml-cpp/yaml.h>
#include <yaml/yaml_writer.hpp>

using sopctl::yaml::needs_quotes;
using sopctl::yaml::yaml_scalar;
using sopctl::yaml::YamlWriter;

namespace {

// `key: text` written at the top level.
std::string written(std::string_view text)
{
  YamlWriter out;
  out.text(0, "k", text);
  return out.str();
}

// What yaml-cpp reads back from `text` written three ways: at the top level,
// nested in a mapping, and as a list item.
std::vector<std::string> read_back(const std::string& text)
{
  YamlWriter out;
  out.text(0, "top", text);
  out.open(0, "nested");
  out.text(2, "inner", text);
  out.list(0, "items", {text, "after"});
  auto root = YAML::Load(out.str());
  return {root["top"].as<std::string>(),
          root["nested"]["inner"].as<std::string>(),
          root["items"][0].as<std::string>()};
}

// Pieces that stress YAML's plain scalars, quoting, escapes and blocks.
constexpr std::array pieces = {
  "yes", "No",   "on",         "OFF",     "null",  "~",  "true", "y",   "0631", "2020-09-01",
  "1.5", "1e3",  "0x1F",       ".inf",    "12:30", "-",  "- ",   ":",   ": ",   "#",
  " #",  "?",    "? ",         "[",       "]",     "{",  "}",    ",",   "&a",   "*a",
  "!",   "|",    ">",          "%",       "@",     "`",  "'",    "''",  "\"",   "\\",
  "\\n", "\\\"", " ",          "  ",      "\t",    "\n", "\n\n", "\n ", " \n",  "\r",
  "é",   "–",    "Kabid PIAK", "5 menit", "SOP",   "a",  "7",    "/",   "...",  "---",
  "<<",  "=",    "\xc2\xa0",   "😀"};

std::string random_text(std::mt19937& random)
{
  std::uniform_int_distribution<size_t> count(0, 7);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::string text;
  for (size_t n = count(random); n > 0; --n) {
    text += pieces[pick(random)];
  }
  return text;
}

} // namespace

TEST_SUITE("store::yaml_writer")
{
  TEST_CASE("words other readers take for booleans or null are quoted")
  {
    for (std::string text : {"yes",
                             "No",
                             "on",
                             "OFF",
                             "y",
                             "N",
                             "true",
                             "False",
                             "null",
                             "Null",
                             "~",
                             ".inf",
                             ".NaN",
                             "<<",
                             "="}) {
      CAPTURE(text);
      CHECK(needs_quotes(text));
    }
  }

  TEST_CASE("numbers, dates and times are quoted")
  {
    for (std::string text : {"0631",
                             "7",
                             "-7",
                             "+7",
                             "2020-09-01",
                             "1.5",
                             ".5",
                             "1e3",
                             "1E+3",
                             "0x1F",
                             "0o17",
                             "0b101",
                             "1_000",
                             "12:30",
                             "2026-11-24T09:00:00+07:00",
                             "2001-12-14 21:59:43.10 -5"}) {
      CAPTURE(text);
      CHECK(needs_quotes(text));
    }
  }

  TEST_CASE("indicators, comments, blanks at the ends and empty text are quoted")
  {
    for (std::string text :
         {"-",        "- item",    ": x",        "a: b",    "a:",     "a #b", "#tag",
          "?",        "[a]",       "{a}",        "&anchor", "*alias", "!tag", "|",
          ">",        "'quoted'",  "\"quoted\"", "%",       "@",      "`",    ",",
          " leading", "trailing ", "\tleading",  "a\tb",    "bell\a", "",     " "}) {
      CAPTURE(text);
      CHECK(needs_quotes(text));
    }
  }

  TEST_CASE("ordinary text stays plain")
  {
    for (std::string text : {"5 menit",
                             "07/SOP-Disdukcapil/SES/2020",
                             "Kabid PIAK",
                             "(0631) 21799",
                             "Jl. Tongkol No.12",
                             "AMARULLAH GULTOM, SE, M.M",
                             "a#b",
                             "a:b",
                             "it's",
                             "say \"hi\"",
                             "back\\slash",
                             "é",
                             "1 jam",
                             "Pembina Tk. I"}) {
      CAPTURE(text);
      CHECK_FALSE(needs_quotes(text));
    }
  }

  TEST_CASE("yaml_scalar double-quotes with escapes")
  {
    CHECK(yaml_scalar("Kabid PIAK") == "Kabid PIAK");
    CHECK(yaml_scalar("0631") == "\"0631\"");
    CHECK(yaml_scalar("") == "\"\"");
    CHECK(yaml_scalar("a\tb \"c\" \\") == "\"a\\tb \\\"c\\\" \\\\\"");
    CHECK(yaml_scalar("bell\a\x7f") == "\"bell\\x07\\x7F\"");
  }

  TEST_CASE("multi-line text is a literal block with the right chomping")
  {
    CHECK(written("one\ntwo") == "k: |-\n  one\n  two\n");
    CHECK(written("one\ntwo\n") == "k: |\n  one\n  two\n");
    CHECK(written("one\ntwo\n\n") == "k: |+\n  one\n  two\n\n");
    CHECK(written("one\n\ntwo\n") == "k: |\n  one\n\n  two\n");
  }

  TEST_CASE("multi-line text a block cannot hold is double-quoted")
  {
    CHECK(written(" one\ntwo") == "k: \" one\\ntwo\"\n");
    CHECK(written("\none") == "k: \"\\none\"\n");
    CHECK(written("one\n  \ntwo") == "k: \"one\\n  \\ntwo\"\n");
    CHECK(written("one\r\ntwo") == "k: \"one\\r\\ntwo\"\n");
  }

  TEST_CASE("nested keys and list items are indented by two spaces")
  {
    YamlWriter out;
    out.open(0, "office");
    out.text(2, "city", "SIBOLGA");
    out.list(0, "related", {});
    out.list(0, "equipment", {"ATK", "yes", "a\nb"});
    out.open(0, "steps");
    out.item(2);
    out.number(4, "step", 1);
    out.text(4, "time", "");
    CHECK(out.str() == "office:\n"
                       "  city: SIBOLGA\n"
                       "related: []\n"
                       "equipment:\n"
                       "  - ATK\n"
                       "  - \"yes\"\n"
                       "  - |-\n"
                       "    a\n"
                       "    b\n"
                       "steps:\n"
                       "  - step: 1\n"
                       "    time: \"\"\n");
  }

  TEST_CASE("the words that must be quoted read back as the same text")
  {
    for (std::string text :
         {"yes",        "No",          "on",     "null", "~",       "0631",
          "2020-09-01", "1.5",         "1e3",    "0x1F", "-",       ": x",
          "a #b",       " lead",       "trail ", "",     "5 menit", "07/SOP-Disdukcapil/SES/2020",
          "Kabid PIAK", "(0631) 21799"}) {
      CAPTURE(text);
      auto root = YAML::Load(written(text));
      CHECK(root["k"].IsScalar());
      CHECK(root["k"].as<std::string>() == text);
    }
  }

  TEST_CASE("pseudo-random text reads back unchanged with yaml-cpp")
  {
    std::mt19937 random(20201109); // fixed: a failure must be reproducible
    for (int round = 0; round < 3000; ++round) {
      auto text = random_text(random);
      CAPTURE(round);
      CAPTURE(text);
      std::vector<std::string> back;
      try {
        back = read_back(text);
      } catch (const YAML::Exception& error) {
        FAIL_CHECK("yaml-cpp refused the written text: " << error.what());
        continue;
      }
      for (const auto& each : back) {
        CHECK(each == text);
      }
    }
  }
}
