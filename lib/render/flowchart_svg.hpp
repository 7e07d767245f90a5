#pragma once

#include <render/flowchart_layout.hpp>
#include <string>

namespace sopctl::render {

// One page of the flowchart as an inline SVG element, drawn to fill the
// table's performer columns over that page's rows: the lines between columns
// and rows, the symbols, the arrows with their heads and labels. Styled by
// the classes flowchart, grid, symbol, connector, flow, head and label.
std::string chart_svg(const ChartPage& page, const ChartColumns& columns, int page_number);

// A coordinate as SVG text: at most one decimal, no trailing ".0".
std::string svg_number(double value);

} // namespace sopctl::render
