// The merge of two versions of a draft, its events (issue 5, section 2):
// the union of both sides, the same bytes whichever side merges; only two
// outcomes for one step conflict, and no event is ever dropped.
#include "merge_fixtures.hpp"

using namespace sopctl::test;
using sopctl::history::merge_drafts;

TEST_SUITE("history::merge")
{
  TEST_CASE("notes added on both sides are both kept, in time order")
  {
    auto base = base_draft();
    auto ours = appended(base, note_event(6, "Sari", 7, "ours"));
    auto theirs = appended(base, note_event(6, "Joko", 6, "theirs"));
    auto merged = merged_both_ways(base, ours, theirs);
    auto events = events_of(merged);
    REQUIRE(events.size() == 8);
    CHECK(events[6].note == "theirs"); // hour 6 before hour 7
    CHECK(events[7].note == "ours");
    check_holds_all(merged, hashes_of(ours));
    check_holds_all(merged, hashes_of(theirs));
    check_valid(merged);
  }

  TEST_CASE("one side advancing while the other adds a note merges cleanly")
  {
    auto base = base_draft();
    auto ours = appended(appended(base, completed_6()), note_event(7, "Budi", 8, "lanjut"));
    auto theirs = appended(base, note_event(6, "Joko", 7, "sudah dibaca"));
    auto merged = merged_both_ways(base, ours, theirs);
    CHECK(events_of(merged).size() == 9);
    check_holds_all(merged, hashes_of(ours));
    check_holds_all(merged, hashes_of(theirs));
    check_valid(merged);
  }

  TEST_CASE("a note made before the other side's advance is placed before it")
  {
    auto base = base_draft();
    auto ours = appended(base, note_event(6, "Joko", 5, "sebelum"));
    auto theirs = appended(base, completed_6());
    auto merged = merged_both_ways(base, ours, theirs);
    auto events = events_of(merged);
    REQUIRE(events.size() == 8);
    CHECK(events[6].note == "sebelum");
    CHECK(events[7].kind == sopctl::model::EventKind::completed);
    check_valid(merged);
  }

  TEST_CASE("the same event added on both sides is kept once")
  {
    auto base = base_draft();
    auto both = appended(base, completed_6());
    auto ours = appended(both, note_event(7, "Sari", 8, "ours"));
    auto merged = merged_both_ways(base, ours, both);
    CHECK(events_of(merged).size() == 8);
    check_holds_all(merged, hashes_of(ours));
    check_valid(merged);
  }

  TEST_CASE("identical versions on both sides merge to that version")
  {
    auto base = base_draft();
    auto both = appended(base, completed_6());
    CHECK(merged_both_ways(base, both, both) == both);
  }

  TEST_CASE("a side left as the ancestor had it gives the other side's bytes")
  {
    auto base = base_draft();
    auto ours = appended(base, note_event(6, "Sari", 7, "ours"));
    CHECK(merged_both_ways(base, ours, base) == ours);
  }

  TEST_CASE("events one side added at the same minute keep their order")
  {
    // Ordering additions by time and then by hash could put the second of
    // two same-minute events before the one it follows, which verify then
    // reports as reordered. The second is chosen to sort first by hash.
    auto base = base_draft();
    auto ours = appended(base, note_event(6, "Sari", 7, "pertama"));
    std::string ours_two;
    for (int i = 0;; ++i) {
      ours_two = appended(ours, note_event(6, "Sari", 7, "kedua " + std::to_string(i)));
      auto events = events_of(ours_two);
      if (events[7].hash < events[6].hash) {
        break;
      }
    }
    auto theirs = appended(base, note_event(6, "Joko", 6, "theirs"));
    auto merged = merged_both_ways(base, ours_two, theirs);
    auto events = events_of(merged);
    REQUIRE(events.size() == 9);
    CHECK(events[7].note == "pertama");
    check_valid(merged);
  }

  TEST_CASE("a rebase replaying a later commit keeps the events in time order")
  {
    // As `git pull --rebase` merges a clone's second commit: the base is
    // the clone's first commit (step 6 done), ours is the server's note
    // made before it plus that commit replayed, theirs adds step 7.
    auto before = base_draft();
    auto c6 = make_event(sopctl::model::EventKind::completed, 6, "kabid", "Rina", 7);
    sopctl::history::seal(c6, events_of(before));
    auto base = sopctl::yaml::append_event(before, load(before), c6);
    auto with_note = appended(before, note_event(6, "Joko", 6, "dibaca dulu"));
    auto ours = sopctl::yaml::append_event(with_note, load(with_note), c6);
    auto theirs =
      appended(base, make_event(sopctl::model::EventKind::completed, 7, "sekretaris", "Budi", 8));
    auto merged = merged_both_ways(base, ours, theirs);
    auto events = events_of(merged);
    REQUIRE(events.size() == 9);
    CHECK(events[6].note == "dibaca dulu");
    CHECK(events[7].step == 6);
    CHECK(events[8].step == 7);
    check_valid(merged);
  }

  TEST_CASE("an event one side removed is kept, or the merge is a conflict with markers")
  {
    // theirs lost step 5's completion (by hand, or resolving a conflict)
    // while ours added a note after it.
    auto base = base_draft();
    auto ours = appended(base, note_event(6, "Sari", 7, "ours"));
    auto cut = load(base);
    cut.drafting->events.pop_back();
    auto theirs = sopctl::yaml::write_sop(cut);
    auto merged = merge_drafts(base, ours, theirs);
    REQUIRE(merged);
    if (merged->clean()) {
      check_holds_all(merged->text, hashes_of(ours));
    } else {
      // Not clean: markers show it, so that check can explain it.
      CHECK(occurrences(merged->text, "\n<<<<<<< ours\n# sopctl: ") == 1);
    }
  }

  TEST_CASE("Ya on one side and Tidak on the other at one step is a conflict with markers")
  {
    auto base = base_draft();
    auto ours = appended(base, completed_6());
    auto theirs = appended(base, rejected_6());
    auto merged = merge_drafts(base, ours, theirs);
    REQUIRE(merged);
    CHECK_FALSE(merged->clean());
    REQUIRE(merged->conflicts.size() == 1);
    CHECK(merged->conflicts[0] ==
          "two outcomes recorded for the draft: ours step 6 completed by Rina at "
          "2026-11-24T15:00:00+07:00, theirs step 6 Tidak (rejected) by Rina at "
          "2026-11-24T15:00:00+07:00");
    const auto& text = merged->text;
    CHECK(occurrences(text, "<<<<<<< ours\n# sopctl: " + merged->conflicts[0] + "\n") == 1);
    CHECK(occurrences(text, "<<<<<<<") == 1);
    CHECK(occurrences(text, "\n=======\n") == 1);
    CHECK(occurrences(text, "\n>>>>>>> theirs\n") == 1);
    // Ours above =======, theirs below; every event of both sides is there.
    auto middle = text.find("\n=======\n");
    CHECK(text.find(hashes_of(ours).back()) < middle);
    CHECK(text.find(hashes_of(theirs).back()) > middle);
    for (const auto& hash : hashes_of(base)) {
      CHECK(text.find(hash) != std::string::npos);
    }
    CHECK(occurrences(text, "dasar hukum kurang") == 1);
    // The content merged cleanly: the markers sit in the drafting record.
    CHECK(text.find("<<<<<<<") > text.find("\ndrafting:"));
  }

  TEST_CASE("Ya against Tidak stays a conflict when the procedure is given")
  {
    auto base = base_draft();
    auto procedure = seed();
    auto merged =
      merge_drafts(base, appended(base, completed_6()), appended(base, rejected_6()), &procedure);
    REQUIRE(merged);
    CHECK(merged->conflicts.size() == 1);
    CHECK(occurrences(merged->text, "<<<<<<< ours\n# sopctl: two outcomes recorded") == 1);
  }

  TEST_CASE("the conflict is told from each side's point of view")
  {
    auto base = base_draft();
    auto merged = merge_drafts(base, appended(base, rejected_6()), appended(base, completed_6()));
    REQUIRE(merged);
    CHECK(merged->conflicts ==
          std::vector<std::string>{
            "two outcomes recorded for the draft: ours step 6 Tidak (rejected) by Rina at "
            "2026-11-24T15:00:00+07:00, theirs step 6 completed by Rina at "
            "2026-11-24T15:00:00+07:00"});
  }

  TEST_CASE("notes added beside a conflict are kept whichever side is chosen")
  {
    auto base = base_draft();
    auto ours = appended(appended(base, note_event(6, "Sari", 5, "catatan kami")), completed_6());
    auto theirs =
      appended(appended(base, note_event(6, "Joko", 5, "catatan mereka")), rejected_6());
    auto merged = merge_drafts(base, ours, theirs);
    REQUIRE(merged);
    CHECK_FALSE(merged->clean());
    // A note is no outcome: either resolution holds both notes, its own
    // outcome and every base event, and is a valid draft.
    auto as_ours = keep_side(merged->text, true);
    auto as_theirs = keep_side(merged->text, false);
    check_holds_all(as_ours, hashes_of(ours));
    check_holds_all(as_ours, {hashes_of(theirs).at(6)});
    check_holds_all(as_theirs, hashes_of(theirs));
    check_holds_all(as_theirs, {hashes_of(ours).at(6)});
    check_valid(as_ours);
    check_valid(as_theirs);
  }
}

TEST_SUITE("history::merge_drafts never drops an event")
{
  // Issue 10, section 2: when one side deleted the drafting: block, the
  // driver used to exit 0, in both directions, with every event gone.
  TEST_CASE("a side that removed the drafting record is a conflict, in both directions")
  {
    auto base = base_draft();
    auto ours = appended(base, completed_6());
    auto theirs = base.substr(0, base.find("drafting:"));
    for (bool swapped : {false, true}) {
      CAPTURE(swapped);
      auto merged = swapped ? sopctl::history::merge_drafts(base, theirs, ours)
                            : sopctl::history::merge_drafts(base, ours, theirs);
      REQUIRE(merged);
      REQUIRE(merged->conflicts.size() == 1);
      CHECK(merged->conflicts[0] ==
            std::string(swapped ? "ours" : "theirs") +
              " removed the draft's drafting record, and with it every event; events are never "
              "removed: keep the record from the side that has it");
      CHECK(occurrences(merged->text, "<<<<<<<") == 1);
      // Every event of the side that kept them is still in the file.
      for (const auto& hash : hashes_of(ours)) {
        CHECK(merged->text.find(hash) != std::string::npos);
      }
    }
  }

  // Issue 10, section 2: a side of binary garbage was taken wholesale by the
  // line merge the driver fell back to.
  TEST_CASE("a side that does not load is a conflict keeping both sides, in both directions")
  {
    auto base = base_draft();
    auto ours = appended(base, completed_6());
    std::string garbage("\x7f"
                        "ELF\x02\x01\x01\0\0\0binary",
                        16);
    for (bool swapped : {false, true}) {
      CAPTURE(swapped);
      auto merged = swapped ? sopctl::history::merge_drafts(base, garbage, ours)
                            : sopctl::history::merge_drafts(base, ours, garbage);
      REQUIRE(merged);
      REQUIRE(merged->conflicts.size() == 1);
      CHECK(merged->conflicts[0] ==
            std::string(swapped ? "ours" : "theirs") +
              " does not load as an SOP file (run sopctl check on it); both versions are kept: "
              "resolve by hand");
      CHECK(occurrences(merged->text, "<<<<<<<") == 1);
      for (const auto& hash : hashes_of(ours)) {
        CHECK(merged->text.find(hash) != std::string::npos);
      }
    }
  }

  TEST_CASE("only when no version loads does the caller merge lines")
  {
    CHECK_FALSE(sopctl::history::merge_drafts("a: [", "b: [", "c: ["));
  }

  TEST_CASE("a clean merge out of time order is a conflict")
  {
    auto base = base_draft();
    // Ours was edited by hand: its note of hour 9 comes before one of hour 8.
    auto ours = appended(appended(base, note_event(6, "Sari", 9, "later")),
                         note_event(6, "Sari", 8, "earlier"));
    auto theirs = appended(base, note_event(6, "Joko", 7, "theirs"));
    for (bool swapped : {false, true}) {
      CAPTURE(swapped);
      auto merged = swapped ? sopctl::history::merge_drafts(base, theirs, ours)
                            : sopctl::history::merge_drafts(base, ours, theirs);
      REQUIRE(merged);
      REQUIRE(merged->conflicts.size() == 1);
      CHECK(merged->conflicts[0].starts_with("the merged events would be out of time order ("));
      for (const auto& hash : hashes_of(ours)) {
        CHECK(merged->text.find(hash) != std::string::npos);
      }
    }
  }

  // Found by fuzz_merge, then by review: one side wrote an event without
  // its hash line. Both directions must give the same bytes, and the hash
  // must not be the part that goes.
  TEST_CASE("an event written with its hash on one side and without on the other keeps its hash")
  {
    auto base = base_draft();
    auto first_hash = hashes_of(base).front();
    auto line = "      hash: " + first_hash + "\n";
    auto quoted = "      hash: \"" + first_hash + "\"\n";
    auto without =
      base.find(line) != std::string::npos ? replaced(base, line, "") : replaced(base, quoted, "");
    REQUIRE(without != base);
    auto theirs = appended(base, note_event(6, "Joko", 7, "theirs"));
    auto one = sopctl::history::merge_drafts(base, without, theirs);
    auto other = sopctl::history::merge_drafts(base, theirs, without);
    REQUIRE(one);
    REQUIRE(other);
    REQUIRE(one->clean());
    CHECK(one->text == other->text);
    bool kept = one->text.find("hash: " + first_hash) != std::string::npos ||
                one->text.find("hash: \"" + first_hash + "\"") != std::string::npos;
    CHECK(kept);
  }
}
