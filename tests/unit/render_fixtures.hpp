#pragma once

// Helpers shared by the render unit tests: the 30-step SOP of
// tests/fixtures/, and small SOPs built in code.

#include "fixtures.hpp"

#include <filesystem>
#include <fstream>
#include <model/sop.hpp>
#include <sstream>
#include <string>

namespace sopctl::test {

// tests/fixtures/<name> in the source tree. The unit tests have no source
// directory compiled in; CMake compiles them by absolute path, so this
// file's own path leads there.
inline std::filesystem::path fixture_path(const std::string& name)
{
  return std::filesystem::path(__FILE__).parent_path().parent_path() / "fixtures" / name;
}

// The text of tests/fixtures/<name>.
inline std::string fixture_text(const std::string& name)
{
  std::ifstream in(fixture_path(name), std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The 30-step SOP with two decisions (Ya 6 / Tidak 2 at step 5, Ya 22 /
// Tidak 10 at step 21) and six performers.
inline model::Sop thirty_steps()
{
  return load(fixture_text("sop-30-langkah.yaml"));
}

// A small SOP built in code: `performers` performer columns p1, p2, ...
// and one step per entry of `columns`, performed in that column (1-based;
// 0 for a step without a performer).
inline model::Sop sop_in_columns(int performers, const std::vector<int>& columns)
{
  model::Sop sop;
  sop.name = "Contoh";
  for (int i = 1; i <= performers; ++i) {
    sop.performers.push_back({"p" + std::to_string(i), "Pelaksana " + std::to_string(i), {}});
  }
  int number = 0;
  for (int column : columns) {
    model::Step step;
    step.number = ++number;
    step.activity = "Kegiatan " + std::to_string(number);
    step.performers = {column > 0 ? "p" + std::to_string(column) : ""};
    sop.steps.push_back(step);
  }
  return sop;
}

} // namespace sopctl::test
