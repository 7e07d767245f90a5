// README.id.md, the office's guide in Indonesian, is a real run: each
// `$ sopctl ...` line of its console blocks is run in turn in one
// repository, and what it prints must be the lines under it. The guide's
// ```yaml block is what it tells the office to add to sopctl.yaml after
// `sopctl init`; the repository is shown as /tmp/kantor.
#include "file_helpers.hpp"
#include "sopctl_runner.hpp"

#include <doctest/doctest.h>
#include <sstream>

using namespace e2e;

namespace {

// One command of the guide and the output written under it.
struct Example
{
  std::string command;
  std::string expected;
};

// The console examples of `text`, in order, and its first yaml block.
std::vector<Example> examples_of(const std::string& text, std::string& yaml)
{
  std::vector<Example> examples;
  std::istringstream lines(text);
  std::string block; // "console", "yaml" or "" outside a block
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("```")) {
      block = block.empty() ? line.substr(3) : "";
      if (block == "yaml" && !yaml.empty()) {
        block = "other yaml";
      }
      continue;
    }
    if (block == "yaml") {
      yaml += line + "\n";
    } else if (block == "console") {
      if (line.starts_with("$ ")) {
        examples.push_back({line.substr(2), ""});
      } else {
        REQUIRE_MESSAGE(!examples.empty(), "output before any command: ", line);
        examples.back().expected += line + "\n";
      }
    }
  }
  return examples;
}

// `command` split as the shell would split it: words, "quoted words".
std::vector<std::string> words_of(const std::string& command)
{
  std::vector<std::string> words;
  std::string word;
  bool quoted = false;
  bool any = false;
  for (char c : command) {
    if (c == '"') {
      quoted = !quoted;
      any = true;
    } else if (c == ' ' && !quoted) {
      if (any) {
        words.push_back(word);
      }
      word.clear();
      any = false;
    } else {
      word += c;
      any = true;
    }
  }
  if (any) {
    words.push_back(word);
  }
  return words;
}

} // namespace

TEST_SUITE("e2e: README.id.md")
{
  TEST_CASE("every command of the Indonesian guide prints what the guide shows")
  {
    std::string yaml;
    auto examples = examples_of(read_bytes(fs::path(SOPCTL_SOURCE_DIR) / "README.id.md"), yaml);
    REQUIRE(examples.size() > 10);
    REQUIRE(yaml == "language: id\n");
    Sandbox sandbox;
    // The guide's times are in the past of this "now", whenever the test runs.
    auto now = replay_now("2026-12-04T16:00");
    for (const auto& example : examples) {
      CAPTURE(example.command);
      auto words = words_of(example.command);
      REQUIRE(words.front() == "sopctl");
      auto result = sandbox.run({words.begin() + 1, words.end()}, now);
      auto printed = result.out + result.err;
      const auto repo = sandbox.repo().string();
      for (size_t at; (at = printed.find(repo)) != std::string::npos;) {
        printed.replace(at, repo.size(), "/tmp/kantor");
      }
      CHECK(printed == example.expected);
      if (example.command == "sopctl init") {
        auto config = sandbox.repo() / "sopctl.yaml";
        write_bytes(config, read_bytes(config) + yaml);
      }
    }
  }
}
