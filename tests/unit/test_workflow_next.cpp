// A step that is not a decision saying where it goes (`next: N`, `next:
// end`; issue 9, "Branches that end after an ordinary step" in
// tests/fixtures/real/README.md): read, refused when it cannot hold, written
// back, and followed when drafting. The procedure is made up, shaped like
// Diskominfo Padang Lawas' "SOP Permohonan Informasi": the Dipenuhi branch
// ends after an ordinary step, the Ditolak branch runs on past it.
#include "fixtures.hpp"

#include <doctest/doctest.h>
#include <model/validation.hpp>
#include <workflow/advance.hpp>
#include <workflow/replay.hpp>
#include <yaml/sop_writer.hpp>

using namespace sopctl;
using model::EventKind;
using model::Exit;
using sopctl::test::event;
using sopctl::test::sop_errors;

namespace {

constexpr const char* information_text = R"(number: "800/PPID/1"
name: Permohonan Informasi
performers:
  - key: pemohon
    name: Pemohon
    external: true
  - key: ppid
    name: PPID
steps:
  - step: 1
    activity: Mengajukan permohonan informasi
    performer: pemohon
    time: 15 menit
  - step: 2
    activity: Memeriksa kelengkapan permohonan
    performer: ppid
    time: 30 menit
    decision: {ya: 3, tidak: 4}
    labels: {ya: Lengkap, tidak: Tidak lengkap}
  - step: 3
    activity: Mencatat permohonan dalam register
    performer: ppid
    time: 15 menit
    next: 5
  - step: 4
    activity: Mengembalikan permohonan kepada pemohon
    performer: ppid
    time: 15 menit
    next: end
  - step: 5
    activity: Mempertimbangkan permohonan
    performer: ppid
    time: 1 hari
    decision: {ya: 6, tidak: 8}
    labels: {ya: Dipenuhi, tidak: Ditolak}
  - step: 6
    activity: Memproses informasi
    performer: ppid
    time: 3 hari
  - step: 7
    activity: Menyerahkan informasi kepada pemohon
    performer: ppid
    time: 15 menit
    next: end
  - step: 8
    activity: Menyampaikan penolakan kepada pemohon
    performer: ppid
    time: 1 hari
)";

const model::Sop& information()
{
  static const auto sop = test::load(information_text);
  return sop;
}

// `information_text` with `from` (once) replaced by `to`.
std::string with(std::string_view from, std::string_view to)
{
  std::string text = information_text;
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  return text;
}

workflow::DraftState replayed(const std::vector<model::Event>& events)
{
  model::Diagnostics diagnostics("d.yaml");
  auto state = workflow::replay(information(), events, diagnostics);
  INFO(model::format_all(diagnostics.list()));
  REQUIRE(state);
  return *state;
}

// The notes of `notes` as printed, one a line.
std::string formatted(const model::Diagnostics& notes)
{
  return model::format_all(notes.list());
}

} // namespace

TEST_SUITE("workflow::next")
{
  TEST_CASE("next: N and next: end are read, and a step without next goes on as before")
  {
    const auto& sop = information();
    CHECK(sop.find_step(3)->next == 5);
    CHECK(sop.find_step(4)->next == model::procedure_end);
    CHECK_FALSE(sop.find_step(6)->next);
    CHECK(sop.find_step(3)->next_where.line == 24);
    CHECK(sop.find_step(3)->next_where.column == 11);
    CHECK(sop.after(*sop.find_step(3)) == 5);
    CHECK(sop.after(*sop.find_step(4)) == model::procedure_end);
    CHECK(sop.after(*sop.find_step(6)) == 7);
    CHECK(sop.after(*sop.find_step(8)) == model::procedure_end);
    CHECK(workflow::next_step(sop, *sop.find_step(3)) == 5);
    CHECK(workflow::next_step(sop, *sop.find_step(7)) == 0);
    CHECK(workflow::next_step(sop, *sop.find_step(6)) == 7);
  }

  TEST_CASE("a next that is not a step number or end is refused where it is written")
  {
    CHECK(sop_errors(with("next: 5", "next: soon")) ==
          "input:24:11: the next of step 3 must be a later step number or end (the procedure "
          "ends there), not \"soon\"");
    CHECK(sop_errors(with("next: 5", "next: [5]")) ==
          "input:24:11: the next of step 3 must be a later step number or end (the procedure "
          "ends there), not \"a list or mapping\"");
    CHECK(sop_errors(with("next: 5", "next: 0")) ==
          "input:24:11: \"next\" of step 3 must be a step number (1, 2, 3, ...)");
  }

  TEST_CASE("a next to the same or an earlier step is refused: a plain step cannot go back")
  {
    CHECK(sop_errors(with("next: 5", "next: 2")) ==
          "input:24:11: step 3: its next is step 2, which is not after it; a step that is not "
          "a decision only goes forward (a way back needs a decision, to leave the loop by): "
          "give a later step or end");
    CHECK(sop_errors(with("next: 5", "next: 3")) ==
          "input:24:11: step 3: its next is step 3, which is not after it; a step that is not "
          "a decision only goes forward (a way back needs a decision, to leave the loop by): "
          "give a later step or end");
  }

  TEST_CASE("a next to a step that does not exist is refused")
  {
    CHECK(sop_errors(with("next: 5", "next: 12")) ==
          "input:24:11: step 3: its next is step 12, which does not exist (steps run 1 to 8); "
          "give a later step or end");
  }

  TEST_CASE("a next on a decision is refused: the decision's exits say where it goes")
  {
    auto text = with("    labels: {ya: Dipenuhi", "    next: 8\n    labels: {ya: Dipenuhi");
    CHECK(sop_errors(text) == "input:35:11: step 5 is a decision and has next; a decision "
                              "goes where its exits say: remove next, or write the target as "
                              "an exit");
  }

  TEST_CASE("a next that says what happens anyway is accepted, and check notes it")
  {
    model::Diagnostics none("input");
    model::note_redundant_next(information(), none);
    CHECK(formatted(none).empty());

    auto text = with("    time: 3 hari\n", "    time: 3 hari\n    next: 7\n") + "    next: end\n";
    CHECK(sop_errors(text).empty());
    model::Diagnostics notes("input");
    model::note_redundant_next(test::load(text), notes);
    CHECK(formatted(notes) ==
          "input:40:11: note: step 6's next: 7 says what happens anyway (step 7 follows it); "
          "it may be left out\n"
          "input:50:11: note: step 8 is the last step, so next: end says what happens anyway; "
          "it may be left out");
  }

  TEST_CASE("check notes a next that jumps over the signing or the paraf step")
  {
    model::DraftingRules rules;
    rules.signing_step = 6;
    rules.paraf_step = 8;
    model::Diagnostics notes("procedure.yaml");
    model::note_next_past_signing(information(), rules, {}, notes);
    CHECK(formatted(notes) ==
          "procedure.yaml: note: step 4's next: end jumps over step 6, the signing step: a "
          "draft that goes that way finishes unsigned and stays KONSEP; check that this is "
          "meant\n"
          "procedure.yaml: note: step 4's next: end jumps over step 8, the paraf step: a draft "
          "that goes that way has no paraf; check that this is meant\n"
          "procedure.yaml: note: step 7's next: end jumps over step 8, the paraf step: a draft "
          "that goes that way has no paraf; check that this is meant");
    rules.signing_step = 3; // the jump leaves from it: it is done first
    rules.paraf_step = 0;
    model::Diagnostics quiet("procedure.yaml");
    model::note_next_past_signing(information(), rules, {}, quiet);
    CHECK(formatted(quiet).empty());
  }

  TEST_CASE("the writer writes next back, and the file reads the same")
  {
    auto text = yaml::write_sop(information());
    CHECK(text.find("    next: 5\n") != std::string::npos);
    CHECK(text.find("    next: end\n") != std::string::npos);
    auto again = test::load(text);
    for (const auto& step : information().steps) {
      CAPTURE(step.number);
      CHECK(again.find_step(step.number)->next == step.next);
    }
    CHECK(yaml::write_sop(again) == text);
  }

  TEST_CASE("next: N makes step N active and the steps passed over are skipped, not pending")
  {
    auto state = replayed({event(EventKind::started, 0, "", 0),
                           event(EventKind::completed, 1, "pemohon", 1),
                           event(EventKind::completed, 2, "ppid", 2),
                           event(EventKind::completed, 3, "ppid", 3)});
    CHECK(state.phase == workflow::Phase::in_progress);
    CHECK(state.active_step == 5);
    CHECK(state.round == 1);
    CHECK(state.skipped == std::set<int>{4});
    CHECK_FALSE(state.activations[2].exit); // not a decision: no exit recorded
    CHECK_FALSE(state.activations[2].rejected);
  }

  TEST_CASE("next: end finishes the draft after that step, the rest skipped, no decision ending")
  {
    auto state = replayed({event(EventKind::started, 0, "", 0),
                           event(EventKind::completed, 1, "pemohon", 1),
                           event(EventKind::completed, 2, "ppid", 2),
                           event(EventKind::completed, 3, "ppid", 3),
                           event(EventKind::completed, 5, "ppid", 4),
                           event(EventKind::completed, 6, "ppid", 5),
                           event(EventKind::completed, 7, "ppid", 6)});
    CHECK(state.phase == workflow::Phase::done);
    CHECK(state.active_step == 0);
    CHECK(state.finished_at == 7);
    CHECK_FALSE(state.ended_at_decision);
    CHECK(state.skipped == std::set<int>{4, 8});
  }

  TEST_CASE("a decision's Tidak to a step whose next is end finishes the draft there")
  {
    auto state = replayed({event(EventKind::started, 0, "", 0),
                           event(EventKind::completed, 1, "pemohon", 1),
                           event(EventKind::completed, 2, "ppid", 2, "tidak"),
                           event(EventKind::completed, 4, "ppid", 3)});
    CHECK(state.phase == workflow::Phase::done);
    CHECK(state.finished_at == 4);
    CHECK(state.skipped == std::set<int>{3, 5, 6, 7, 8});
  }

  TEST_CASE("a draft ending at the last step records it as before")
  {
    auto state = replayed({event(EventKind::started, 0, "", 0),
                           event(EventKind::completed, 1, "pemohon", 1),
                           event(EventKind::completed, 2, "ppid", 2),
                           event(EventKind::completed, 3, "ppid", 3),
                           event(EventKind::completed, 5, "ppid", 4, "tidak"),
                           event(EventKind::completed, 8, "ppid", 5)});
    CHECK(state.phase == workflow::Phase::done);
    CHECK(state.finished_at == 8);
    CHECK(state.skipped == std::set<int>{4, 6, 7});
  }

  TEST_CASE("an event at a step a next passed over is refused, naming the active step")
  {
    model::Diagnostics diagnostics("d.yaml");
    auto state = workflow::replay(information(),
                                  {event(EventKind::started, 0, "", 0),
                                   event(EventKind::completed, 1, "pemohon", 1),
                                   event(EventKind::completed, 2, "ppid", 2),
                                   event(EventKind::completed, 3, "ppid", 3),
                                   event(EventKind::completed, 4, "ppid", 4)},
                                  diagnostics);
    CHECK_FALSE(state);
    CHECK(model::format_all(diagnostics.list()) ==
          "d.yaml: this event records step 4, but step 5 is the active one at this point");
  }

  TEST_CASE("advancing a step with next plans a completed event, with no exit and no note")
  {
    auto at_3 = replayed({event(EventKind::started, 0, "", 0),
                          event(EventKind::completed, 1, "pemohon", 1),
                          event(EventKind::completed, 2, "ppid", 2)});
    workflow::AdvanceRequest request;
    request.role = "ppid";
    request.by = "Rina";
    request.at = {1795485600 + 3 * 3600, 7 * 60};
    auto planned = workflow::plan_advance(information(), at_3, request, "d");
    CHECK(planned.kind == EventKind::completed);
    CHECK(planned.step == 3);
    CHECK(planned.exit.empty());
  }
}
