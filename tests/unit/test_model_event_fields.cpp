// The event schema defined once (issue 8, point 2): the reader, writer,
// digest cache and hash of an event goes through model/event_fields.hpp.
// These tests change one field at a time and fail when any of those paths
// drops it, so adding a field is one change plus what these tests demand.
#include "fixtures.hpp"

#include <doctest/doctest.h>
#include <history/event_hash.hpp>
#include <model/event_fields.hpp>
#include <store/digest_cache.hpp>
#include <type_traits>
#include <unistd.h>
#include <model/draft_digest.hpp>
#include <yaml/sop_writer.hpp>

using namespace sopctl;

namespace {

// A completed step 1: the base every variant changes one field of.
model::Event base_event()
{
  model::Event event;
  event.kind = model::EventKind::completed;
  event.step = 1;
  event.role = "sekretaris";
  event.by = "Ani";
  event.at = *model::parse_timestamp("2026-11-24T09:00:00+07:00", std::nullopt);
  return event;
}

// `base_event` with field number `index` (of event_field_names) set to a
// value it does not hold.
model::Event with_field_changed(size_t index)
{
  auto event = base_event();
  size_t position = 0;
  model::visit_event_fields(event, [&](std::string_view key, auto& field) {
    using Field = std::decay_t<decltype(field)>;
    if (position++ != index) {
      return;
    }
    if constexpr (std::is_same_v<Field, model::EventKind>) {
      field = model::EventKind::noted;
      event.note = "catatan"; // a note needs its text
    } else if constexpr (std::is_same_v<Field, int>) {
      field = 3;
    } else if constexpr (std::is_same_v<Field, model::Timestamp>) {
      field = *model::parse_timestamp("2026-11-25T10:30:00+08:00", std::nullopt);
    } else if constexpr (std::is_same_v<Field, std::string>) {
      // `exit` holds one word; every other text field any text.
      field = key == "exit" ? std::string("tidak") : "nilai-" + std::string(key);
      if (key == "voids") {
        // Only a void names the act it cancels, with its reason.
        event.kind = model::EventKind::voided;
        event.note = "keliru";
      }
      // The lifecycle fields are written only on their events, which are at
      // no step: a monitoring (result, action), a revocation (ref), the start
      // of a revision (revises).
      if (key == "result" || key == "action") {
        event.kind = model::EventKind::monitored;
        event.result = "baik";
      } else if (key == "ref") {
        event.kind = model::EventKind::revoked;
      } else if (key == "revises") {
        event.kind = model::EventKind::started;
        event.role.clear();
      }
      if (key == "result" || key == "action" || key == "ref" || key == "revises") {
        event.step = 0;
        event.note = "catatan";
        if (event.kind != model::EventKind::started) {
          event.role = "sekretaris";
        }
      }
    } else {
      field = {{"meeting.date", "2026-11-26"}, {"number.sop", "001/SOP/2026"}};
    }
  });
  return event;
}

// A draft of the seed holding a started event and `event`.
model::Sop draft_with(const model::Event& event)
{
  auto sop = test::seed();
  model::DraftingRecord record;
  record.procedure = sop.number;
  model::Event started;
  started.by = "Ani";
  started.at = *model::parse_timestamp("2026-11-24T08:00:00+07:00", std::nullopt);
  record.events = {started, event};
  sop.drafting = record;
  return sop;
}

} // namespace

TEST_SUITE("model::event_fields")
{
  TEST_CASE("every member of model::Event but where is in the field list")
  {
    // event_fields.cpp refuses to compile otherwise; this names the count.
    CHECK(model::event_field_names.size() == 16);
    CHECK(model::event_field_index("result") == 7);
    CHECK(model::event_field_index("voids") == 13);
    CHECK(model::event_field_index("prev") == 14);
    CHECK_FALSE(model::event_field_index("where"));
  }

  TEST_CASE("each field survives the writer and the full reader")
  {
    for (size_t i = 0; i < model::event_field_names.size(); ++i) {
      CAPTURE(model::event_field_names[i]);
      auto event = with_field_changed(i);
      auto text = yaml::write_sop(draft_with(event));
      auto read = test::load(text);
      REQUIRE(read.drafting);
      REQUIRE(read.drafting->events.size() == 2);
      CHECK(model::same_event(read.drafting->events[1], event));
    }
  }

  TEST_CASE("each field survives the digest cache on disk")
  {
    std::string pattern = (std::filesystem::temp_directory_path() / "fields-XXXXXX").string();
    std::filesystem::path dir = ::mkdtemp(pattern.data());
    auto file = dir / "cache";
    store::FileKey key{1, 2, 3};
    for (size_t i = 0; i < model::event_field_names.size(); ++i) {
      CAPTURE(model::event_field_names[i]);
      auto event = with_field_changed(i);
      model::DraftDigest digest;
      digest.title = "Akta";
      digest.procedure = "07";
      digest.events = {event};
      {
        store::DigestCache cache(file);
        cache.remember("a", key, digest);
        cache.save();
      }
      store::DigestCache reloaded(file);
      auto found = reloaded.find("a", key);
      REQUIRE(found);
      REQUIRE(*found);
      REQUIRE((*found)->events.size() == 1);
      CHECK(model::same_event((*found)->events[0], event));
      std::filesystem::remove(file);
    }
    std::filesystem::remove_all(dir);
  }

  TEST_CASE("each field but the hash itself changes the event's hash")
  {
    auto base = history::event_hash(base_event());
    for (size_t i = 0; i < model::event_field_names.size(); ++i) {
      CAPTURE(model::event_field_names[i]);
      auto changed = history::event_hash(with_field_changed(i));
      if (model::event_field_names[i] == "hash") {
        CHECK(changed == base);
      } else {
        CHECK(changed != base);
      }
    }
  }

  TEST_CASE("events differing in any one field are not the same event")
  {
    for (size_t i = 0; i < model::event_field_names.size(); ++i) {
      CAPTURE(model::event_field_names[i]);
      CHECK_FALSE(model::same_event(with_field_changed(i), base_event()));
    }
    auto moved = base_event();
    moved.where = {40, 7};
    CHECK(model::same_event(moved, base_event())); // where it was read is not stored
    auto other_zone = base_event();
    other_zone.at.offset_minutes = 8 * 60; // same instant, other text
    CHECK_FALSE(model::same_event(other_zone, base_event()));
  }

  TEST_CASE("format 1 hashes are unchanged by the schema")
  {
    // Pinned before the hash was driven by the field list: stored hashes of
    // every existing file depend on these bytes.
    auto event = base_event();
    event.note = "catatan";
    event.prev = "0123456789abcdef";
    // sha256("sopctl-event-1" US completed US 1 US sekretaris US Ani US
    // 2026-11-24T09:00:00+07:00 US catatan US 0123456789abcdef), computed
    // apart from sopctl (Python's hashlib), first 16 hex digits.
    CHECK(history::event_hash(event) == "75a7dc1649343fec");
    event.set = {{"meeting.date", "2026-11-26"}}; // then US meeting.date=2026-11-26
    CHECK(history::event_hash(event) == "0b5375f3c9de6b91");
  }

  TEST_CASE("recorded is hashed only when present, after the fields of format 1")
  {
    auto event = base_event();
    event.note = "catatan";
    event.prev = "0123456789abcdef";
    event.recorded = *model::parse_timestamp("2026-11-29T05:00:00+07:00", std::nullopt);
    // The format 1 text above, then US @recorded=2026-11-29T05:00:00+07:00
    // (computed apart from sopctl, Python's hashlib).
    CHECK(history::event_hash(event) == "9b6f2dc2443aeff4");
    event.recorded = {};
    CHECK(history::event_hash(event) == "75a7dc1649343fec");
  }
}
