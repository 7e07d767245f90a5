#pragma once

// The lines of text on a PDF page as pdftotext -bbox-layout places them, to
// measure where a printed form puts its parts.

#include "sopctl_runner.hpp"

#include <string>
#include <vector>

namespace e2e {

constexpr double mm_per_point = 25.4 / 72;

// One line of text on a page, in points from the top left.
struct PageLine
{
  double left = 0;
  double top = 0;
  double right = 0;
  double bottom = 0;
  std::string text; // its words, one space between them

  double centre() const { return (left + right) / 2; }
};

// A page of a PDF: its width in points and its lines.
struct PageLines
{
  double width = 0;
  std::vector<PageLine> lines;

  // The first line starting with `start`; fails the test when none does.
  const PageLine& starting_with(const std::string& start) const;

  // The clear space, in mm, between the line starting with `name` and the
  // nearest line above it that starts within 1 mm of it (the signer's
  // jabatan above their name): the room to sign and stamp.
  double room_above_mm(const std::string& name) const;

  // All the lines, one a line with their boxes, for a failing test's message.
  std::string listing() const;
};

// Page `page` (1-based) of `pdf`, read with pdftotext -bbox-layout.
PageLines read_page_lines(const Sandbox& sandbox, const fs::path& pdf, int page = 1);

} // namespace e2e
