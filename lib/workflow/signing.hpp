#pragma once

#include <array>
#include <map>
#include <model/person.hpp>
#include <model/sop.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace sopctl::workflow {

// The keys of an event's `set` under which the event that completes the
// signing step, with a roster, records the signer's block as it was then:
// the signed SOP prints it from there, whatever the roster says later.
// Letter templates see `set` values with dots as underscores
// (approval_position), a name no letter value has (theirs are signer_*).
inline constexpr std::array<std::string_view, 4> approval_keys = {"approval.position",
                                                                  "approval.name",
                                                                  "approval.rank",
                                                                  "approval.nip"};

// Whether `key` is, or reaches a template as, a recorded approval value
// (`approval.`, `approval_` or `approval-` then anything): only sopctl
// writes those, so `--set` may not give them.
bool is_approval_key(std::string_view key);

// What of the Disahkan oleh block `signer` lacks, as `rank, nip`; empty
// when it has a position, a rank and a NIP (the name it always has).
std::string missing_for_approval(const model::Person& signer);

// Records `signer`'s position, name, rank and NIP in `event` (which
// completes `signing_step`) under approval_keys. Throws model::Error,
// prefixed with `draft_display`, naming the roster entry to complete when
// it lacks any of them: a signed SOP never prints half a block.
void record_approval(const model::Person& signer,
                     int signing_step,
                     model::Event& event,
                     const std::string& draft_display);

// The signer's block an event recorded, or nullopt when it records none (an
// older draft, or one signed without a roster). A block with some keys
// missing is returned with those fields empty, for check to name them.
std::optional<model::Approver> recorded_approval(const std::map<std::string, std::string>& set);

} // namespace sopctl::workflow
