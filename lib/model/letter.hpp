#pragma once

#include <model/diagnostics.hpp>
#include <string>
#include <vector>

namespace sopctl::model {

// A value a letter needs, and how to ask for it.
struct LetterField
{
  std::string key;   // meeting.date
  std::string label; // tanggal rapat
  std::string example;
  std::string default_value;   // used when no event or data gives one
  Position default_where = {}; // where the default was written; 0 when none
};

// A letter one step of the drafting procedure produces (its `letters:`, or
// a repository's templates/outputs.yaml).
struct LetterDefinition
{
  std::string name;  // undangan-rapat
  std::string title; // Undangan Rapat
  int step = 0;
  std::string template_name; // undangan-rapat.html.mustache
  std::string signer_role;
  std::string numbering; // the numbering rule giving number.<numbering>
  std::vector<LetterField> fields;
  // The role of the head the signer signs for ("a.n." above the signer's
  // position, Permendagri 1/2023); empty when the signer signs in their own
  // name.
  std::string on_behalf_of;
};

// What a field's `default` may hold in place of the SOP being drafted's
// name: "Pembahasan SOP {sop.name}". Other braces are text, but
// "{sop." opens a placeholder, which must be this one.
inline constexpr const char* sop_name_placeholder = "{sop.name}";
inline constexpr const char* placeholder_opening = "{sop.";

} // namespace sopctl::model
