#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <workflow/signing.hpp>

namespace sopctl::workflow {

bool is_approval_key(std::string_view key)
{
  constexpr std::string_view stem = "approval";
  if (!key.starts_with(stem) || key.size() == stem.size()) {
    return false;
  }
  char next = key[stem.size()];
  return next == '.' || next == '_' || next == '-';
}

std::string missing_for_approval(const model::Person& signer)
{
  std::string missing;
  for (const auto& [key, value] :
       {std::pair<const char*, const std::string&>{"position", signer.position},
        {"rank", signer.rank},
        {"nip", signer.nip}}) {
    if (value.empty()) {
      missing += (missing.empty() ? "" : ", ") + std::string(key);
    }
  }
  return missing;
}

void record_approval(const model::Person& signer,
                     int signing_step,
                     model::Event& event,
                     const std::string& draft_display)
{
  auto missing = missing_for_approval(signer);
  if (!missing.empty()) {
    // One field missing or several: two sentences, as "it" and "them"
    // differ in other languages too.
    throw model::Error(
      missing.find(',') == std::string::npos
        ? trf("{}: step {} (the signing of the SOP) by {} cannot be recorded: their entry in "
              "sopctl.yaml's people (line {}) has no {}; add it there and advance again, "
              "since the signed SOP keeps the signer's position, name, rank and NIP as "
              "they are at the signing",
              draft_display,
              signing_step,
              signer.name,
              signer.where.line,
              missing)
        : trf("{}: step {} (the signing of the SOP) by {} cannot be recorded: their entry in "
              "sopctl.yaml's people (line {}) has no {}; add them there and advance again, "
              "since the signed SOP keeps the signer's position, name, rank and NIP as "
              "they are at the signing",
              draft_display,
              signing_step,
              signer.name,
              signer.where.line,
              missing));
  }
  event.set[std::string(approval_keys[0])] = signer.position;
  event.set[std::string(approval_keys[1])] = signer.name;
  event.set[std::string(approval_keys[2])] = signer.rank;
  event.set[std::string(approval_keys[3])] = signer.nip;
}

std::optional<model::Approver> recorded_approval(const std::map<std::string, std::string>& set)
{
  model::Approver approver;
  bool any = false;
  auto take = [&](std::string_view key, std::string& field) {
    if (auto found = set.find(std::string(key)); found != set.end()) {
      field = found->second;
      any = true;
    }
  };
  take(approval_keys[0], approver.position);
  take(approval_keys[1], approver.name);
  take(approval_keys[2], approver.rank);
  take(approval_keys[3], approver.nip);
  return any ? std::optional(approver) : std::nullopt;
}

} // namespace sopctl::workflow
