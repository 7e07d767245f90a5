#include "fixtures.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <store/draft_file.hpp>
#include <yaml/draft_text.hpp>
#include <yaml/sop_writer.hpp>

using sopctl::model::Event;
using sopctl::model::EventKind;
using sopctl::model::Sop;
using sopctl::test::load;
using sopctl::yaml::append_event;
using sopctl::yaml::split_draft_text;
using sopctl::yaml::write_content;

namespace {

// A hand-edited draft: comments, an unusual but valid layout, events last.
constexpr const char* hand_draft = R"(# Konsep SOP Pelayanan Akta Kelahiran.
# Ditulis oleh Kasi Kerjasama dan Inovasi.
name: Pelayanan Akta Kelahiran
performers:
  - key: staf    # loket
    name: Staf Pelayanan
steps:
  - step: 1
    activity: Menerima berkas
    performer: staf
    time: 10 menit   # dari Perwal

# The drafting record: written by sopctl, events are only appended.
drafting:
  procedure: 07/SOP-Disdukcapil/SES/2020
  events:
    - event: started
      by: Budi
      at: "2026-11-24T09:00:00+07:00"
)";

// The same draft with the drafting record before the steps.
constexpr const char* record_first = R"(# Konsep.
name: Pelayanan Akta Kelahiran
drafting:
  procedure: 07/SOP-Disdukcapil/SES/2020
  events:
    - event: started
      by: Budi
      at: "2026-11-24T09:00:00+07:00"
performers:
  - key: staf
    name: Staf Pelayanan
steps:
  - step: 1
    activity: Menerima berkas
    performer: staf
)";

Event completed_step_1()
{
  Event event;
  event.kind = EventKind::completed;
  event.step = 1;
  event.role = "sekretaris";
  event.by = "Sari";
  event.at = {1795489200, 420}; // 2026-11-24T10:00:00+07:00
  event.note = "Disposisi: segera";
  return event;
}

// Checks that `text` reads as `before` plus `event` at the end.
void check_reads_as_appended(const std::string& text, const Sop& before, const Event& event)
{
  auto after = load(text);
  CHECK(write_content(after) == write_content(before));
  REQUIRE(after.drafting);
  CHECK(after.drafting->procedure == before.drafting->procedure);
  const auto& events = after.drafting->events;
  REQUIRE(events.size() == before.drafting->events.size() + 1);
  const auto& last = events.back();
  CHECK(last.kind == event.kind);
  CHECK(last.step == event.step);
  CHECK(last.role == event.role);
  CHECK(last.by == event.by);
  CHECK(last.at == event.at);
  CHECK(last.at.offset_minutes == event.at.offset_minutes);
  CHECK(last.note == event.note);
}

} // namespace

TEST_SUITE("store::draft_file")
{
  TEST_CASE("an appended event only adds lines at the end")
  {
    auto sop = load(hand_draft);
    auto text = append_event(hand_draft, sop, completed_step_1());
    REQUIRE(text.starts_with(hand_draft));
    CHECK(text.substr(std::string_view(hand_draft).size()) ==
          "    - event: completed\n"
          "      step: 1\n"
          "      role: sekretaris\n"
          "      by: Sari\n"
          "      at: \"2026-11-24T10:00:00+07:00\"\n"
          "      note: \"Disposisi: segera\"\n");
    check_reads_as_appended(text, sop, completed_step_1());
  }

  TEST_CASE("appending twice keeps each earlier text as a prefix")
  {
    auto sop = load(hand_draft);
    auto once = append_event(hand_draft, sop, completed_step_1());
    auto second = completed_step_1();
    second.step = 2;
    second.role = "staf";
    second.note = "";
    auto twice = append_event(once, load(once), second);
    CHECK(twice.starts_with(once));
    check_reads_as_appended(twice, load(once), second);
  }

  TEST_CASE("an appended event copies the indentation of the last one")
  {
    std::string text = "name: X\ndrafting:\n  procedure: P\n  events:\n"
                       "  - event: started\n    by: Budi\n"
                       "    at: 2026-11-24T09:00:00+07:00\n";
    auto sop = load(text);
    auto appended = append_event(text, sop, completed_step_1());
    REQUIRE(appended.starts_with(text));
    CHECK(appended.substr(text.size())
            .starts_with("  - event: completed\n"
                         "    step: 1\n"));
    check_reads_as_appended(appended, sop, completed_step_1());
  }

  TEST_CASE("a file without a final newline gets one before the event")
  {
    std::string text = hand_draft;
    text.pop_back();
    auto sop = load(text);
    auto appended = append_event(text, sop, completed_step_1());
    CHECK(appended.starts_with(text + "\n    - event: completed\n"));
    check_reads_as_appended(appended, sop, completed_step_1());
  }

  TEST_CASE("when the events are not last the draft is rewritten canonically")
  {
    auto sop = load(record_first);
    auto text = append_event(record_first, sop, completed_step_1());
    CHECK_FALSE(text.starts_with(record_first));
    check_reads_as_appended(text, sop, completed_step_1());
    auto canonical = sop;
    canonical.drafting->events.push_back(completed_step_1());
    CHECK(text == sopctl::yaml::write_sop(canonical));
  }

  TEST_CASE("when the record is followed by other keys the rewrite is canonical")
  {
    std::string text = std::string(hand_draft) + "warning: Hati-hati\n";
    auto sop = load(text);
    auto appended = append_event(text, sop, completed_step_1());
    CHECK_FALSE(appended.starts_with(text));
    check_reads_as_appended(appended, sop, completed_step_1());
    CHECK(load(appended).warning == "Hati-hati");
  }

  TEST_CASE("the draft text splits at the drafting record and its comment")
  {
    auto sop = load(hand_draft);
    auto split = split_draft_text(hand_draft, sop);
    CHECK(split.content + split.record == hand_draft);
    CHECK(split.record.starts_with("# The drafting record: written by sopctl, "
                                   "events are only appended.\ndrafting:\n"));
    CHECK(split.content.ends_with("    time: 10 menit   # dari Perwal\n\n"));
    CHECK(split.content.starts_with("# Konsep SOP Pelayanan Akta Kelahiran.\n"));
  }

  TEST_CASE("a split without a comment above the record cuts at drafting:")
  {
    std::string text = "name: X\nsteps: []\ndrafting:\n  procedure: P\n"
                       "  events:\n    - event: started\n      by: B\n"
                       "      at: 2026-11-24T09:00:00+07:00\n";
    auto split = split_draft_text(text, load(text));
    CHECK(split.content == "name: X\nsteps: []\n");
    CHECK(split.record == text.substr(split.content.size()));
  }

  TEST_CASE("a record that is not last is split in the canonical layout")
  {
    auto sop = load(record_first);
    auto split = split_draft_text(record_first, sop);
    auto content_only = sop;
    content_only.drafting.reset();
    CHECK(split.content == write_content(content_only));
    CHECK(split.record == sopctl::yaml::write_drafting(*sop.drafting));
    CHECK(load(split.content + split.record).drafting->events.size() == 1);
  }
}

TEST_SUITE("yaml::append_event line ends")
{
  TEST_CASE("a draft saved with CR LF gets its new event with CR LF too")
  {
    // Issue 10, section 6: advance on a CRLF file appended LF lines.
    std::string crlf;
    for (char c : std::string_view(hand_draft)) {
      crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    }
    auto appended = append_event(crlf, load(crlf), completed_step_1());
    REQUIRE(appended.starts_with(crlf));
    auto added = appended.substr(crlf.size());
    CHECK(added.find("event: completed") != std::string::npos);
    CHECK(std::count(added.begin(), added.end(), '\n') ==
          std::count(added.begin(), added.end(), '\r'));
  }
}
