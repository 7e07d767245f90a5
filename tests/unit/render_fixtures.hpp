#pragma once

// Helpers shared by the render unit tests: the SOPs of tests/fixtures/
// (the 30-step one, real ones, and those made for rendering), and small
// SOPs built in code.

#include "fixtures.hpp"

#include <filesystem>
#include <fstream>
#include <model/sop.hpp>
#include <render/flowchart_layout.hpp>
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

// An SOP file of tests/fixtures/, loaded: `render/...` or `real/...`.
inline model::Sop fixture_sop(const std::string& name)
{
  return load(fixture_text(name));
}

// A small SOP built in code: `performers` performer columns p1, p2, ...
// and one step per entry of `columns`, done together by the performers of
// the columns it lists (1-based; {0} for a step without a performer).
inline model::Sop sop_in_column_lists(int performers, const std::vector<std::vector<int>>& columns)
{
  model::Sop sop;
  sop.name = "Contoh";
  for (int i = 1; i <= performers; ++i) {
    model::Performer performer;
    performer.key = "p" + std::to_string(i);
    performer.name = "Pelaksana " + std::to_string(i);
    sop.performers.push_back(performer);
  }
  int number = 0;
  for (const auto& listed : columns) {
    model::Step step;
    step.number = ++number;
    step.activity = "Kegiatan " + std::to_string(number);
    for (int column : listed) {
      step.performers.push_back(column > 0 ? "p" + std::to_string(column) : "");
    }
    sop.steps.push_back(step);
  }
  return sop;
}

// The same with one performer a step: each entry of `columns` is its column
// (1-based; 0 for a step without a performer).
inline model::Sop sop_in_columns(int performers, const std::vector<int>& columns)
{
  std::vector<std::vector<int>> lists;
  for (int column : columns) {
    lists.push_back({column});
  }
  return sop_in_column_lists(performers, lists);
}

// A decision going on to step `yes` or `no` (model::procedure_end ends the
// procedure), with the given words on its exits (empty: Ya, Tidak).
inline model::Decision decision(int yes,
                                int no,
                                const std::string& yes_label = "",
                                const std::string& no_label = "")
{
  model::Decision made;
  made.yes = yes;
  made.no = no;
  made.yes_label = yes_label;
  made.no_label = no_label;
  return made;
}

// Whether two boxes overlap (touching does not count).
inline bool boxes_overlap(const render::Box& one, const render::Box& other)
{
  return one.left < other.right() && one.right() > other.left && one.top < other.bottom() &&
         one.bottom() > other.top;
}

// Whether `box` overlaps the inside of `shape`: a diamond's is where
// |dx| / half width + |dy| / half height < 1.
inline bool overlaps_shape(const render::Box& box, const render::Shape& shape)
{
  if (!boxes_overlap(box, shape.box)) {
    return false;
  }
  if (shape.kind != render::ShapeKind::decision) {
    return true;
  }
  auto middle = shape.box.center();
  double dx = middle.x < box.left ? box.left - middle.x
                                  : (middle.x > box.right() ? middle.x - box.right() : 0);
  double dy = middle.y < box.top ? box.top - middle.y
                                 : (middle.y > box.bottom() ? middle.y - box.bottom() : 0);
  return dx / (shape.box.width / 2) + dy / (shape.box.height / 2) < 1;
}

// Whether `box` crosses the rule between two performer columns.
inline bool crosses_rule(const render::Box& box, const render::ChartColumns& columns)
{
  for (int column = 1; column < columns.performers; ++column) {
    double rule = columns.column_left(column) - 0.5; // a 1 px line centred here
    if (box.left < rule + 0.5 && box.right() > rule - 0.5) {
      return true;
    }
  }
  return false;
}

// What is wrong with the drawing of one page, a line each (empty when
// nothing): a symbol on a column rule or over another symbol; an arrow or a
// join through a symbol it does not end at; an exit's word over a symbol, a
// line, another word or a column rule.
inline std::string drawing_faults(const render::ChartPage& page,
                                  const render::ChartColumns& columns)
{
  using render::ShapeKind;
  std::string faults;
  auto name = [](const render::Shape& shape) {
    return shape.kind == ShapeKind::connector ? "connector " + shape.label
                                              : "symbol of step " + std::to_string(shape.step);
  };
  for (size_t i = 0; i < page.shapes.size(); ++i) {
    const auto& shape = page.shapes[i];
    if (shape.kind != ShapeKind::connector && crosses_rule(shape.box, columns)) {
      faults += name(shape) + " is on a column rule\n";
    }
    for (size_t j = i + 1; j < page.shapes.size(); ++j) {
      if (boxes_overlap(shape.box, page.shapes[j].box)) {
        faults += name(shape) + " overlaps " + name(page.shapes[j]) + "\n";
      }
    }
  }
  auto passes_through = [&](render::Point a, render::Point b, int from, int to) {
    std::string found;
    for (const auto& shape : page.shapes) {
      bool own = shape.kind != ShapeKind::connector && (shape.step == from || shape.step == to);
      if (!own && render::segment_enters(a, b, shape.box)) {
        found += " through " + name(shape);
      }
    }
    return found;
  };
  for (const auto& arrow : page.arrows) {
    auto what = "arrow " + std::to_string(arrow.from) + "->" + std::to_string(arrow.to);
    for (size_t i = 1; i < arrow.points.size(); ++i) {
      auto through = passes_through(arrow.points[i - 1], arrow.points[i], arrow.from, arrow.to);
      if (!through.empty()) {
        faults += what + through + "\n";
      }
    }
    if (!arrow.label) {
      continue;
    }
    const auto& box = arrow.label->box;
    auto word = "word " + arrow.label->text + " of " + what;
    if (crosses_rule(box, columns)) {
      faults += word + " is on a column rule\n";
    }
    for (const auto& shape : page.shapes) {
      if (overlaps_shape(box, shape)) {
        faults += word + " overlaps " + name(shape) + "\n";
      }
    }
    for (const auto& other : page.arrows) {
      for (size_t i = 1; i < other.points.size(); ++i) {
        if (render::segment_enters(other.points[i - 1], other.points[i], box)) {
          faults += word + " is crossed by arrow " + std::to_string(other.from) + "->" +
                    std::to_string(other.to) + "\n";
        }
      }
      if (&other != &arrow && other.label && boxes_overlap(box, other.label->box)) {
        faults += word + " overlaps word " + other.label->text + "\n";
      }
    }
    for (const auto& join : page.joins) {
      if (render::segment_enters(join.from, join.to, box)) {
        faults += word + " is crossed by the join of step " + std::to_string(join.step) + "\n";
      }
    }
  }
  for (const auto& join : page.joins) {
    auto through = passes_through(join.from, join.to, join.step, join.step);
    if (!through.empty()) {
      faults += "join of step " + std::to_string(join.step) + through + "\n";
    }
  }
  return faults;
}

} // namespace sopctl::test
