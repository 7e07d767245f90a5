#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sopctl::render {

// Estimates how the browser will wrap text, so that rows can be sized and
// pages filled before any browser lays them out. Widths are those of
// Liberation Sans (metric-compatible with Arial and Helvetica), the font the
// HTML asks for first.

// The width of `text` on one line, in CSS pixels, at `font_px`; `bold`
// widens it as bold type does.
double text_width(std::string_view text, double font_px, bool bold = false);

// The width of `text` on one line as the browser sets it: the font's own
// advance widths, regular or bold, without the estimate's margin.
double exact_width(std::string_view text, double font_px, bool bold = false);

// The exact width of the widest word of `text` (words end at spaces and
// line breaks): how narrow a cell that never breaks a word can be.
double widest_word(std::string_view text, double font_px, bool bold = false);

// `text` broken into lines no wider than `width_px`, at spaces, with words
// longer than a line cut (the HTML lets the browser break them anywhere
// too). Line breaks in `text` are kept; an empty text is one empty line.
std::vector<std::string> wrap_text(std::string_view text,
                                   double width_px,
                                   double font_px,
                                   bool bold = false);

// `text` without the spaces and line breaks at its end (a YAML block
// scalar's last line break), which would otherwise count as a line.
std::string_view trim_end(std::string_view text);

// The number of lines wrap_text makes.
int count_lines(std::string_view text, double width_px, double font_px, bool bold = false);

} // namespace sopctl::render
