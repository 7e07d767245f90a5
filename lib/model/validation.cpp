#include <algorithm>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <map>
#include <model/validation.hpp>
#include <set>
#include <vector>

namespace sopctl::model {

namespace {

std::string performer_keys(const Sop& sop)
{
  std::string keys;
  for (const auto& performer : sop.performers) {
    keys += (keys.empty() ? "" : ", ") + performer.key;
  }
  return keys.empty() ? tr("none yet") : keys;
}

void validate_performers(const Sop& sop, Diagnostics& diagnostics)
{
  std::map<std::string, Position> seen;
  for (const auto& performer : sop.performers) {
    if (!is_valid_role_key(performer.key)) {
      diagnostics.add(performer.where,
                      trf("performer key \"{}\" must be lower-case "
                          "letters, digits, - or _ (like kabid)",
                          performer.key));
    }
    auto [first, inserted] = seen.emplace(performer.key, performer.where);
    if (!inserted) {
      diagnostics.add(performer.where,
                      trf("performer \"{}\" is declared twice (first "
                          "at line {}); keep one",
                          performer.key,
                          first->second.line));
    }
  }
}

int highest_step(const Sop& sop)
{
  int highest = 0;
  for (const auto& step : sop.steps) {
    highest = std::max(highest, step.number);
  }
  return highest;
}

void check_target(const Sop& sop,
                  const Step& step,
                  int target,
                  std::string_view exit,
                  Diagnostics& diagnostics)
{
  if (target == procedure_end) {
    return; // `end`: the procedure ends there
  }
  if (target == step.number) {
    diagnostics.add(step.where,
                    trf("step {}: its {} exit points at itself; give "
                        "another step",
                        step.number,
                        exit));
  } else if (target > 0 && !sop.find_step(target)) {
    diagnostics.add(step.where,
                    trf("step {}: its {} exit points at step {}, which does not exist "
                        "(steps run 1 to {})",
                        step.number,
                        exit,
                        target,
                        highest_step(sop)));
  }
}

// `next: N` or `next: end` of `step`: only on a step that is not a
// decision, and only forward (a plain step going back would loop with no
// way out: a way back needs a decision to leave the loop by).
void check_next(const Sop& sop, const Step& step, Diagnostics& diagnostics)
{
  if (!step.next) {
    return;
  }
  int target = *step.next;
  if (step.decision) {
    diagnostics.add(step.next_where,
                    trf("step {} is a decision and has next; a decision goes where its "
                        "exits say: remove next, or write the target as an exit",
                        step.number));
  } else if (target == procedure_end) {
    return;
  } else if (target <= step.number) {
    diagnostics.add(step.next_where,
                    trf("step {}: its next is step {}, which is not after it; a step that is "
                        "not a decision only goes forward (a way back needs a decision, to "
                        "leave the loop by): give a later step or end",
                        step.number,
                        target));
  } else if (!sop.find_step(target)) {
    diagnostics.add(step.next_where,
                    trf("step {}: its next is step {}, which does not exist (steps run 1 to "
                        "{}); give a later step or end",
                        step.number,
                        target,
                        highest_step(sop)));
  }
}

// Steps must be numbered 1, 2, 3, ... in order. Reports the first gap (a
// number nothing uses), else the first step out of its place; one message
// each, since one misnumbered step throws off all those after it.
void validate_numbering(const Sop& sop, Diagnostics& diagnostics)
{
  std::set<int> numbers;
  for (const auto& step : sop.steps) {
    if (step.number <= 0) {
      return; // the reader reported it, and it may be the missing one
    }
    numbers.insert(step.number);
  }
  int missing = 1;
  while (numbers.contains(missing)) {
    ++missing;
  }
  bool has_gap = !numbers.empty() && missing < *numbers.rbegin();
  int place = 0;
  std::set<int> placed;
  for (const auto& step : sop.steps) {
    if (!placed.insert(step.number).second) {
      continue; // a duplicate, reported on its own
    }
    ++place;
    if (has_gap && step.number > missing) {
      diagnostics.add(step.where,
                      trf("step {} is missing: found step {} where step {} should be; "
                          "number the steps 1, 2, 3, ... in order",
                          missing,
                          step.number,
                          missing));
      return;
    }
    if (!has_gap && step.number != place) {
      diagnostics.add(step.where,
                      trf("step {} is out of order: it stands where step {} should be; "
                          "list the steps in the order 1, 2, 3, ...",
                          step.number,
                          place));
      return;
    }
  }
}

// Every step must lead to the end: a decision cycle with no exit out of it
// would hold a draft forever. Reports the first step that cannot, when the
// steps are otherwise sound (numbered 1..N, targets that exist).
void validate_reaching_the_end(const Sop& sop, Diagnostics& diagnostics)
{
  if (!diagnostics.empty() || sop.steps.empty()) {
    return;
  }
  // A step reaches the end when one of its ways out does; iterate to a fixed
  // point (steps are few).
  std::set<int> reaching;
  for (bool grew = true; grew;) {
    grew = false;
    for (const auto& step : sop.steps) {
      if (reaching.contains(step.number)) {
        continue;
      }
      std::vector<int> ways;
      if (step.decision) {
        ways = {step.decision->yes, step.decision->no};
      } else {
        ways = {sop.after(step)};
      }
      for (int way : ways) {
        if (way == procedure_end || reaching.contains(way)) {
          reaching.insert(step.number);
          grew = true;
          break;
        }
      }
    }
  }
  for (const auto& step : sop.steps) {
    if (!reaching.contains(step.number)) {
      diagnostics.add(step.where,
                      trf("step {} never reaches the end of the procedure: every way "
                          "out of it leads into a loop with no way out; give a decision "
                          "in the loop an exit to a step after it, or to end",
                          step.number));
      return;
    }
  }
}

void validate_steps(const Sop& sop, Diagnostics& diagnostics)
{
  std::map<int, Position> seen;
  for (const auto& step : sop.steps) {
    if (step.number <= 0) {
      continue; // already reported by the reader
    }
    auto [first, inserted] = seen.emplace(step.number, step.where);
    if (!inserted) {
      diagnostics.add(step.where,
                      trf("step number {} is used twice (first at "
                          "line {}); number the steps 1, 2, 3, ...",
                          step.number,
                          first->second.line));
    }
    if (step.activity.empty()) {
      diagnostics.add(step.where,
                      trf("step {} has no activity; write what is "
                          "done in \"activity\"",
                          step.number));
    }
    std::set<std::string> named;
    for (const auto& key : step.performers) {
      if (!key.empty() && !sop.find_performer(key)) {
        diagnostics.add(step.where,
                        trf("step {}: performer \"{}\" is not declared "
                            "in performers (declared: {})",
                            step.number,
                            key,
                            performer_keys(sop)));
      }
      if (!named.insert(key).second) {
        diagnostics.add(step.where,
                        trf("step {}: performer \"{}\" is listed twice", step.number, key));
      }
    }
    if (step.decision) {
      check_target(sop, step, step.decision->yes, "Ya", diagnostics);
      check_target(sop, step, step.decision->no, "Tidak", diagnostics);
    }
    check_next(sop, step, diagnostics);
  }
  validate_numbering(sop, diagnostics);
}

} // namespace

bool is_date_key(std::string_view key)
{
  return key == "date" || key.ends_with(".date");
}

bool is_valid_data_key(std::string_view key)
{
  if (key.empty() || key.size() > 60 || key.front() == '.' || key.back() == '.') {
    return false;
  }
  for (char c : key) {
    bool allowed =
      (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
    if (!allowed) {
      return false;
    }
  }
  return true;
}

bool is_valid_role_key(std::string_view key)
{
  if (key.empty() || key.size() > 40 || key[0] < 'a' || key[0] > 'z') {
    return false;
  }
  for (char c : key) {
    bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    if (!allowed) {
      return false;
    }
  }
  return true;
}

void validate_drafting_rules(const Sop& procedure,
                             const DraftingRules& rules,
                             Position where,
                             Diagnostics& diagnostics)
{
  auto check_step = [&](int step, const std::string& what) {
    if (step != 0 && !procedure.find_step(step)) {
      diagnostics.add(where,
                      trf("{} names step {}, which the procedure does not have (steps "
                          "run 1 to {}); give one of its steps",
                          what,
                          step,
                          highest_step(procedure)));
    }
  };
  check_step(rules.signing_step, "signing: step");
  check_step(rules.paraf_step, "signing: paraf");
  for (const auto& rule : rules.numbering) {
    check_step(rule.step, trf("numbering \"{}\"", rule.name));
  }
  for (const auto& letter : rules.letters) {
    check_step(letter.step, trf("letter \"{}\"", letter.name));
    if (!letter.signer_role.empty() && !procedure.find_performer(letter.signer_role)) {
      diagnostics.add(where,
                      trf("letter \"{}\" is signed by \"{}\", which is not a performer "
                          "of the procedure (performers: {})",
                          letter.name,
                          letter.signer_role,
                          performer_keys(procedure)));
    }
    if (!letter.on_behalf_of.empty() && !procedure.find_performer(letter.on_behalf_of)) {
      diagnostics.add(where,
                      trf("letter \"{}\" is signed on behalf of \"{}\", which is not a "
                          "performer of the procedure (performers: {})",
                          letter.name,
                          letter.on_behalf_of,
                          performer_keys(procedure)));
    }
    if (!letter.on_behalf_of.empty() && letter.on_behalf_of == letter.signer_role) {
      diagnostics.add(where,
                      trf("letter \"{}\" is signed by \"{}\" on behalf of itself; leave "
                          "out on_behalf_of when the signer signs in their own name",
                          letter.name,
                          letter.signer_role));
    }
    bool numbered = letter.numbering.empty() ||
                    std::any_of(rules.numbering.begin(),
                                rules.numbering.end(),
                                [&](const auto& rule) { return rule.name == letter.numbering; });
    if (!numbered) {
      diagnostics.add(where,
                      trf("letter \"{}\" takes its number from \"{}\", which no "
                          "numbering rule names; add it under numbering:",
                          letter.name,
                          letter.numbering));
    }
  }
}

void note_redundant_next(const Sop& sop, Diagnostics& notes)
{
  for (const auto& step : sop.steps) {
    if (!step.next || step.decision) {
      continue;
    }
    bool last = !sop.find_step(step.number + 1);
    if (*step.next == procedure_end && last) {
      notes.add(step.next_where,
                trf("note: step {} is the last step, so next: end says what happens anyway; "
                    "it may be left out",
                    step.number));
    } else if (*step.next == step.number + 1) {
      notes.add(step.next_where,
                trf("note: step {0}'s next: {1} says what happens anyway (step {1} follows "
                    "it); it may be left out",
                    step.number,
                    *step.next));
    }
  }
}

void note_next_past_signing(const Sop& procedure,
                            const DraftingRules& rules,
                            Position where,
                            Diagnostics& notes)
{
  if (procedure.steps.empty()) {
    return;
  }
  int beyond = procedure.steps.back().number + 1;
  for (const auto& step : procedure.steps) {
    if (!step.next || step.decision) {
      continue;
    }
    int to = *step.next == procedure_end ? beyond : *step.next;
    auto passes = [&](int act) { return act > step.number && act < to; };
    auto target = *step.next == procedure_end ? std::string("end") : std::to_string(*step.next);
    if (rules.signing_step != 0 && passes(rules.signing_step)) {
      notes.add(where,
                trf("note: step {0}'s next: {1} jumps over step {2}, the signing step: a "
                    "draft that goes that way finishes unsigned and stays KONSEP; check that "
                    "this is meant",
                    step.number,
                    target,
                    rules.signing_step));
    }
    if (rules.paraf_step != 0 && passes(rules.paraf_step)) {
      notes.add(where,
                trf("note: step {0}'s next: {1} jumps over step {2}, the paraf step: a "
                    "draft that goes that way has no paraf; check that this is meant",
                    step.number,
                    target,
                    rules.paraf_step));
    }
  }
}

void validate_sop(const Sop& sop, Diagnostics& diagnostics)
{
  validate_performers(sop, diagnostics);
  validate_steps(sop, diagnostics);
  validate_reaching_the_end(sop, diagnostics);
  if (!sop.rules.empty() && !sop.steps.empty()) {
    validate_drafting_rules(sop, sop.rules, {}, diagnostics);
  }
  if (!sop.is_draft()) {
    if (sop.performers.empty()) {
      diagnostics.add({},
                      tr("the SOP has no performers; list them under "
                         "\"performers\""));
    }
    if (sop.steps.empty()) {
      diagnostics.add({}, tr("the SOP has no steps; list them under \"steps\""));
    }
  }
}

} // namespace sopctl::model
