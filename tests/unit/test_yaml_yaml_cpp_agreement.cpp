// sopctl reads YAML with libyaml's events (yaml::parse_yaml); yaml-cpp,
// named on the design card and sopctl's reader until issue 10, is the
// reference it is held to: every YAML file of the repository, and the
// scalar forms whose meaning differs between YAML 1.1 and 1.2, must give
// the same tree (kinds, text, key order, positions) both ways.
#include <doctest/doctest.h>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <yaml-cpp/yaml.h>
#include <yaml/yaml_source.hpp>

namespace fs = std::filesystem;
using sopctl::yaml::Node;
using sopctl::yaml::NodeKind;

namespace {

std::string kind_name(NodeKind kind)
{
  switch (kind) {
    case NodeKind::missing:
      return "missing";
    case NodeKind::null:
      return "null";
    case NodeKind::scalar:
      return "scalar";
    case NodeKind::sequence:
      return "sequence";
    case NodeKind::map:
      return "map";
  }
  return "?";
}

std::string kind_name(const YAML::Node& node)
{
  switch (node.Type()) {
    case YAML::NodeType::Undefined:
      return "missing";
    case YAML::NodeType::Null:
      return "null";
    case YAML::NodeType::Scalar:
      return "scalar";
    case YAML::NodeType::Sequence:
      return "sequence";
    case YAML::NodeType::Map:
      return "map";
  }
  return "?";
}

// The first difference between the two trees under `path`, or "".
std::string difference(const Node& ours, const YAML::Node& theirs, const std::string& path)
{
  if (kind_name(ours.kind()) != kind_name(theirs)) {
    return fmt::format(
      "{}: {} here, {} for yaml-cpp", path, kind_name(ours.kind()), kind_name(theirs));
  }
  // yaml-cpp gives no position to a null made of nothing (`key:`).
  if (!theirs.IsNull() && (ours.where().line != theirs.Mark().line + 1 ||
                           ours.where().column != theirs.Mark().column + 1)) {
    return fmt::format("{}: at {}:{} here, {}:{} for yaml-cpp",
                       path,
                       ours.where().line,
                       ours.where().column,
                       theirs.Mark().line + 1,
                       theirs.Mark().column + 1);
  }
  if (ours.is_scalar() && ours.text() != theirs.Scalar()) {
    return fmt::format("{}: \"{}\" here, \"{}\" for yaml-cpp", path, ours.text(), theirs.Scalar());
  }
  if (ours.size() != theirs.size()) {
    return fmt::format("{}: {} children here, {} for yaml-cpp", path, ours.size(), theirs.size());
  }
  if (ours.is_sequence()) {
    for (size_t i = 0; i < ours.size(); ++i) {
      auto found = difference(ours.items()[i], theirs[i], fmt::format("{}[{}]", path, i));
      if (!found.empty()) {
        return found;
      }
    }
  }
  if (ours.is_map()) {
    size_t i = 0;
    for (auto entry = theirs.begin(); entry != theirs.end(); ++entry, ++i) {
      const auto& mine = ours.entries()[i];
      auto where = fmt::format("{}.{}", path, entry->first.Scalar());
      auto found = difference(mine.key, entry->first, where + " (key)");
      if (found.empty()) {
        found = difference(mine.value, entry->second, where);
      }
      if (!found.empty()) {
        return found;
      }
    }
  }
  return {};
}

// How `text` reads both ways: "" when the trees agree, else the first
// difference; "refused: ..." when parse_yaml refuses it.
std::string compare(const std::string& text)
{
  sopctl::model::Diagnostics diagnostics("input");
  auto ours = sopctl::yaml::parse_yaml(text, diagnostics);
  if (!ours) {
    return "refused: " + sopctl::model::format_all(diagnostics.list());
  }
  // Only a text libyaml accepted reaches yaml-cpp, which hangs on some
  // malformed ones (yaml-cpp issue #1040).
  try {
    return difference(*ours, YAML::Load(text), "root");
  } catch (const YAML::Exception& error) {
    return std::string("yaml-cpp refused it: ") + error.what();
  }
}

std::string read_file(const fs::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

} // namespace

TEST_SUITE("yaml::parse_yaml against yaml-cpp")
{
  TEST_CASE("every YAML file of the repository reads the same with yaml-cpp")
  {
    fs::path root(SOPCTL_SOURCE_DIR);
    int compared = 0;
    for (const auto* folder :
         {"sops", "templates", "tests/fixtures", "tests/fuzz/corpus/sop_reader"}) {
      for (const auto& entry : fs::recursive_directory_iterator(root / folder)) {
        auto extension = entry.path().extension();
        if (!entry.is_regular_file() || (extension != ".yaml" && extension != ".yml")) {
          continue;
        }
        CAPTURE(entry.path().string());
        CHECK(compare(read_file(entry.path())) == "");
        ++compared;
      }
    }
    // sops/ 1, templates/ 2, tests/fixtures/ 13, the fuzz seeds 2, at least.
    CHECK(compared >= 18);
  }

  TEST_CASE("null is an empty plain value or a plain ~, null, Null or NULL, as in yaml-cpp")
  {
    for (std::string value : {"", "~", "null", "Null", "NULL"}) {
      CAPTURE(value);
      std::string text = "a: " + value + "\nb: 1\n";
      CHECK(compare(text) == "");
      sopctl::model::Diagnostics diagnostics("input");
      CHECK(sopctl::yaml::parse_yaml(text, diagnostics)->operator[]("a").is_null());
    }
  }

  TEST_CASE("quoted and block text is text, never null, a number or a boolean")
  {
    for (std::string text : {"a: \"null\"\n",
                             "a: '~'\n",
                             "a: \"\"\n",
                             "a: ''\n",
                             "a: \"123\"\nb: 123\n",
                             "a: true\nb: \"false\"\nc: yes\nd: off\n",
                             "a: |\n  x\n  y\nb: >\n  x\n  y\n",
                             "a: |\nb: 1\n",
                             "a: \"caf\\u00e9\\t\\\"x\\\"\"\nb: 'it''s'\n",
                             "a: plain text\n  folded on\n  three lines\n",
                             "- [a, 'b', {c: d}]\n- {}\n- []\n",
                             "a:\r\n  - x\r\n  - \"y\"\r\n",
                             "# comment\na: 1 # trailing\n",
                             "a: 0x1F\nb: 1e3\nc: .inf\nd: 2020-09-29\n"}) {
      CAPTURE(text);
      CHECK(compare(text) == "");
    }
    sopctl::model::Diagnostics diagnostics("input");
    auto root = sopctl::yaml::parse_yaml("a: \"null\"\nb: 123\nc: \"123\"\n", diagnostics);
    REQUIRE(root);
    CHECK((*root)["a"].is_scalar());
    CHECK((*root)["a"].style() == sopctl::yaml::ScalarStyle::quoted);
    CHECK((*root)["b"].style() == sopctl::yaml::ScalarStyle::plain);
    CHECK((*root)["b"].text() == (*root)["c"].text());
  }
}
