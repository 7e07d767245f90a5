// ops::advance_draft on a temporary repository: what it appends, prints and
// hands out, the clock it reads, and the refusals that leave every file as
// it was (issue 8, point 5).
#include "ops_fixtures.hpp"

#include <ops/drafts.hpp>
#include <store/procedure.hpp>

using namespace sopctl::ops_test;
using sopctl::model::EventKind;
using sopctl::workflow::AdvanceRequest;

namespace {

// The activities of the seed's steps that tests see become active.
const std::string step_1 = "Memerintahkan penyusunan SOP Pelayanan berdasarkan disposisi surat "
                           "dari Kadis Dukcapil.";
const std::string step_2 = "Mempersiapkan rapat pembahasan SOP Pelayanan.";
const std::string step_5 = "Menganalisis data dan informasi bahan SOP Pelayanan yang telah "
                           "dihimpun. Kemudian membuat konsep SOP Pelayanan dengan "
                           "berkoordinasi lintas bidang.";

// A roster: roles are enforced.
const std::string roster = "people:\n"
                           "  - name: Budi Santoso\n"
                           "    nip: \"19700101 199001 1 001\"\n"
                           "    roles: [sekretaris]\n"
                           "  - name: Joko Purnomo\n"
                           "    roles: [staf]\n";

AdvanceRequest request(const std::string& role, const std::string& by, int at)
{
  AdvanceRequest request;
  request.role = role;
  request.by = by;
  request.at = hour(at);
  return request;
}

// The draft's events as they load now.
std::vector<sopctl::model::Event> events(const TempRepo& repo, const std::string& id)
{
  return sopctl::test::load(repo.text(id)).drafting->events;
}

// advance_draft's output for `request` on draft `id`, the clock at `now`.
std::string advance(const TempRepo& repo,
                    const std::string& id,
                    const AdvanceRequest& request,
                    int now = 99)
{
  std::ostringstream out;
  sopctl::ops::advance_draft(repo.repository, id, request, clock_at(now), out);
  return out.str();
}

} // namespace

TEST_SUITE("ops::advance")
{
  TEST_CASE("completing the active step appends its event and names the next step")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    auto before = repo.text("akta");
    auto req = request("sekretaris", "Budi", 1);
    req.note = "Disposisi no. 12";
    CHECK(advance(repo, "akta", req) ==
          "akta: step 1 done by Budi; step 2 is now active: " + step_2 + " (staf)\n");
    auto after = repo.text("akta");
    CHECK(after.starts_with(before));
    auto last = events(repo, "akta").back();
    CHECK(last.kind == EventKind::completed);
    CHECK(last.step == 1);
    CHECK(last.role == "sekretaris");
    CHECK(last.by == "Budi");
    CHECK(last.at == hour(1));
    CHECK(last.note == "Disposisi no. 12");
    CHECK(last.prev == events(repo, "akta").front().hash);
  }

  TEST_CASE("the clock dates the event only when --at is not given, and stamps recorded always")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.advance("akta", "sekretaris", "Budi", 1);
    auto req = request("staf", "Eko", 1);
    req.at_given = false;
    advance(repo, "akta", req, 3);
    CHECK(events(repo, "akta").back().at == hour(3));

    int reads = 0;
    std::ostringstream out;
    sopctl::ops::advance_draft(
      repo.repository,
      std::string("akta"),
      request("sekretaris", "Budi", 4),
      [&] {
        ++reads;
        return hour(5);
      },
      out);
    CHECK(reads == 1); // once, for `recorded` and the limit of --at
    CHECK(events(repo, "akta").back().at == hour(4));
    CHECK(events(repo, "akta").back().recorded == hour(5));
  }

  TEST_CASE("a clock behind the draft's last event is refused and the draft is unchanged")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.advance_until("akta", 3);
    auto before = snapshot(repo.root);
    auto req = request("sekretaris", "Budi", 0);
    req.at_given = false;
    CHECK(refusal([&] { advance(repo, "akta", req, 1); }) ==
          "sops/akta.yaml: the draft's last event (2026-11-24T11:00:00+07:00) is later than this "
          "machine's clock (2026-11-24T10:00:00+07:00); check the clock, or give --at with a "
          "time after the last event");
    CHECK(snapshot(repo.root) == before);
  }

  TEST_CASE("the wrong role is refused naming the step's role, and no file changes")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.advance_until("akta", 2);
    auto before = snapshot(repo.root);
    CHECK(refusal([&] { advance(repo, "akta", request("kasi", "Dewi", 2)); }) ==
          "sops/akta.yaml: step 2 (" + step_2 +
            ") is performed by staf (Staf Adm Umum), not kasi; run it as --role staf");
    CHECK(snapshot(repo.root) == before);
  }

  TEST_CASE("a rejection without a note is refused and no file changes")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.advance_until("akta", 6);
    auto before = snapshot(repo.root);
    auto req = request("kabid", "Rina", 6);
    req.exit = sopctl::model::Exit::tidak;
    req.exit_option = "--reject";
    CHECK(refusal([&] { advance(repo, "akta", req); }) ==
          "sops/akta.yaml: --reject needs --note \"...\" giving the reason step 6 is sent back "
          "to step 5");
    CHECK(snapshot(repo.root) == before);
  }

  TEST_CASE("a rejection at the decision sends the draft back to its Tidak step")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.advance_until("akta", 6);
    auto req = request("kabid", "Rina", 6);
    req.exit = sopctl::model::Exit::tidak;
    req.exit_option = "--reject";
    req.note = "dasar hukum kurang";
    CHECK(advance(repo, "akta", req) ==
          "akta: step 6 sent back (Tidak) by Rina; step 5 is now active: " + step_5 + " (kasi)\n");
    auto last = events(repo, "akta").back();
    CHECK(last.kind == EventKind::rejected);
    CHECK(last.note == "dasar hukum kurang");
    auto procedure = sopctl::store::load_procedure(repo.repository);
    auto loaded = sopctl::ops::load_draft(repo.repository, procedure, "akta");
    CHECK(loaded.state.active_step == 5);
  }

  TEST_CASE("the step that hands out a number records it in the event and in numbers.yaml")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.start("KTP", "ktp");
    repo.advance_until("akta", 2);
    repo.advance_until("ktp", 2);
    CHECK_FALSE(std::filesystem::exists(repo.root / "numbers.yaml"));
    CHECK(repo.advance("akta", "staf", "Eko", 2) ==
          "akta: step 2 done by Eko; step 3 is now active: Melaksanakan Rapat pembahasan SOP "
          "Pelayanan. (sekretaris)\n"
          "akta: number.undangan-rapat is 005/001/Disdukcapil/2026\n");
    CHECK(events(repo, "akta").back().set.at("number.undangan-rapat") ==
          "005/001/Disdukcapil/2026");
    // The next draft's number follows: the counter was saved.
    auto ktp = repo.advance("ktp", "staf", "Eko", 3);
    CHECK(ktp.ends_with("ktp: number.undangan-rapat is 005/002/Disdukcapil/2026\n"));
    CHECK(read_bytes(repo.root / "numbers.yaml").find("2026") != std::string::npos);
  }

  TEST_CASE("completing the last step finishes the draft, and a further advance is refused")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.advance_until("akta", 10);
    CHECK(repo.advance("akta", "staf", "Eko", 10) ==
          "akta: step 10 done by Eko; the draft is finished\n");
    auto before = snapshot(repo.root);
    CHECK(refusal([&] { repo.advance("akta", "staf", "Eko", 11); }) ==
          "sops/akta.yaml: the draft is finished (its last step was done on 2026-11-24 19:00); "
          "there is nothing left to advance");
    CHECK(snapshot(repo.root) == before);
  }

  TEST_CASE("with a roster the event records the roster name of whoever acted")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.set_people(roster);
    auto req = request("sekretaris", "", 1);
    req.identity = "19700101 199001 1 001";
    CHECK(advance(repo, "akta", req).starts_with("akta: step 1 done by Budi Santoso; "));
    CHECK(events(repo, "akta").back().by == "Budi Santoso");
  }

  TEST_CASE("with a roster --by may name only the git identity's own person")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.set_people(roster);
    auto before = snapshot(repo.root);
    auto req = request("sekretaris", "Joko Purnomo", 1);
    req.identity = "19700101 199001 1 001"; // Budi's
    CHECK(refusal([&] { advance(repo, "akta", req); }) ==
          "sops/akta.yaml: --by \"Joko Purnomo\" is not you: with a roster in sopctl.yaml the "
          "acting person is git's user.email (19700101 199001 1 001, Budi Santoso); leave --by "
          "out or give your own name");
    CHECK(snapshot(repo.root) == before);
    req.by = "budi santoso"; // themselves, in any case
    CHECK(advance(repo, "akta", req).starts_with("akta: step 1 done by Budi Santoso; "));
  }

  TEST_CASE("an --at more than 5 minutes ahead of the clock is refused and no file changes")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    auto before = snapshot(repo.root);
    auto ahead = request("sekretaris", "Budi", 2);
    ahead.at.utc_seconds += 5 * 60 + 1;
    std::ostringstream out;
    CHECK(refusal([&] {
            sopctl::ops::advance_draft(
              repo.repository, std::string("akta"), ahead, clock_at(2), out);
          }) == "sops/akta.yaml: --at 2026-11-24T11:05:01+07:00 is in the future (now is "
                "2026-11-24T11:00:00+07:00); an event is recorded once it has happened, at most "
                "5 minutes ahead of the clock");
    CHECK(snapshot(repo.root) == before);
    ahead.at.utc_seconds -= 1; // 5 minutes: two clocks may differ so much
    sopctl::ops::advance_draft(repo.repository, std::string("akta"), ahead, clock_at(2), out);
    CHECK(events(repo, "akta").back().recorded == hour(2));
  }

  TEST_CASE("with a roster someone lacking the step's role is refused and no file changes")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.set_people(roster);
    auto before = snapshot(repo.root);
    auto req = request("sekretaris", "", 1);
    req.identity = "Joko Purnomo";
    CHECK(refusal([&] { advance(repo, "akta", req); }) ==
          "sops/akta.yaml: Joko Purnomo does not hold the role sekretaris; it is held by: Budi "
          "Santoso");
    CHECK(snapshot(repo.root) == before);
  }

  TEST_CASE("with a roster a wrong role is named before who may act")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.set_people(roster);
    auto before = snapshot(repo.root);
    auto req = request("staf", "", 1);
    req.identity = "Orang Lain";
    CHECK(refusal([&] { advance(repo, "akta", req); }) ==
          "sops/akta.yaml: step 1 (" + step_1 +
            ") is performed by sekretaris (Sekretaris), not staf; run it as --role sekretaris");
    CHECK(snapshot(repo.root) == before);
  }
}
