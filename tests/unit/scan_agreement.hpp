#pragma once

// Compares the fast draft scan with the full loader, for the draft_scan
// tests.

#include "fixtures.hpp"

#include <doctest/doctest.h>
#include <optional>
#include <string>
#include <yaml/draft_scan.hpp>

namespace sopctl::test {

// Checks that the scan of `text` is what the full loader reads, field by
// field, or that the scan declined; a file the loader refuses must never be
// scanned. Returns whether the scan read it.
inline bool check_agrees(const std::string& text)
{
  INFO("draft:\n", text);
  auto digest = yaml::scan_draft(text);
  std::optional<sopctl::model::Sop> sop;
  std::string error;
  try {
    sop = sopctl::yaml::load_sop(text, "input");
  } catch (const sopctl::model::Error& e) {
    error = e.what();
  }
  if (!sop || !sop->drafting) {
    INFO("loader: ", error);
    CHECK_FALSE(digest);
    return false;
  }
  if (!digest) {
    return false;
  }
  CHECK(digest->title == sop->name);
  CHECK(digest->procedure == sop->drafting->procedure);
  const auto& events = sop->drafting->events;
  REQUIRE(digest->events.size() == events.size());
  for (size_t i = 0; i < events.size(); ++i) {
    const auto& a = digest->events[i];
    const auto& b = events[i];
    CAPTURE(i);
    CHECK(a.kind == b.kind);
    CHECK(a.step == b.step);
    CHECK(a.role == b.role);
    CHECK(a.by == b.by);
    CHECK(a.at.utc_seconds == b.at.utc_seconds);
    CHECK(a.at.offset_minutes == b.at.offset_minutes);
    CHECK(a.note == b.note);
    CHECK(a.prev == b.prev);
    CHECK(a.hash == b.hash);
    CHECK(a.where.line == b.where.line);
    CHECK(a.where.column == b.where.column);
  }
  return true;
}

} // namespace sopctl::test
