// What the identity sheet says of a draft's approval (issue 11, section 1):
// the dates, the signer (the roster person who signed, or the approver
// block and the signing event's name), the paraf box, and check_signer's
// refusal of a signing the roster does not back. Drafts are replayed from
// real events against the seed procedure.
#include "render_fixtures.hpp"

#include <algorithm>
#include <config/config.hpp>
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <render/approval.hpp>
#include <workflow/replay.hpp>
#include <workflow/signing.hpp>

using namespace sopctl;

namespace {

// A draft by the seed procedure whose steps are done in order up to `done`
// (step k by "Petugas k" on 2026-12-0k at 10:00 +07:00, as the step's first
// performer), its events replayed. `back_at_6` sends step 6 back to 5 once
// (on the same day), as the seed's Tidak exit does.
struct Run
{
  model::Sop procedure = test::seed();
  model::Sop draft;
  workflow::DraftState state;

  explicit Run(int done, bool back_at_6 = false)
  {
    draft = test::sop_in_columns(1, {1});
    draft.approver = {
      .position = "Kepala Dinas", .name = "NAMA DI KONSEP", .rank = "Pembina", .nip = "1970"};
    draft.dates.created = "2026-11-30";
    draft.drafting = model::DraftingRecord{};
    auto& events = draft.drafting->events;
    events.push_back(event(model::EventKind::started, 0, at(1, 9), "Petugas 0"));
    for (int step = 1; step <= done; ++step) {
      if (step == 6 && back_at_6) {
        auto rejected = event(model::EventKind::rejected, 6, at(6, 8), "Petugas 6");
        rejected.note = "Waktu belum diisi";
        events.push_back(rejected);
        events.push_back(event(model::EventKind::completed, 5, at(6, 9), "Petugas 5"));
      }
      events.push_back(
        event(model::EventKind::completed, step, at(step, 10), "Petugas " + std::to_string(step)));
      events.back().where = {100 + step, 5};
    }
    replay_events();
  }

  void replay_events()
  {
    model::Diagnostics diagnostics("draft");
    auto replayed = workflow::replay(procedure, draft.drafting->events, diagnostics);
    INFO(model::format_all(diagnostics.list()));
    REQUIRE(replayed);
    state = *replayed;
  }

  // The completion of `step` (its last).
  model::Event& completion(int step)
  {
    auto& events = draft.drafting->events;
    return *std::find_if(events.rbegin(), events.rend(), [&](const auto& event) {
      return event.step == step && event.kind == model::EventKind::completed;
    });
  }

  // As `sopctl advance` does at the signing step with a roster: the event
  // records `signer`'s block as it is now.
  void sign_as(const model::Person& signer)
  {
    workflow::record_approval(signer, 8, completion(8), "draft");
    replay_events();
  }

  render::Drafted drafted() const { return {procedure, state}; }

  // 2026-12-<day> <hour>:00 +07:00.
  static model::Timestamp at(int day, int hour)
  {
    return *model::parse_timestamp(fmt::format("2026-12-{:02}T{:02}:00", day, hour), 7 * 60);
  }

  model::Event event(model::EventKind kind, int step, model::Timestamp when, std::string by) const
  {
    model::Event event;
    event.kind = kind;
    event.step = step;
    event.role = step == 0 ? "" : procedure.find_step(step)->performers.front();
    event.by = std::move(by);
    event.at = when;
    return event;
  }
};

model::DocumentSettings seed_settings()
{
  return config::default_config().document_settings(test::seed().rules);
}

model::Person person(std::string name, std::string role)
{
  model::Person person;
  person.name = std::move(name);
  person.roles = {std::move(role)};
  return person;
}

// The kadis of the roster, whole: position, name, rank and NIP.
model::Person kadis()
{
  auto kadis = person("Petugas 8", "kadis");
  kadis.nip = "19670312 199103 1 007";
  kadis.rank = "Pembina Tk. I";
  kadis.position = "Kepala Dinas Kependudukan";
  return kadis;
}

// check_signer's problems for `run`, as `path:line:col: message` lines.
std::string signer_problems(const Run& run, const model::DocumentSettings& settings)
{
  model::Diagnostics diagnostics("sops/akta.yaml");
  model::Diagnostics warnings("sops/akta.yaml");
  render::check_signer(run.drafted(), settings, diagnostics, warnings);
  return model::format_all(diagnostics.list());
}

// check_signer's warnings for `run`, likewise.
std::string signer_warnings(const Run& run, const model::DocumentSettings& settings)
{
  model::Diagnostics diagnostics("sops/akta.yaml");
  model::Diagnostics warnings("sops/akta.yaml");
  render::check_signer(run.drafted(), settings, diagnostics, warnings);
  return model::format_all(warnings.list());
}

} // namespace

TEST_SUITE("render::approval_of")
{
  TEST_CASE("render: a plain SOP file shows its own dates and approver, and no paraf box")
  {
    auto sop = test::seed();
    auto approval = render::approval_of(sop, nullptr, seed_settings());
    CHECK(!approval.konsep);
    CHECK(approval.created_date == "2020-09-01");
    CHECK(approval.approved_date == "2020-09-29");
    CHECK(approval.approved_by == "");
    CHECK(approval.signer.name == "AMARULLAH GULTOM, SE, M.M");
    CHECK(!approval.paraf);
  }

  TEST_CASE("render: a KONSEP not yet complete for signature has no Tgl Pembuatan, whatever the "
            "file says")
  {
    Run run(5);
    auto drafted = run.drafted();
    auto approval = render::approval_of(run.draft, &drafted, seed_settings());
    CHECK(approval.konsep);
    CHECK(approval.created_date == ""); // not the 2026-11-30 written in it
    CHECK(approval.approved_date == "");
    CHECK(approval.signer.name == "NAMA DI KONSEP");
    // The box is printed for the hand initials, with whose they are to be.
    REQUIRE(approval.paraf);
    CHECK(approval.paraf->position == "Sekretaris");
    CHECK(!approval.paraf->given());
    CHECK(approval.paraf->name == "");
  }

  TEST_CASE("render: Tgl Pembuatan is the day the draft went to the signer, with the paraf")
  {
    Run run(7); // step 7 done on 2026-12-07: step 8 (signing) active since
    auto drafted = run.drafted();
    auto approval = render::approval_of(run.draft, &drafted, seed_settings());
    CHECK(approval.konsep);
    CHECK(approval.created_date == "2026-12-07");
    CHECK(approval.approved_date == "");
    REQUIRE(approval.paraf);
    CHECK(approval.paraf->given());
    CHECK(approval.paraf->name == "Petugas 7");
    CHECK(approval.paraf->date == "2026-12-07");
    CHECK(approval.paraf->position == "Sekretaris"); // no roster: the column heading
  }

  TEST_CASE("render: with a roster the paraf box names the position of whoever holds the role")
  {
    auto settings = seed_settings();
    auto hotma = person("Hotma Sitompul", "sekretaris");
    hotma.position = "Sekretaris Dinas";
    settings.people = {kadis(), hotma};
    Run before(3);
    auto drafted = before.drafted();
    CHECK(render::approval_of(before.draft, &drafted, settings).paraf->position ==
          "Sekretaris Dinas");
    // Two holders: nobody to name in advance, so the column heading.
    auto other = person("Lina", "sekretaris");
    other.position = "Plh. Sekretaris";
    settings.people.push_back(other);
    CHECK(render::approval_of(before.draft, &drafted, settings).paraf->position == "Sekretaris");
    // Once given, the position of who gave it.
    settings.people[1].name = "Petugas 7";
    Run given(7);
    auto given_drafted = given.drafted();
    auto paraf = *render::approval_of(given.draft, &given_drafted, settings).paraf;
    CHECK(paraf.name == "Petugas 7");
    CHECK(paraf.position == "Sekretaris Dinas");
  }

  TEST_CASE("render: signed without a roster, the approver block is printed and the signing "
            "event's name beside the date")
  {
    Run run(8);
    auto drafted = run.drafted();
    auto approval = render::approval_of(run.draft, &drafted, seed_settings());
    CHECK(!approval.konsep);
    CHECK(approval.created_date == "2026-12-07");
    CHECK(approval.approved_date == "2026-12-08");
    CHECK(approval.approved_by == "Petugas 8");
    CHECK(approval.signer.name == "NAMA DI KONSEP");
    CHECK(approval.signer.nip == "1970");
  }

  TEST_CASE("render: a signed revision's Tgl Revisi is its signing day, and it keeps its version")
  {
    Run run(8);
    run.draft.version = 3;
    run.draft.dates.revised = "2020-01-01";
    auto drafted = run.drafted();
    auto plain = render::approval_of(run.draft, &drafted, seed_settings());
    CHECK(plain.revised_date == "2020-01-01"); // not a revision: as written
    CHECK(plain.version == 3);
    run.draft.drafting->events.front().revises = "akta";
    auto revision = render::approval_of(run.draft, &drafted, seed_settings());
    CHECK(revision.revised_date == "2026-12-08");
    Run unsigned_run(7);
    unsigned_run.draft.drafting->events.front().revises = "akta";
    unsigned_run.draft.dates.revised.clear();
    auto konsep_drafted = unsigned_run.drafted();
    CHECK(render::approval_of(unsigned_run.draft, &konsep_drafted, seed_settings()).revised_date ==
          "");
  }

  TEST_CASE("render: a signing that recorded no signer block prints the approver block with "
            "the event's name, whatever the roster says today")
  {
    Run run(9);
    auto drafted = run.drafted();
    auto settings = seed_settings();
    // The roster holds who signed, whole: still not asked, as for a
    // successor, or the name spelled otherwise.
    for (const auto& roster : {std::vector{kadis()},
                               std::vector{person("Rahmat Hidayat", "kadis")},
                               std::vector{person("PETUGAS 8, SE", "kadis")}}) {
      settings.people = roster;
      auto approval = render::approval_of(run.draft, &drafted, settings);
      CHECK(!approval.konsep);
      CHECK(approval.approved_date == "2026-12-08");
      CHECK(approval.approved_by == "Petugas 8");
      CHECK(approval.signer.name == "NAMA DI KONSEP");
      CHECK(approval.signer.nip == "1970");
    }
  }

  TEST_CASE("render: a signing event that recorded its signer prints them as they signed, "
            "whatever the roster says now")
  {
    Run run(9);
    run.sign_as(kadis());
    auto drafted = run.drafted();
    auto settings = seed_settings();
    // Promoted since, and then replaced: the roster no longer has them.
    auto promoted = kadis();
    promoted.rank = "Pembina Utama Muda";
    settings.people = {promoted};
    auto approval = render::approval_of(run.draft, &drafted, settings);
    CHECK(!approval.konsep);
    CHECK(approval.approved_date == "2026-12-08");
    CHECK(approval.approved_by == "");
    CHECK(approval.signer.position == "Kepala Dinas Kependudukan");
    CHECK(approval.signer.name == "Petugas 8");
    CHECK(approval.signer.rank == "Pembina Tk. I");
    CHECK(approval.signer.nip == "19670312 199103 1 007");
    auto successor = person("Rahmat Hidayat", "kadis");
    successor.position = "Kepala Dinas Kependudukan";
    settings.people = {successor};
    CHECK(render::approval_of(run.draft, &drafted, settings).signer.rank == "Pembina Tk. I");
    // The roster gone altogether: still as signed, not the draft's approver.
    auto without = render::approval_of(run.draft, &drafted, seed_settings());
    CHECK(without.signer.name == "Petugas 8");
    CHECK(without.approved_by == "");
  }

  TEST_CASE("render: after a round back, Tgl Pembuatan is the day of the last round")
  {
    // Signing at the decision (step 6) itself: it was active on 2026-12-05
    // (after step 5), sent back, and active again from 09:00 on 2026-12-06.
    Run run(6, true);
    auto drafted = run.drafted();
    auto settings = seed_settings();
    settings.signing_step = 6;
    auto approval = render::approval_of(run.draft, &drafted, settings);
    CHECK(approval.created_date == "2026-12-06");
    CHECK(approval.approved_date == "2026-12-06");
  }

  TEST_CASE("render: the signing and paraf steps are the repository's")
  {
    Run run(3);
    auto drafted = run.drafted();
    auto settings = seed_settings();
    settings.signing_step = 3;
    settings.paraf_step = 2;
    auto approval = render::approval_of(run.draft, &drafted, settings);
    CHECK(!approval.konsep);
    CHECK(approval.created_date == "2026-12-02");
    CHECK(approval.approved_date == "2026-12-03");
    CHECK(approval.paraf->name == "Petugas 2");
    CHECK(approval.paraf->position == "Staf Adm Umum");
  }

  TEST_CASE("render: without a signing step a draft is KONSEP until finished, dates as written")
  {
    Run run(4);
    auto drafted = run.drafted();
    auto settings = seed_settings();
    settings.signing_step = 0;
    settings.paraf_step = 0;
    auto approval = render::approval_of(run.draft, &drafted, settings);
    CHECK(approval.konsep);
    CHECK(approval.created_date == "2026-11-30");
    CHECK(!approval.paraf);
  }
}

TEST_SUITE("render::check_signer")
{
  TEST_CASE("render: a signing by the roster's holder of the role, with a whole entry, passes")
  {
    auto settings = seed_settings();
    settings.people = {kadis()};
    CHECK(signer_problems(Run(10), settings) == "");
    // Nothing to check before the signing, or without a roster.
    settings.people = {person("Orang Lain", "staf")};
    CHECK(signer_problems(Run(7), settings) == "");
    CHECK(signer_problems(Run(10), seed_settings()) == "");
  }

  TEST_CASE("render: a signing without a recorded block is a warning at its event, not an "
            "error, whatever the roster says")
  {
    const std::string warning =
      "sops/akta.yaml:108:5: warning: step 8 (the signing of the SOP) was done by Petugas 8 "
      "and records no signer block (it was signed before sopctl recorded one, or without a "
      "roster); the SOP prints the approver block of the draft (else sopctl.yaml's approver:) "
      "and \"(oleh Petugas 8)\" beside Tgl Pengesahan, not the roster's entry";
    auto settings = seed_settings();
    auto staf = kadis();
    staf.roles = {"staf"};
    auto half = kadis();
    half.rank.clear();
    // Not holding the role, not on the roster, an entry without a rank.
    for (const auto& roster : {std::vector{staf, person("Amarullah", "kadis")},
                               std::vector{person("Amarullah", "kadis")},
                               std::vector{half}}) {
      settings.people = roster;
      CHECK(signer_problems(Run(9), settings) == "");
      CHECK(signer_warnings(Run(9), settings) == warning);
      // Never a suggestion to give a role today.
      CHECK(signer_warnings(Run(9), settings).find("roles") == std::string::npos);
    }
    // Without a roster it prints as it always did: nothing to say.
    CHECK(signer_warnings(Run(9), seed_settings()) == "");
    CHECK(signer_warnings(Run(7), settings) == "");
  }

  TEST_CASE("render: a signing that recorded its signer passes after the roster changed")
  {
    Run run(10);
    run.sign_as(kadis());
    auto settings = seed_settings();
    auto successor = person("Rahmat Hidayat", "kadis");
    settings.people = {successor}; // no rank, no NIP, and not who signed
    CHECK(signer_problems(run, settings) == "");
    auto demoted = kadis();
    demoted.roles = {"staf"};
    settings.people = {demoted};
    CHECK(signer_problems(run, settings) == "");
    CHECK(signer_problems(run, seed_settings()) == "");
  }

  TEST_CASE("render: a recorded signer block that is not whole, or not who signed, is an error")
  {
    Run run(9);
    run.sign_as(kadis());
    run.completion(8).set.erase("approval.nip");
    run.completion(8).set["approval.rank"] = "";
    run.replay_events();
    CHECK(signer_problems(run, seed_settings()) ==
          "sops/akta.yaml:108:5: step 8 (the signing of the SOP) records the signer without "
          "approval.rank, approval.nip, so the SOP has no whole signer to print; sopctl advance "
          "records all four, so this event was not written by it");
    run.sign_as(kadis());
    run.completion(8).set["approval.name"] = "Amarullah";
    run.replay_events();
    CHECK(signer_problems(run, seed_settings()) ==
          "sops/akta.yaml:108:5: step 8 (the signing of the SOP) was done by Petugas 8 but "
          "records approval.name \"Amarullah\"; sopctl advance records who signed, so this "
          "event was not written by it");
  }

  TEST_CASE("render: approval values in an event other than the signing are an error there")
  {
    Run run(9);
    run.completion(5).set["approval.name"] = "Petugas 8";
    run.replay_events();
    CHECK(signer_problems(run, seed_settings()) ==
          "sops/akta.yaml:105:5: the event of step 5 records approval values, which sopctl "
          "writes only in the event that completes step 8 (the signing of the SOP); this event "
          "was not written by sopctl advance");
  }
}
