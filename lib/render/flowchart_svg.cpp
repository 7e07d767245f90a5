#include <cmath>
#include <fmt/format.h>
#include <render/escape.hpp>
#include <render/flowchart_svg.hpp>

namespace sopctl::render {

std::string svg_number(double value)
{
  double rounded = std::round(value * 10) / 10;
  if (rounded == 0) {
    return "0"; // never "-0"
  }
  auto text = fmt::format("{:.1f}", rounded);
  if (text.ends_with(".0")) {
    text.resize(text.size() - 2);
  }
  return text;
}

namespace {

std::string points_text(const auto& points)
{
  std::string text;
  for (const auto& point : points) {
    text += (text.empty() ? "" : " ") + svg_number(point.x) + "," + svg_number(point.y);
  }
  return text;
}

// Lines a table border would draw: a 1 px border sits in the last pixel of
// the cell before it, so its middle is half a pixel before the boundary.
void draw_grid(std::string& svg, const ChartPage& page, const ChartColumns& columns)
{
  for (double edge : columns.rule_edges()) {
    auto x = svg_number(edge - 0.5);
    svg += fmt::format(
      R"(<line class="grid" x1="{}" y1="0" x2="{}" y2="{}"/>)", x, x, svg_number(page.height));
  }
  for (size_t row = 1; row + 1 < page.row_tops.size(); ++row) {
    auto y = svg_number(page.row_tops[row] - 0.5);
    svg += fmt::format(
      R"(<line class="grid" x1="0" y1="{}" x2="{}" y2="{}"/>)", y, svg_number(page.width), y);
  }
}

void draw_text(std::string& svg, const std::string& css_class, Point at, const std::string& text)
{
  // Generated words (Mulai, a letter) or ones escaped by the caller.
  svg += fmt::format(R"(<text class="{}" x="{}" y="{}">{}</text>)",
                     css_class,
                     svg_number(at.x),
                     svg_number(at.y),
                     text);
}

// The baseline that centres a line of `font_px` type on `middle`: half the
// height of Liberation Sans's capitals below it.
double centred_baseline(double middle, double font_px)
{
  return middle + 0.35 * font_px;
}

void draw_outline(std::string& svg, const Shape& shape, double font_px)
{
  const auto& box = shape.box;
  auto middle = box.center();
  switch (shape.kind) {
    case ShapeKind::terminator:
    case ShapeKind::process: {
      auto radius = shape.kind == ShapeKind::terminator ? svg_number(box.height / 2) : "0";
      svg += fmt::format(R"(<rect class="symbol" x="{}" y="{}" width="{}" height="{}" rx="{}"/>)",
                         svg_number(box.left),
                         svg_number(box.top),
                         svg_number(box.width),
                         svg_number(box.height),
                         radius);
      break;
    }
    case ShapeKind::decision: {
      std::array<Point, 4> corners{{{middle.x, box.top},
                                    {box.right(), middle.y},
                                    {middle.x, box.bottom()},
                                    {box.left, middle.y}}};
      svg += fmt::format(R"(<polygon class="symbol" points="{}"/>)", points_text(corners));
      break;
    }
    case ShapeKind::connector: {
      double shoulder = box.top + box.height * 0.6;
      std::array<Point, 5> corners{{{box.left, box.top},
                                    {box.right(), box.top},
                                    {box.right(), shoulder},
                                    {middle.x, box.bottom()},
                                    {box.left, shoulder}}};
      svg += fmt::format(R"(<polygon class="connector" points="{}"/>)", points_text(corners));
      draw_text(svg,
                "letter",
                {middle.x, centred_baseline(box.top + box.height * 0.4, font_px)},
                shape.label);
      return;
    }
  }
  if (!shape.label.empty()) {
    draw_text(svg, "terminal", {middle.x, centred_baseline(middle.y, font_px)}, shape.label);
  }
}

// A symbol and its word in a group that names its step (0 for a connector,
// -1 for the terminator of an exit that ends the procedure), its performer
// column (-1 for a connector) and its row on the page, for whoever reads
// the drawing (the browser test measures each against the table's cells).
void draw_shape(std::string& svg, const Shape& shape, double font_px)
{
  svg += fmt::format(R"(<g class="shape" data-step="{}" data-column="{}" data-row="{}">)",
                     shape.step,
                     shape.column,
                     shape.row);
  draw_outline(svg, shape, font_px);
  svg += "</g>";
}

void draw_join(std::string& svg, const Join& join)
{
  svg += fmt::format(R"(<line class="join" x1="{}" y1="{}" x2="{}" y2="{}"/>)",
                     svg_number(join.from.x),
                     svg_number(join.from.y),
                     svg_number(join.to.x),
                     svg_number(join.to.y));
}

// An arrow, its head and its word in a group naming the steps it joins.
void draw_arrow(std::string& svg, const Arrow& arrow, double font_px)
{
  svg += fmt::format(R"(<g class="arrow" data-from="{}" data-to="{}">)", arrow.from, arrow.to);
  svg += fmt::format(R"(<polyline class="flow" points="{}"/>)", points_text(arrow.points));
  svg += fmt::format(R"(<polygon class="head" points="{}"/>)", points_text(arrow.head));
  if (arrow.label) {
    const auto& box = arrow.label->box;
    // The baseline leaves room for descenders below it, inside the box.
    draw_text(
      svg, "label", {box.left + 1, box.bottom() - 0.25 * font_px}, html_escape(arrow.label->text));
  }
  svg += "</g>";
}

} // namespace

std::string chart_svg(const ChartPage& page, const ChartColumns& columns, int page_number)
{
  // The chart's cell ends in a 1 px border on the right and at the bottom,
  // like every cell of the table; the drawing fills the rest at 1:1.
  auto width = svg_number(page.width - 1);
  auto height = svg_number(page.height - 1);
  std::string svg = fmt::format(
    R"(<svg class="flowchart" xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" )"
    R"(viewBox="0 0 {} {}" role="img" aria-label="Diagram alir, halaman {}">)",
    width,
    height,
    width,
    height,
    page_number);
  draw_grid(svg, page, columns);
  for (const auto& join : page.joins) {
    draw_join(svg, join);
  }
  for (const auto& arrow : page.arrows) {
    draw_arrow(svg, arrow, page.font_px);
  }
  for (const auto& shape : page.shapes) {
    draw_shape(svg, shape, page.font_px);
  }
  svg += "</svg>";
  return svg;
}

} // namespace sopctl::render
