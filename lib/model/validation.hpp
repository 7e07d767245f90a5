#pragma once

#include <model/diagnostics.hpp>
#include <model/sop.hpp>

namespace sopctl::model {

// Checks the rules an SOP document must follow beyond its YAML shape: steps
// numbered 1, 2, 3, ... once each, performers declared once, decisions that
// point at existing steps, ISO dates. A draft may still have no performers
// or steps; any other SOP needs both.
void validate_sop(const Sop& sop, Diagnostics& diagnostics);

// Checks drafting rules against the procedure `procedure` they are used
// with: the signing and paraf steps, each numbering rule's step and each
// letter's step exist; each letter's signer (and the role it signs on
// behalf of) is a performer and its number a numbering rule. `where` is reported for every problem
// (the procedure's file, or sopctl.yaml for its overrides).
void validate_drafting_rules(const Sop& procedure,
                             const DraftingRules& rules,
                             Position where,
                             Diagnostics& diagnostics);

// Notes (not errors) on the `next` of `sop`'s steps: one that says what
// happens anyway (the following step, or end after the last step), which
// may be left out. Each note starts "note: ".
void note_redundant_next(const Sop& sop, Diagnostics& notes);

// Notes (not errors) on a `next` of `procedure` that jumps over the signing
// or the paraf step of `rules`: a draft that goes that way may finish
// without that act, so its document stays KONSEP. Each starts "note: ".
void note_next_past_signing(const Sop& procedure,
                            const DraftingRules& rules,
                            Position where,
                            Diagnostics& notes);

// Whether `key` can name a value given with `--set` or under `data`:
// lower-case letters, digits, `.`, `-`, `_` (meeting.date).
bool is_valid_data_key(std::string_view key);

// Whether the value of data key `key` is a date: its key is `date` or ends
// in `.date` (meeting.date). Letters print its day and date in words, so it
// must be written YYYY-MM-DD.
bool is_date_key(std::string_view key);

// Whether `key` can be a performer key: lower-case letters, digits, `-`, `_`.
bool is_valid_role_key(std::string_view key);

} // namespace sopctl::model
