#include <algorithm>
#include <numeric>
#include <render/table_layout.hpp>
#include <render/text_metrics.hpp>

namespace sopctl::render {

double ChartColumns::width() const
{
  int columns = std::max(performers, 1);
  return (lanes.left + lanes.right) * lane_width + columns * performer_width;
}

double ChartColumns::column_left(int column) const
{
  return lanes.left * lane_width + column * performer_width;
}

double ChartColumns::column_center(int column) const
{
  return column_left(column) + performer_width / 2;
}

double ChartColumns::lane_x(Side side, int lane) const
{
  if (side == Side::left) {
    return (lanes.left - lane - 0.5) * lane_width;
  }
  return column_left(std::max(performers, 1)) + (lane + 0.5) * lane_width;
}

double TablePage::height() const
{
  return std::accumulate(row_heights.begin(), row_heights.end(), 0.0);
}

double TablePage::row_top(size_t row) const
{
  return std::accumulate(row_heights.begin(), row_heights.begin() + row, 0.0);
}

namespace {

// Lines of `text` in a column `width` wide, once its padding is taken off.
int lines_in(std::string_view text, double width, const PageSettings& settings, bool bold = false)
{
  double room = (width - 2 * settings.padding_x - settings.border) / settings.width_safety;
  return count_lines(text, room, settings.font_px, bold);
}

double text_row(int lines, const PageSettings& settings)
{
  return lines * settings.line_px + 2 * settings.padding_y + settings.border;
}

ColumnWidths column_widths(const model::Sop& sop, const ChartColumns& chart, const PageSettings& s)
{
  ColumnWidths columns{
    s.number_width, 0, {}, s.requirements_width, s.time_width, s.output_width, s.remarks_width};
  double fixed =
    s.number_width + s.requirements_width + s.time_width + s.output_width + s.remarks_width;
  columns.activity = s.width - fixed - chart.width();
  int count = std::max<int>(sop.performers.size(), 1);
  for (int i = 0; i < count; ++i) {
    double width = chart.performer_width;
    if (i == 0) {
      width += chart.lanes.left * chart.lane_width;
    }
    if (i == count - 1) {
      width += chart.lanes.right * chart.lane_width;
    }
    columns.performers.push_back(width);
  }
  return columns;
}

double header_height(const model::Sop& sop, const ColumnWidths& columns, const PageSettings& s)
{
  int lines = lines_in("Kelengkapan / Persyaratan", columns.requirements, s, true);
  for (size_t i = 0; i < sop.performers.size(); ++i) {
    lines = std::max(lines, lines_in(sop.performers[i].name, columns.performers[i], s, true));
  }
  return text_row(1, s) + text_row(lines, s);
}

double caption_height(const model::Sop& sop, const PageSettings& s)
{
  auto caption = (sop.section.empty() ? sop.name : sop.section) + " (lanjutan)";
  double room = s.width / s.width_safety;
  int lines = count_lines(caption, room, s.caption_font_px, true);
  return lines * s.caption_line_px + 6; // the caption's bottom margin
}

std::vector<TablePage> paginate(const std::vector<double>& rows, double room, const PageSettings& s)
{
  std::vector<TablePage> pages;
  size_t next = 0;
  do {
    TablePage page;
    page.first = next;
    page.extra_top = pages.empty() ? 0 : s.connector_space;
    double used = 0;
    while (next < rows.size()) {
      double height = rows[next] + (page.row_heights.empty() ? page.extra_top : 0);
      double reserve = next + 1 < rows.size() ? s.connector_space : 0;
      if (!page.row_heights.empty() && used + height + reserve > room) {
        break;
      }
      page.row_heights.push_back(height);
      used += height;
      ++next;
    }
    if (next < rows.size()) {
      page.extra_bottom = s.connector_space;
      page.row_heights.back() += s.connector_space;
    }
    pages.push_back(std::move(page));
  } while (next < rows.size());
  return pages;
}

} // namespace

double row_height(const model::Step& step, const ColumnWidths& columns, const PageSettings& s)
{
  int lines = std::max({lines_in(step.activity, columns.activity, s),
                        lines_in(step.requirements, columns.requirements, s),
                        lines_in(step.time, columns.time, s),
                        lines_in(step.output, columns.output, s),
                        lines_in(step.remarks, columns.remarks, s)});
  double symbol = step.decision ? s.decision_height : s.process_height;
  return std::max(text_row(lines, s), symbol + 2 * s.symbol_gap);
}

TableLayout lay_out_table(const model::Sop& sop, LaneCount lanes, const PageSettings& settings)
{
  TableLayout layout;
  layout.settings = settings;
  auto& chart = layout.chart;
  chart.performers = static_cast<int>(sop.performers.size());
  chart.lanes = lanes;
  chart.lane_width = settings.lane_width;
  double fixed = settings.number_width + settings.requirements_width + settings.time_width +
                 settings.output_width + settings.remarks_width + settings.min_activity_width +
                 (lanes.left + lanes.right) * settings.lane_width;
  chart.performer_width = std::min(settings.max_performer_width,
                                   (settings.width - fixed) / std::max(chart.performers, 1));
  layout.columns = column_widths(sop, chart, settings);
  layout.caption_height = caption_height(sop, settings);
  layout.header_height = header_height(sop, layout.columns, settings);
  std::vector<double> rows;
  for (const auto& step : sop.steps) {
    rows.push_back(row_height(step, layout.columns, settings));
  }
  double room =
    settings.height - layout.caption_height - layout.header_height - settings.page_safety;
  layout.pages = paginate(rows, room, settings);
  return layout;
}

} // namespace sopctl::render
