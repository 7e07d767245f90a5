#pragma once

// Helpers for the merge tests: drafts of the seed procedure built the way
// sopctl writes them (events sealed and appended), and checks on merges.

#include "fixtures.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <history/event_hash.hpp>
#include <history/merge.hpp>
#include <stdexcept>
#include <store/draft_file.hpp>
#include <string>
#include <vector>
#include <workflow/replay.hpp>
#include <yaml/draft_text.hpp>
#include <yaml/sop_writer.hpp>

namespace sopctl::test {

// 2026-11-24T09:00:00+07:00 plus `hours`.
inline model::Timestamp at_hour(int hours)
{
  return {1795485600 + hours * 3600, 7 * 60};
}

inline model::Event make_event(model::EventKind kind,
                               int step,
                               std::string role,
                               std::string by,
                               int hour)
{
  model::Event event;
  event.kind = kind;
  event.step = step;
  event.role = std::move(role);
  event.by = std::move(by);
  event.at = at_hour(hour);
  return event;
}

// A note at `step` (no role).
inline model::Event note_event(int step, std::string by, int hour, std::string text)
{
  auto event = make_event(model::EventKind::noted, step, "", std::move(by), hour);
  event.note = std::move(text);
  return event;
}

// kabid's Ya at step 6, at hour 6.
inline model::Event completed_6()
{
  return make_event(model::EventKind::completed, 6, "kabid", "Rina", 6);
}

// kabid's Tidak at step 6, at hour 6.
inline model::Event rejected_6()
{
  auto event = make_event(model::EventKind::rejected, 6, "kabid", "Rina", 6);
  event.note = "dasar hukum kurang";
  return event;
}

// `text` with `event` sealed and appended, as sopctl appends it.
inline std::string appended(const std::string& text, model::Event event)
{
  auto sop = load(text);
  history::seal(event, sop.drafting->events);
  return yaml::append_event(text, sop, event);
}

// A draft whose content is the seed's, with steps 1-5 completed at hours
// 1-5: step 6 (kabid's decision) is active.
inline std::string base_draft()
{
  auto sop = seed();
  sop.drafting.emplace();
  sop.drafting->procedure = sop.number;
  auto started = make_event(model::EventKind::started, 0, "", "Budi", 0);
  history::seal(started, {});
  sop.drafting->events.push_back(started);
  auto text = yaml::write_sop(sop);
  for (int step = 1; step <= 5; ++step) {
    text = appended(text,
                    make_event(model::EventKind::completed,
                               step,
                               sop.find_step(step)->performers.front(),
                               "Petugas " + std::to_string(step),
                               step));
  }
  return text;
}

inline std::vector<model::Event> events_of(const std::string& text)
{
  return load(text).drafting->events;
}

inline std::vector<std::string> hashes_of(const std::string& text)
{
  std::vector<std::string> hashes;
  for (const auto& event : events_of(text)) {
    hashes.push_back(event.hash);
  }
  return hashes;
}

// `text` with the only occurrence of `from` replaced by `to`.
inline std::string replaced(std::string text, const std::string& from, const std::string& to)
{
  auto at = text.find(from);
  if (at == std::string::npos || text.find(from, at + 1) != std::string::npos) {
    throw std::runtime_error("not exactly once in the text: " + from);
  }
  return text.replace(at, from.size(), to);
}

// How many times `part` occurs in `text`.
inline size_t occurrences(const std::string& text, const std::string& part)
{
  size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++count;
  }
  return count;
}

// `text` with each conflict resolved by keeping one side's lines, as a
// person resolving it would.
inline std::string keep_side(const std::string& text, bool ours)
{
  std::string out;
  enum
  {
    both,
    in_ours,
    in_theirs
  } where = both;
  size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    end = end == std::string::npos ? text.size() : end + 1;
    auto line = text.substr(start, end - start);
    start = end;
    if (line.starts_with("<<<<<<<")) {
      where = in_ours;
      if (text.compare(start, 10, "# sopctl: ") == 0) {
        start = text.find('\n', start) + 1; // the explanation
      }
    } else if (line.starts_with("=======") && where == in_ours) {
      where = in_theirs;
    } else if (line.starts_with(">>>>>>>") && where == in_theirs) {
      where = both;
    } else if (where == both || (where == in_ours) == ours) {
      out += line;
    }
  }
  return out;
}

// Merges both ways, checks both are clean and byte-identical; returns one.
inline std::string merged_both_ways(const std::string& base,
                                    const std::string& ours,
                                    const std::string& theirs)
{
  auto forward = history::merge_drafts(base, ours, theirs);
  auto backward = history::merge_drafts(base, theirs, ours);
  REQUIRE(forward);
  REQUIRE(backward);
  CHECK(forward->conflicts == std::vector<std::string>{});
  CHECK(backward->conflicts == std::vector<std::string>{});
  CHECK(forward->text == backward->text);
  return forward->text;
}

// Every event of `part` is in `whole` (by hash) exactly once.
inline void check_holds_all(const std::string& whole, const std::vector<std::string>& part)
{
  auto hashes = hashes_of(whole);
  for (const auto& hash : part) {
    INFO("event ", hash);
    CHECK(std::count(hashes.begin(), hashes.end(), hash) == 1);
  }
}

// The merged draft loads, its chain is intact and the seed procedure
// replays it.
inline void check_valid(const std::string& text)
{
  auto events = events_of(text);
  std::string chain;
  for (const auto& problem : history::check_chain(events)) {
    chain += problem.message + "\n";
  }
  CHECK(chain == "");
  model::Diagnostics diagnostics("merged");
  CHECK(workflow::replay(seed(), events, diagnostics));
  CHECK(model::format_all(diagnostics.list()) == "");
}

} // namespace sopctl::test
