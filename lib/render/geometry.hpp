#pragma once

namespace sopctl::render {

// A point of a flowchart, in CSS pixels from the top left of its page's chart.
struct Point
{
  double x = 0;
  double y = 0;

  bool operator==(const Point& other) const = default;
};

// An axis-aligned rectangle, in CSS pixels.
struct Box
{
  double left = 0;
  double top = 0;
  double width = 0;
  double height = 0;

  // The right and bottom edges, and the middle.
  double right() const { return left + width; }
  double bottom() const { return top + height; }
  Point center() const { return {left + width / 2, top + height / 2}; }
};

// Whether the axis-parallel segment from `a` to `b` passes through the inside
// of `box` (touching its edge does not count).
inline bool segment_enters(Point a, Point b, const Box& box)
{
  if (a.y == b.y) {
    double low = a.x < b.x ? a.x : b.x;
    double high = a.x < b.x ? b.x : a.x;
    return a.y > box.top && a.y < box.bottom() && high > box.left && low < box.right();
  }
  double low = a.y < b.y ? a.y : b.y;
  double high = a.y < b.y ? b.y : a.y;
  return a.x > box.left && a.x < box.right() && high > box.top && low < box.bottom();
}

} // namespace sopctl::render
