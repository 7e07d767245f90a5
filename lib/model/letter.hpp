#pragma once

#include <string>
#include <vector>

namespace sopctl::model {

// A value a letter needs, and how to ask for it.
struct LetterField
{
  std::string key;   // meeting.date
  std::string label; // tanggal rapat
  std::string example;
  std::string default_value; // used when no event or data gives one
};

// A letter one step of the drafting procedure produces (templates/outputs.yaml).
struct LetterDefinition
{
  std::string name;  // undangan-rapat
  std::string title; // Undangan Rapat
  int step = 0;
  std::string template_name;
  std::string signer_role;
  std::string numbering; // the numbering rule giving number.<numbering>
  std::vector<LetterField> fields;
};

} // namespace sopctl::model
