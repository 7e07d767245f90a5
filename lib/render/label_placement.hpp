#pragma once

#include <render/flowchart_layout.hpp>
#include <string>
#include <vector>

namespace sopctl::render {

// A decision exit's word waiting for a place on the chart: the arrow it
// belongs to, the row it stays in, and the places it may go, best first.
struct LabelRequest
{
  size_t page = 0;
  size_t arrow = 0; // index into the page's arrows
  size_t row = 0;   // the decision's row on that page
  std::string text;
  std::vector<Box> candidates;
};

// Gives each request, in turn, the first of its places that lies inside
// the chart and its row and is clear of every symbol, line, arrowhead and
// word so far and of the rules between performer columns; failing that,
// the first clear but for a rule; then the first crossed only by a line;
// failing all, its first place.
void place_labels(std::vector<ChartPage>& pages,
                  const ChartColumns& columns,
                  const std::vector<LabelRequest>& requests);

} // namespace sopctl::render
