// A whole drafting run of the seed with LANGUAGE=id prints no English
// sentence (issue 12, section 1): every line sopctl prints, on stdout and
// stderr, is searched for English words. What may stay as typed is taken
// out first: command lines (`sopctl start JUDUL`), options, the draft's id,
// file names and the values the user gave (title, names, notes).
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <cctype>
#include <doctest/doctest.h>
#include <regex>
#include <set>
#include <sstream>

using namespace e2e;

namespace {

const Env indonesian = {{"LANGUAGE", "id"}};

// Words of English sentences and of English table headings and status
// words. Words Indonesian shares (status, data, no, SOP) are not listed.
const std::set<std::string> english_words = {
  "the",         "is",       "are",     "was",      "were",      "be",      "been",
  "now",         "step",     "steps",   "done",     "by",        "cannot",  "draft",
  "drafts",      "active",   "due",     "late",     "not",       "and",     "or",
  "of",          "to",       "in",      "on",       "at",        "for",     "with",
  "from",        "this",     "that",    "it",       "its",       "has",     "have",
  "will",        "would",    "must",    "finished", "started",   "note",    "noted",
  "overdue",     "nothing",  "round",   "role",     "roles",     "since",   "ago",
  "left",        "minute",   "minutes", "hour",     "hours",     "day",     "days",
  "working",     "event",    "events",  "recorded", "sent",      "back",    "unknown",
  "give",        "run",      "file",    "files",    "checked",   "found",   "waiting",
  "who",         "next",     "all",     "none",     "already",   "only",    "than",
  "more",        "after",    "before",  "until",    "title",     "state",   "performer",
  "activity",    "standard", "signed",  "rejected", "completed", "history", "problem",
  "problems",    "warning",  "see",     "ready",    "saved",     "written", "progress",
  "in_progress", "risk",     "at_risk", "ok",       "valid",     "yes",     "what",
  "when",        "which",    "time",    "times",    "as",        "took",    "nobody",
};

// Values the user typed in this run, which stay as they were typed.
const std::vector<std::string> typed_values = {
  "Pelayanan Akta Kelahiran",
  "Kolom mutu baku waktu belum diisi",
  "Sudah dibahas dengan Kabid",
};

// The English words left in `line` once what may stay English is removed.
std::vector<std::string> english_in(std::string line, const std::string& id)
{
  for (const auto& value : typed_values) {
    for (size_t at; (at = line.find(value)) != std::string::npos;) {
      line.erase(at, value.size());
    }
  }
  for (size_t at; (at = line.find(id)) != std::string::npos;) {
    line.erase(at, id.size());
  }
  static const std::regex kept(
    R"(sopctl [a-z-]+( [a-z]+)?|--[a-z-]+|[\w./-]+\.(yaml|ics|html|pdf))");
  line = std::regex_replace(line, kept, " ");
  std::vector<std::string> found;
  std::string word;
  // `end` is where the word stopped: a word cut short for a table column
  // ("Pelayanan be...") is not one.
  auto flush = [&](size_t end) {
    std::string lower;
    for (char c : word) {
      lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (english_words.contains(lower) && line.compare(end, 3, "...") != 0) {
      found.push_back(word);
    }
    word.clear();
  };
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      word += c;
    } else {
      flush(i);
    }
  }
  flush(line.size());
  return found;
}

// One command of the run and what it printed.
struct Printed
{
  std::string command;
  std::string text; // stdout then stderr
};

} // namespace

TEST_SUITE("e2e: language")
{
  TEST_CASE("a whole drafting run with LANGUAGE=id prints no English sentence")
  {
    Sandbox sandbox;
    sandbox.init();
    std::vector<Printed> printed;
    auto run = [&](std::vector<std::string> args, int expected_exit = 0) {
      auto result = sandbox.run(args, indonesian);
      std::string command = "sopctl";
      for (const auto& arg : args) {
        command += " " + arg;
      }
      INFO(command, "\nstdout: ", result.out, "\nstderr: ", result.err);
      CHECK(result.exit_code == expected_exit);
      printed.push_back({command, result.out + result.err});
      return result;
    };
    auto started =
      run({"start", "Pelayanan Akta Kelahiran", "--by", "Sekretaris Budi", "--at", local_time(0)});
    auto id = started.out.substr(0, started.out.find('\n'));
    REQUIRE(!id.empty());
    int hour = 0;
    auto advance = [&](int step, std::vector<std::string> extra = {}) {
      std::vector<std::string> args = {"advance",
                                       id,
                                       "--role",
                                       seed_step(step).role,
                                       "--by",
                                       "Petugas " + std::to_string(step),
                                       "--at",
                                       local_time(++hour)};
      args.insert(args.end(), extra.begin(), extra.end());
      run(args);
    };
    for (int step = 1; step <= 5; ++step) {
      advance(step);
    }
    run({"note", id, "Sudah dibahas dengan Kabid", "--by", "Dewi", "--at", local_time(hour)});
    run({"status"});
    run({"status", id});
    // A refusal: the step is the Kabid's.
    run({"advance", id, "--role", "staf", "--by", "Eko", "--at", local_time(hour + 1)}, 1);
    run({"report", "overdue", "--at", "2026-12-10T10:00"});
    advance(6, {"--reject", "--note", "Kolom mutu baku waktu belum diisi"});
    advance(5);
    advance(6, {"--yes"});
    for (int step = 7; step <= 10; ++step) {
      advance(step);
    }
    run({"status"});
    run({"log", id});
    run({"report", "overdue", "--at", "2026-12-10T10:00"});
    run({"check"});

    // Every line with English in it, with the words found.
    std::ostringstream offending;
    int count = 0;
    for (const auto& [command, text] : printed) {
      std::istringstream lines(text);
      for (std::string line; std::getline(lines, line);) {
        auto words = english_in(line, id);
        if (words.empty()) {
          continue;
        }
        ++count;
        offending << "  " << command << "\n    | " << line << "\n    English:";
        for (const auto& word : words) {
          offending << ' ' << word;
        }
        offending << '\n';
      }
    }
    INFO(count, " lines hold English:\n", offending.str());
    CHECK(count == 0);
  }
}
