// Decisions as offices draw them (issue 9, section 3): labelled exits, an
// exit that ends the procedure, a branch forward that skips steps without a
// new round, and steps done by two performers. The procedure here is made
// up, shaped like the permit SOPs the issue describes (a completeness check
// that returns the papers, a survey that may be skipped); the real ones are
// in tests/fixtures/real/ and tests/unit/test_ops_real_sops.cpp.
#include "fixtures.hpp"

#include <doctest/doctest.h>
#include <model/errors.hpp>
#include <workflow/advance.hpp>
#include <workflow/replay.hpp>

using namespace sopctl;
using model::EventKind;
using model::Exit;
using sopctl::test::event;

namespace {

constexpr const char* permit_text = R"(number: "503/IMB/1"
name: Izin Mendirikan Bangunan
performers:
  - key: pemohon
    name: Pemohon
    external: true
  - key: cs
    name: Petugas CS
  - key: teknis
    name: Tim Teknis
steps:
  - step: 1
    activity: Menyerahkan berkas permohonan
    performer: [pemohon, cs]
    time: 15 menit
  - step: 2
    activity: Memeriksa kelengkapan berkas
    performer: cs
    time: 30 menit.
    decision: {ya: 3, tidak: end}
    labels: {ya: Lengkap, tidak: Tidak lengkap}
  - step: 3
    activity: Menilai perlu tidaknya survei lapangan
    performer: teknis
    time: 1 jam
    decision: {ya: 4, tidak: 5}
    labels: {ya: Perlu survei, tidak: Tanpa survei}
  - step: 4
    activity: Survei lapangan
    performer: teknis
    time: 3 x 24 jam
  - step: 5
    activity: Memeriksa gambar
    performer: teknis
    time: 1 hari
    decision: {ya: 6, tidak: 4}
  - step: 6
    activity: Menyerahkan izin
    performer: [cs, pemohon]
    time: 15 menit
)";

const model::Sop& permit()
{
  static const auto sop = test::load(permit_text);
  return sop;
}

workflow::DraftState replayed(const std::vector<model::Event>& events)
{
  model::Diagnostics diagnostics("d.yaml");
  auto state = workflow::replay(permit(), events, diagnostics);
  INFO(model::format_all(diagnostics.list()));
  REQUIRE(state);
  return *state;
}

workflow::AdvanceRequest request(std::string role, std::optional<Exit> exit, int hour)
{
  workflow::AdvanceRequest r;
  r.role = std::move(role);
  r.by = "Rina";
  r.at = {1795485600 + hour * 3600, 7 * 60};
  r.exit = exit;
  r.exit_option = exit == Exit::ya ? "--yes" : "--no";
  return r;
}

} // namespace

TEST_SUITE("workflow::decisions")
{
  TEST_CASE("either performer of a shared step completes it, and the event names which")
  {
    auto started = replayed({event(EventKind::started, 0, "", 0)});
    auto by_pemohon = workflow::plan_advance(permit(), started, request("pemohon", {}, 1), "d");
    CHECK(by_pemohon.role == "pemohon");
    auto by_cs = workflow::plan_advance(permit(), started, request("cs", {}, 1), "d");
    CHECK(by_cs.role == "cs");
    CHECK_THROWS_WITH(workflow::plan_advance(permit(), started, request("teknis", {}, 1), "d"),
                      "d: step 1 (Menyerahkan berkas permohonan) is performed by pemohon "
                      "(Pemohon) or cs (Petugas CS), not teknis; run it as --role pemohon or "
                      "--role cs");
  }

  TEST_CASE("a decision refuses a plain advance, naming both exits by their labels")
  {
    auto at_2 =
      replayed({event(EventKind::started, 0, "", 0), event(EventKind::completed, 1, "cs", 1)});
    CHECK_THROWS_WITH(workflow::plan_advance(permit(), at_2, request("cs", {}, 2), "d"),
                      "d: step 2 is a decision: say which way it goes, with --yes (Lengkap: on "
                      "to step 3) or --no (Tidak lengkap: the procedure ends)");
  }

  TEST_CASE("an exit to the end finishes the draft with that exit's word, no note needed")
  {
    std::vector<model::Event> events = {event(EventKind::started, 0, "", 0),
                                        event(EventKind::completed, 1, "pemohon", 1)};
    auto planned =
      workflow::plan_advance(permit(), replayed(events), request("cs", Exit::tidak, 2), "d");
    CHECK(planned.kind == EventKind::completed); // not a rejection
    CHECK(planned.exit == "tidak");
    events.push_back(planned);
    auto state = replayed(events);
    CHECK(state.phase == workflow::Phase::done);
    REQUIRE(state.ended_at_decision);
    CHECK(state.ended_at_decision->step == 2);
    CHECK(state.ended_at_decision->label == "Tidak lengkap");
    CHECK(state.round == 1);
    CHECK(state.skipped == std::set<int>{3, 4, 5, 6});
  }

  TEST_CASE("a branch forward skips the steps between without a new round")
  {
    std::vector<model::Event> events = {event(EventKind::started, 0, "", 0),
                                        event(EventKind::completed, 1, "cs", 1),
                                        event(EventKind::completed, 2, "cs", 2),
                                        event(EventKind::completed, 3, "teknis", 3, "tidak")};
    auto state = replayed(events);
    CHECK(state.active_step == 5);
    CHECK(state.round == 1);
    CHECK(state.skipped == std::set<int>{4});
    CHECK(state.activations[2].exit == Exit::tidak);
    CHECK_FALSE(state.activations[2].rejected);
  }

  TEST_CASE("an exit back starts a new round and needs a note, the step is no longer skipped")
  {
    std::vector<model::Event> events = {event(EventKind::started, 0, "", 0),
                                        event(EventKind::completed, 1, "cs", 1),
                                        event(EventKind::completed, 2, "cs", 2),
                                        event(EventKind::completed, 3, "teknis", 3, "tidak")};
    auto at_5 = replayed(events);
    CHECK_THROWS_WITH(
      workflow::plan_advance(permit(), at_5, request("teknis", Exit::tidak, 4), "d"),
      "d: --no needs --note \"...\" giving the reason step 5 is sent back to step 4");
    auto with_note = request("teknis", Exit::tidak, 4);
    with_note.note = "gambar salah";
    auto planned = workflow::plan_advance(permit(), at_5, with_note, "d");
    CHECK(planned.kind == EventKind::rejected);
    events.push_back(planned);
    auto state = replayed(events);
    CHECK(state.active_step == 4);
    CHECK(state.round == 2);
    CHECK(state.skipped.empty());
  }

  TEST_CASE("a Tidak exit back written as exit: tidak is refused by replay")
  {
    model::Diagnostics diagnostics("d.yaml");
    auto state = workflow::replay(permit(),
                                  {event(EventKind::started, 0, "", 0),
                                   event(EventKind::completed, 1, "cs", 1),
                                   event(EventKind::completed, 2, "cs", 2),
                                   event(EventKind::completed, 3, "teknis", 3, "tidak"),
                                   event(EventKind::completed, 5, "teknis", 4, "tidak")},
                                  diagnostics);
    CHECK_FALSE(state);
    CHECK(model::format_all(diagnostics.list()).find("recorded as a \"rejected\" event") !=
          std::string::npos);
  }

  TEST_CASE("--yes at a step that is no decision is refused")
  {
    auto started = replayed({event(EventKind::started, 0, "", 0)});
    CHECK_THROWS_WITH(workflow::plan_advance(permit(), started, request("cs", Exit::ya, 1), "d"),
                      "d: --yes: step 1 is not a decision, so it has no Ya exit; decisions: step "
                      "2, 3, 5");
  }
}

TEST_SUITE("model::validation of decisions")
{
  TEST_CASE("a decision loop with no way to the end is refused at its first step")
  {
    // Issue 10, section 6: such a cycle passed check and held drafts forever.
    auto text = std::string(permit_text);
    std::string exits = "decision: {ya: 6, tidak: 4}";
    auto at = text.find(exits);
    REQUIRE(at != std::string::npos);
    text.replace(at, exits.size(), "decision: {ya: 4, tidak: 4}");
    CHECK(sopctl::test::sop_errors(text) ==
          "input:22:5: step 3 never reaches the end of the procedure: every way out of it leads "
          "into a loop with no way out; give a decision in the loop an exit to a step after it, "
          "or to end");
  }

  TEST_CASE("an exit to end and labels are accepted, labels without a decision are not")
  {
    CHECK(sopctl::test::sop_errors(permit_text) == "");
    auto text = std::string(permit_text);
    auto at = text.find("    time: 1 hari\n");
    text.insert(at, "    labels: {ya: Sesuai, tidak: Tidak sesuai}\n");
    auto four = text.find("activity: Survei lapangan");
    text.insert(text.find("\n", four) + 1, "    labels: {ya: A, tidak: B}\n");
    CHECK(sopctl::test::sop_errors(text).find("step 4 has labels but no decision") !=
          std::string::npos);
  }
}
