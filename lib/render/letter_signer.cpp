#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <render/letter_signer.hpp>
#include <workflow/signing.hpp>

namespace sopctl::render {

namespace {

// The first person of the roster holding `role`, or null.
const model::Person* holder_of(const std::vector<model::Person>& people, std::string_view role)
{
  auto found = std::find_if(
    people.begin(), people.end(), [&](const auto& person) { return person.holds(role); });
  return found == people.end() ? nullptr : &*found;
}

// "a", "a and b", "a, b and c".
std::string in_words(const std::vector<std::string>& parts)
{
  std::string text;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i == 0) {
      text = parts[i];
    } else if (i + 1 == parts.size()) {
      text = trf("{} and {}", text, parts[i]);
    } else {
      text += ", " + parts[i];
    }
  }
  return text;
}

// The parts of a signature block `block` lacks: their names in a message
// ("pangkat (rank)") and their keys in sopctl.yaml (`rank:`).
struct Gaps
{
  std::vector<std::string> names;
  std::vector<std::string> keys;
  bool empty() const { return names.empty(); }
};

Gaps gaps_of(const model::Approver& block, std::string_view key_prefix)
{
  Gaps gaps;
  const std::array<std::tuple<const std::string*, const char*, const char*>, 4> parts = {{
    {&block.position, "jabatan", "position"},
    {&block.name, tr("name"), "name"},
    {&block.rank, "pangkat", "rank"},
    {&block.nip, "NIP", "nip"},
  }};
  for (const auto& [value, name, key] : parts) {
    if (value->empty()) {
      gaps.names.emplace_back(name);
      gaps.keys.push_back(fmt::format("{}{}:", key_prefix, key));
    }
  }
  return gaps;
}

// The signature block of the holder of the letter's role, or what is
// missing for it.
SignerLookup block_of(const model::LetterDefinition& letter,
                      const model::Sop& procedure,
                      const model::DocumentSettings& settings,
                      const std::optional<model::Approver>& signed_sop)
{
  const auto& role = letter.signer_role;
  SignerLookup lookup;
  bool head = !role.empty() && role == head_role(procedure, settings);
  if (head && signed_sop && gaps_of(*signed_sop, "").empty()) {
    // The head's letter goes with the SOP they signed: signed by who signed
    // it, as recorded, not by whoever holds the role today.
    lookup.signer = LetterSigner{*signed_sop, ""};
    return lookup;
  }
  if (const auto* person = holder_of(settings.people, role)) {
    model::Approver block{
      .position = person->position, .name = person->name, .rank = person->rank, .nip = person->nip};
    if (auto gaps = gaps_of(block, ""); !gaps.empty()) {
      lookup.missing.push_back(
        trf("the signer's {}: add {} to the entry of {} (who holds the role {}) in sopctl.yaml's "
            "people, line {}",
            in_words(gaps.names),
            in_words(gaps.keys),
            person->name,
            role,
            person->where.line));
      return lookup;
    }
    lookup.signer = LetterSigner{block, ""};
    return lookup;
  }
  const auto& approver = settings.approver;
  if (head && !approver.name.empty()) {
    if (auto gaps = gaps_of(approver, "approver."); !gaps.empty()) {
      lookup.missing.push_back(
        trf("the signer's {}: nobody in sopctl.yaml's people holds the role {}, so "
            "sopctl.yaml's approver signs; write {} there, or add the holder of {} "
            "to people: with name, position, rank and nip",
            in_words(gaps.names),
            role,
            in_words(gaps.keys),
            role));
      return lookup;
    }
    lookup.signer = LetterSigner{approver, ""};
    return lookup;
  }
  lookup.missing.push_back(
    settings.people.empty()
      ? trf("the signer: sopctl.yaml lists no people, so nobody holds the role {}; add "
            "the roster (people:) with the person holding {}: name, position, rank "
            "and nip",
            role,
            role)
      : trf("the signer: add the person holding the role {} to sopctl.yaml's people, "
            "with name, position, rank and nip",
            role));
  return lookup;
}

} // namespace

std::string head_role(const model::Sop& procedure, const model::DocumentSettings& settings)
{
  for (const auto& step : procedure.steps) {
    if (step.number == settings.signing_step && !step.performers.empty()) {
      return step.performers.front();
    }
  }
  return "";
}

std::string office_of(std::string_view position)
{
  for (std::string_view acting : {"Plt. ", "Plh. ", "Pj. ", "Pjs. "}) {
    if (position.starts_with(acting)) {
      position.remove_prefix(acting.size());
      break;
    }
  }
  return std::string(position);
}

std::optional<model::Approver> recorded_signer(const workflow::DraftState& state,
                                               const model::DocumentSettings& settings)
{
  if (settings.signing_step == 0) {
    return std::nullopt;
  }
  const auto* signing = state.last_done(settings.signing_step);
  if (!signing || signing->rejected) {
    return std::nullopt;
  }
  return workflow::recorded_approval(signing->set);
}

SignerLookup letter_signer(const model::LetterDefinition& letter,
                           const model::Sop& procedure,
                           const model::DocumentSettings& settings,
                           const std::optional<model::Approver>& signed_sop)
{
  auto lookup = block_of(letter, procedure, settings, signed_sop);
  const auto& head = letter.on_behalf_of;
  if (head.empty()) {
    return lookup;
  }
  const auto* holder = holder_of(settings.people, head);
  if (holder && lookup.signer && holder->name == lookup.signer->block.name) {
    return lookup; // the head signs in their own name
  }
  std::string position;
  if (holder) {
    position = holder->position;
  } else if (head == head_role(procedure, settings)) {
    position = settings.approver.position;
  }
  if (position.empty()) {
    lookup.missing.push_back(
      holder ? trf("the jabatan the signer signs for (a.n.): add position: to the entry "
                   "of {} (who holds the role {}) in sopctl.yaml's people, line {}",
                   holder->name,
                   head,
                   holder->where.line)
             : trf("the jabatan the signer signs for (a.n.): add the person holding the "
                   "role {} to sopctl.yaml's people, with their position",
                   head));
    lookup.signer.reset();
  } else if (lookup.signer) {
    lookup.signer->on_behalf_of = office_of(position);
  }
  return lookup;
}

} // namespace sopctl::render
