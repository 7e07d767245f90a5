// The merge of two versions of a draft, its content (issue 5, section 2):
// key by key, a key changed on one side takes that side; changed two ways
// it is a conflict marked around just that key. Also the odd inputs: a
// version that does not load, and a file added on both sides.
#include "merge_fixtures.hpp"

using namespace sopctl::test;
using sopctl::history::merge_drafts;

namespace {

const std::string seed_name = "name: Penyusunan Standar Operasional Prosedur (SOP) Pelayanan\n";
const std::string step_3_time = "    time: 2 jam\n    output: Konsep SOP Pelayanan\n";

} // namespace

TEST_SUITE("history::merge")
{
  TEST_CASE("a name changed on one side and a step on the other are both kept")
  {
    auto base = base_draft();
    auto ours = replaced(base, seed_name, "name: Penyusunan SOP Pelayanan Publik\n");
    auto theirs =
      replaced(base, step_3_time, "    time: 3 jam\n    output: Konsep SOP Pelayanan\n");
    auto merged = load(merged_both_ways(base, ours, theirs));
    CHECK(merged.name == "Penyusunan SOP Pelayanan Publik");
    CHECK(merged.find_step(3)->time == "3 jam");
    CHECK(merged.drafting->events.size() == 6);
  }

  TEST_CASE("a content change on one side and an event on the other are both kept")
  {
    auto base = base_draft();
    auto ours = replaced(base, seed_name, "name: Penyusunan SOP Pelayanan Publik\n");
    auto theirs = appended(base, completed_6());
    auto merged = merged_both_ways(base, ours, theirs);
    CHECK(load(merged).name == "Penyusunan SOP Pelayanan Publik");
    check_holds_all(merged, hashes_of(theirs));
    check_valid(merged);
  }

  TEST_CASE("a comment one side wrote in the content survives the other side's event")
  {
    auto base = base_draft();
    auto ours = replaced(base, seed_name, seed_name + "# judul sementara\n");
    auto theirs = appended(base, completed_6());
    auto merged = merged_both_ways(base, ours, theirs);
    CHECK(occurrences(merged, "# judul sementara\n") == 1);
    check_holds_all(merged, hashes_of(theirs));
  }

  TEST_CASE("values written under data on one side are kept beside the other side's event")
  {
    auto base = base_draft();
    auto ours =
      replaced(base, "\ndrafting:\n", "\ndata:\n  meeting.date: \"2026-12-01\"\ndrafting:\n");
    REQUIRE(load(ours).drafting);
    auto theirs = appended(base, completed_6());
    auto merged = merged_both_ways(base, ours, theirs);
    CHECK(occurrences(merged, "meeting.date: \"2026-12-01\"") == 1);
    check_holds_all(merged, hashes_of(theirs));
  }

  TEST_CASE("the same change made on both sides is no conflict")
  {
    auto base = base_draft();
    auto both = replaced(base, seed_name, "name: Penyusunan SOP Pelayanan Publik\n");
    auto ours = appended(both, note_event(6, "Sari", 7, "ours"));
    auto merged = merged_both_ways(base, ours, both);
    CHECK(load(merged).name == "Penyusunan SOP Pelayanan Publik");
  }

  TEST_CASE("the same field changed two ways is a conflict marked around just that field")
  {
    auto base = base_draft();
    auto ours = replaced(base, seed_name, "name: SOP Pelayanan A\n");
    auto theirs = replaced(base, seed_name, "name: SOP Pelayanan B\n");
    auto merged = merge_drafts(base, ours, theirs);
    REQUIRE(merged);
    CHECK(merged->conflicts == std::vector<std::string>{"name was changed two ways"});
    CHECK(occurrences(merged->text, "<<<<<<<") == 1);
    CHECK(occurrences(merged->text,
                      "<<<<<<< ours\n"
                      "# sopctl: name was changed two ways\n"
                      "name: SOP Pelayanan A\n"
                      "=======\n"
                      "name: SOP Pelayanan B\n"
                      ">>>>>>> theirs\n") == 1);
    // Resolved either way, it is the side's draft with nothing lost.
    CHECK(load(keep_side(merged->text, true)).name == "SOP Pelayanan A");
    CHECK(load(keep_side(merged->text, false)).name == "SOP Pelayanan B");
    CHECK(hashes_of(keep_side(merged->text, true)) == hashes_of(base));
  }

  TEST_CASE("a step changed two ways is a conflict named by its number")
  {
    auto base = base_draft();
    auto ours = replaced(base, step_3_time, "    time: 3 jam\n    output: Konsep SOP Pelayanan\n");
    auto theirs =
      replaced(base, step_3_time, "    time: 4 jam\n    output: Konsep SOP Pelayanan\n");
    auto merged = merge_drafts(base, ours, theirs);
    REQUIRE(merged);
    CHECK(merged->conflicts == std::vector<std::string>{"step 3 was changed two ways"});
    CHECK(occurrences(merged->text,
                      "<<<<<<< ours\n"
                      "# sopctl: step 3 was changed two ways\n"
                      "    time: 3 jam\n"
                      "=======\n"
                      "    time: 4 jam\n"
                      ">>>>>>> theirs\n") == 1);
  }

  TEST_CASE("a content conflict leaves the events merged cleanly beside it")
  {
    auto base = base_draft();
    auto ours = appended(replaced(base, seed_name, "name: SOP Pelayanan A\n"),
                         note_event(6, "Sari", 7, "catatan kami"));
    auto theirs = appended(replaced(base, seed_name, "name: SOP Pelayanan B\n"), completed_6());
    auto merged = merge_drafts(base, ours, theirs);
    REQUIRE(merged);
    CHECK(merged->conflicts == std::vector<std::string>{"name was changed two ways"});
    CHECK(occurrences(merged->text, "<<<<<<<") == 1);
    CHECK(merged->text.find(">>>>>>>") < merged->text.find("\ndrafting:"));
    auto resolved = keep_side(merged->text, false);
    check_holds_all(resolved, hashes_of(ours));
    check_holds_all(resolved, hashes_of(theirs));
    check_valid(resolved);
  }

  // Issue 10, section 2: a side that does not load used to leave the merge
  // to git's line merge, which could take that side whole and drop every
  // event of the other.
  TEST_CASE("a side that is not YAML is a conflict keeping both sides")
  {
    auto base = base_draft();
    auto merged = merge_drafts(base, base, "name: [unclosed\n");
    REQUIRE(merged);
    CHECK(merged->conflicts ==
          std::vector<std::string>{"theirs does not load as an SOP file (run sopctl check on "
                                   "it); both versions are kept: resolve by hand"});
    check_holds_all(keep_side(merged->text, true), hashes_of(base));
  }

  TEST_CASE("an ancestor that does not load counts as absent")
  {
    auto base = base_draft();
    auto merged = merge_drafts("steps: {\n", base, base);
    REQUIRE(merged);
    CHECK(merged->clean());
    CHECK(merged->text == base);
  }

  TEST_CASE("a side that is YAML but no SOP is a conflict")
  {
    auto base = base_draft();
    auto merged = merge_drafts(base, "catatan: bukan SOP\n", base);
    REQUIRE(merged);
    CHECK(merged->conflicts ==
          std::vector<std::string>{"ours does not load as an SOP file (run sopctl check on "
                                   "it); both versions are kept: resolve by hand"});
    check_holds_all(keep_side(merged->text, false), hashes_of(base));
  }

  TEST_CASE("a draft added on both sides the same way merges to it")
  {
    auto draft = appended(base_draft(), completed_6());
    CHECK(merged_both_ways("", draft, draft) == draft);
  }

  TEST_CASE("a draft added on both sides with different events keeps both sides' events")
  {
    auto draft = base_draft();
    auto ours = appended(draft, completed_6());
    auto theirs = appended(draft, note_event(6, "Joko", 7, "theirs"));
    auto merged = merged_both_ways("", ours, theirs);
    check_holds_all(merged, hashes_of(ours));
    check_holds_all(merged, hashes_of(theirs));
    check_valid(merged);
  }

  TEST_CASE("two different drafts added at one path are a conflict, not one draft started twice")
  {
    // Two clones ran `sopctl start` with the same title: two histories that
    // cannot be one draft.
    auto ours = base_draft();
    auto other = load(ours);
    other.drafting->events.resize(1);
    other.drafting->events[0].by = "Ani";
    other.drafting->events[0].hash = sopctl::history::event_hash(other.drafting->events[0]);
    auto theirs = sopctl::yaml::write_sop(other);
    auto merged = merge_drafts("", ours, theirs);
    REQUIRE(merged);
    CHECK_FALSE(merged->clean());
    check_valid(keep_side(merged->text, true));
    check_valid(keep_side(merged->text, false));
  }
}
