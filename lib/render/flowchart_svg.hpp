#pragma once

#include <render/flowchart_layout.hpp>
#include <string>

namespace sopctl::render {

// One page of the flowchart as an inline SVG element, drawn to fill the
// table's performer columns over that page's rows: the lines between columns
// and rows, the lines joining a step's symbols, the symbols, the arrows with
// their heads and labels (escaped: a decision's words are the SOP's). Styled
// by the classes flowchart, grid, join, symbol, connector, flow, head,
// terminal, letter and label.
std::string chart_svg(const ChartPage& page, const ChartColumns& columns, int page_number);

// A coordinate as SVG text: at most one decimal, no trailing ".0".
std::string svg_number(double value);

} // namespace sopctl::render
