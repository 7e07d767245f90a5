// ops::note_draft on a temporary repository: the noted event it appends,
// where it goes, and the refusals that leave every file as it was (issue 8,
// point 5).
#include "ops_fixtures.hpp"

#include <ops/drafts.hpp>
#include <ops/note.hpp>
#include <store/procedure.hpp>

using namespace sopctl::ops_test;
using sopctl::model::EventKind;
using sopctl::ops::NoteRequest;

namespace {

const std::string roster = "people:\n"
                           "  - name: Budi Santoso\n"
                           "    nip: \"19700101 199001 1 001\"\n"
                           "    roles: [sekretaris]\n"
                           "  - name: Joko Purnomo\n"
                           "    roles: [staf]\n";

NoteRequest request(const std::string& text, const std::string& by, int at)
{
  NoteRequest request;
  request.text = text;
  request.by = by;
  request.identity = by;
  request.at = hour(at);
  return request;
}

// note_draft's output.
std::string note(const TempRepo& repo, const std::string& id, const NoteRequest& request)
{
  std::ostringstream out;
  sopctl::ops::note_draft(repo.repository, id, request, out);
  return out.str();
}

sopctl::workflow::DraftState state(const TempRepo& repo, const std::string& id)
{
  auto procedure = sopctl::store::load_procedure(repo.repository);
  return sopctl::ops::load_draft(repo.repository, procedure, id).state;
}

} // namespace

TEST_SUITE("ops::note")
{
  TEST_CASE("a note is appended at the active step and changes no state")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.advance_until("akta", 2);
    auto before = repo.text("akta");
    auto active = state(repo, "akta").active_step;
    CHECK(note(repo, "akta", request("berkas sudah dibaca", "Joko", 2)) ==
          "akta: note at step 2 by Joko\n");
    auto after = repo.text("akta");
    CHECK(after.starts_with(before));
    auto last = sopctl::test::load(after).drafting->events.back();
    CHECK(last.kind == EventKind::noted);
    CHECK(last.step == 2);
    CHECK(last.role == "");
    CHECK(last.by == "Joko");
    CHECK(last.at == hour(2));
    CHECK(last.note == "berkas sudah dibaca");
    CHECK(state(repo, "akta").active_step == active);
  }

  TEST_CASE("a note on a finished draft goes to its last step")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.advance_until("akta", 11);
    CHECK(note(repo, "akta", request("diarsipkan", "Eko", 12)) == "akta: note at step 10 by Eko\n");
  }

  TEST_CASE("an empty note, or an unknown --role, is a usage error and no file changes")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    auto before = snapshot(repo.root);
    CHECK_THROWS_AS(note(repo, "akta", request(" \n\t", "Joko", 1)), sopctl::model::UsageError);
    CHECK(refusal([&] { note(repo, "akta", request(" \n\t", "Joko", 1)); }) ==
          "the note is empty; write what should be noted");
    CHECK(snapshot(repo.root) == before);

    auto req = request("catatan", "Joko", 1);
    req.role = "bupati";
    CHECK_THROWS_AS(note(repo, "akta", req), sopctl::model::UsageError);
    CHECK(refusal([&] { note(repo, "akta", req); }) ==
          "--role \"bupati\": unknown role; the roles are: kadis, sekretaris, kabid, kasi, staf");
    CHECK(snapshot(repo.root) == before);
  }

  TEST_CASE("a note earlier than the draft's last event is refused and no file changes")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.advance_until("akta", 2);
    auto before = snapshot(repo.root);
    CHECK(refusal([&] { note(repo, "akta", request("terlambat", "Joko", 0)); }) ==
          "sops/akta.yaml: --at 2026-11-24T09:00:00+07:00 is earlier than the draft's last event "
          "(2026-11-24T10:00:00+07:00); give a later time");
    CHECK(snapshot(repo.root) == before);
  }

  TEST_CASE("with a roster a note by someone not on it is refused and no file changes")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.set_people(roster);
    auto before = snapshot(repo.root);
    CHECK(refusal([&] { note(repo, "akta", request("catatan", "Orang Lain", 1)); }) ==
          "sops/akta.yaml: \"Orang Lain\" is not in sopctl.yaml's people (matched by name, NIP "
          "or email), so may not act; the people are: Budi Santoso, Joko Purnomo");
    CHECK(snapshot(repo.root) == before);
  }

  TEST_CASE("with a roster a note as a role needs a person holding it, the roster name is kept")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.set_people(roster);
    auto before = snapshot(repo.root);
    auto joko = request("catatan", "Joko Purnomo", 1);
    joko.role = "sekretaris";
    CHECK(refusal([&] { note(repo, "akta", joko); }) ==
          "sops/akta.yaml: Joko Purnomo does not hold the role sekretaris; it is held by: Budi "
          "Santoso");
    CHECK(snapshot(repo.root) == before);

    auto budi = request("catatan", "19700101199001 1 001", 1);
    budi.role = "sekretaris";
    CHECK(note(repo, "akta", budi) == "akta: note at step 1 by Budi Santoso\n");
    auto last = sopctl::test::load(repo.text("akta")).drafting->events.back();
    CHECK(last.by == "Budi Santoso");
    CHECK(last.role == "sekretaris");
  }

  TEST_CASE("without --at the clock is read under the lock, after the last event")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.advance_until("akta", 3);                 // the last event at hour 2
    auto unstamped = request("dibaca", "Budi", 0); // an --at-less note: hour 0 unused
    unstamped.at_given = false;
    unstamped.clock = clock_at(5);
    note(repo, "akta", unstamped);
    auto last = sopctl::test::load(repo.text("akta")).drafting->events.back();
    CHECK(last.at == hour(5));
    auto behind = unstamped;
    behind.clock = clock_at(1); // this machine's clock is behind the draft's
    auto before = snapshot(repo.root);
    CHECK(refusal([&] { note(repo, "akta", behind); }) ==
          "sops/akta.yaml: the draft's last event (2026-11-24T14:00:00+07:00) is later than this "
          "machine's clock (2026-11-24T10:00:00+07:00); check the clock, or give --at with a time "
          "after the last event");
    CHECK(snapshot(repo.root) == before);
  }
}
