#include <algorithm>
#include <array>
#include <numeric>
#include <render/arrow_geometry.hpp>
#include <render/table_layout.hpp>
#include <render/text_metrics.hpp>

namespace sopctl::render {

PageSettings PageSettings::scaled(double factor) const
{
  PageSettings s = *this;
  for (double* size : {&s.font_px,
                       &s.line_px,
                       &s.caption_font_px,
                       &s.caption_line_px,
                       &s.padding_x,
                       &s.padding_y,
                       &s.number_width,
                       &s.requirements_width,
                       &s.time_width,
                       &s.output_width,
                       &s.remarks_width,
                       &s.min_activity_width,
                       &s.max_performer_width,
                       &s.least_activity_width,
                       &s.least_requirements_width,
                       &s.least_time_width,
                       &s.least_output_width,
                       &s.least_remarks_width,
                       &s.lane_width,
                       &s.lane_margin,
                       &s.process_height,
                       &s.terminator_height,
                       &s.decision_width,
                       &s.decision_height,
                       &s.max_process_width,
                       &s.min_process_width,
                       &s.process_margin,
                       &s.symbol_gap,
                       &s.turn_gap,
                       &s.symbol_margin,
                       &s.terminal_padding,
                       &s.end_height,
                       &s.connector_size,
                       &s.connector_space,
                       &s.label_font_px}) {
    *size *= factor;
  }
  s.scale *= factor;
  return s;
}

PageSettings page_settings_for(size_t performers)
{
  PageSettings settings;
  if (performers > a4_max_performers) {
    // 420 x 297 mm less 10 mm margins: 400 x 277 mm.
    settings.paper = "A3";
    settings.paper_width_mm = 420;
    settings.paper_height_mm = 297;
    settings.width = 1511;
    settings.height = 1046;
  }
  return settings;
}

double ChartColumns::lane_area(Side side) const
{
  int count = side == Side::left ? lanes.left : lanes.right;
  return count > 0 ? count * lane_width + 2 * lane_margin : 0;
}

double ChartColumns::width() const
{
  return column_left(static_cast<int>(widths.size())) + lane_area(Side::right);
}

double ChartColumns::column_width(int column) const
{
  return column >= 0 && column < static_cast<int>(widths.size()) ? widths[column] : 0;
}

double ChartColumns::column_left(int column) const
{
  int end = std::clamp(column, 0, static_cast<int>(widths.size()));
  return lane_area(Side::left) + std::accumulate(widths.begin(), widths.begin() + end, 0.0);
}

double ChartColumns::column_center(int column) const
{
  return column_left(column) + column_width(column) / 2;
}

double ChartColumns::lane_x(Side side, int lane) const
{
  if (side == Side::left) {
    return lane_area(Side::left) - lane_margin - (lane + 0.5) * lane_width;
  }
  return column_left(static_cast<int>(widths.size())) + lane_margin + (lane + 0.5) * lane_width;
}

std::vector<double> ChartColumns::rule_edges() const
{
  // Between performers only: a lane column belongs to the performer beside
  // it, as in an office's drawing, so no rule separates them.
  std::vector<double> edges;
  for (int column = 1; column < static_cast<int>(widths.size()); ++column) {
    edges.push_back(column_left(column));
  }
  return edges;
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
    columns.performers.push_back(chart.column_width(i));
  }
  columns.lanes_left = chart.lane_area(Side::left);
  columns.lanes_right = chart.lane_area(Side::right);
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

// The width of every column but the activity and the performers'.
double text_columns(const PageSettings& s)
{
  return s.number_width + s.requirements_width + s.time_width + s.output_width + s.remarks_width;
}

// How wide a cell must be to hold the longest word of its bold heading.
double heading_need(std::string_view heading, const PageSettings& s)
{
  // One pixel for the browser's rounding of column widths.
  return widest_word(heading, s.font_px, true) + 2 * s.padding_x + s.border + 1;
}

// The capsule of an exit that ends the procedure: "Selesai" and its padding.
double end_capsule_width(const PageSettings& s)
{
  return exact_width("Selesai", s.label_font_px) + 2 * s.terminal_padding;
}

// Whether a performer column is made wide enough for the words of the
// decision exits leaving it, each just beyond its exit (beside the line
// down, or above or below the line out of the diamond's side).
enum class WordsBeside
{
  yes,
  no, // only where the word must go past a rule: the sheet has no more room
};

// The least width of each performer column: its heading's longest word,
// room for each symbol it holds with a margin to the rules either side, the
// capsules of exits that end the procedure with their words, and with
// WordsBeside::yes the exits' words just beyond their exits.
std::vector<double> column_needs(const model::Sop& sop,
                                 const std::vector<FlowEdge>& edges,
                                 const PageSettings& s,
                                 WordsBeside words = WordsBeside::no)
{
  std::vector<double> needs(std::max<size_t>(sop.performers.size(), 1), 0.0);
  for (size_t i = 0; i < sop.performers.size(); ++i) {
    needs[i] = heading_need(sop.performers[i].name, s);
  }
  for (size_t i = 0; i < sop.steps.size(); ++i) {
    const auto& step = sop.steps[i];
    double symbol = s.min_process_width + 2 * s.process_margin;
    if (step.decision) {
      symbol = s.decision_width + 2 * s.symbol_margin;
    } else if (i == 0 || i + 1 == sop.steps.size()) {
      auto word = i == 0 ? "Mulai" : "Selesai";
      symbol = exact_width(word, s.label_font_px) + 2 * (s.terminal_padding + s.symbol_margin);
    }
    for (int column : symbol_columns(sop, step)) {
      needs[column] = std::max(needs[column], symbol);
    }
  }
  for (const auto& edge : edges) {
    if (edge.kind == EdgeKind::next) {
      continue;
    }
    const auto& step = *sop.find_step(edge.from);
    auto own = symbol_columns(sop, step);
    // The exit's word, as the flowchart sizes it.
    double word = text_width(step.decision->label(exit_of(edge.kind)), s.label_font_px) + 2;
    if (edge.in_lane) {
      if (words == WordsBeside::yes) {
        // Out of the diamond's side towards its lane: the word above or
        // below the line inside the decision's column, over the diamond's
        // slope where it is a quarter of the diamond's height plus 2 px off
        // the line (clear of the arrows entering the decision's side;
        // flowchart_layout's label_sideways).
        int column = edge.side == Side::left ? *std::min_element(own.begin(), own.end())
                                             : *std::max_element(own.begin(), own.end());
        double off = s.decision_height / 4 + 2;
        double slope = s.decision_width / 2 * std::max(0.0, 1 - off / (s.decision_height / 2));
        needs[column] = std::max(needs[column], 2 * (slope + 1 + word + 2));
      }
      continue;
    }
    if (!edge.ends()) {
      // Straight on to the next step: its word beside the line down, within
      // half the column, when the line does not turn or there is room (it
      // may turn towards either side); else past the rule the turn crosses
      // first, in the column beyond it.
      auto [from, to] = nearest_columns(sop, step, *sop.find_step(edge.to));
      if (from == to || words == WordsBeside::yes) {
        needs[from] = std::max(needs[from], 2 * (word + 4) + 2);
      } else {
        int beyond = to > from ? from + 1 : from - 1;
        needs[beyond] = std::max(needs[beyond], word + 3);
      }
      continue;
    }
    int column = end_column(sop, edge);
    double capsule = end_capsule_width(s);
    // Beside the decision: the capsule, and the word past the rule; with
    // room, the two side by side on the line: past the rule the word, a gap
    // and the arrowhead, then the capsule (place_end_terminators).
    double need = std::max(capsule + 2 * s.symbol_margin, word + 3);
    if (words == WordsBeside::yes) {
      need = std::max(need, 1 + word + 3 + arrowhead_length + capsule + s.symbol_margin);
    }
    if (std::find(own.begin(), own.end(), column) != own.end()) {
      // In the decision's own column: the word between the diamond and it.
      need = s.decision_width + 2 * (word + capsule + 3 * s.symbol_margin);
    }
    needs[column] = std::max(needs[column], need);
  }
  return needs;
}

// The narrowest the whole table can be: every performer column at its need,
// every text column at its least.
double narrowest_table(const std::vector<double>& needs, LaneCount lanes, const PageSettings& s)
{
  double least_text =
    s.number_width + s.least_activity_width +
    std::max(s.least_requirements_width, heading_need("Kelengkapan / Persyaratan", s)) +
    std::max(s.least_time_width, heading_need("Waktu", s)) +
    std::max(s.least_output_width, heading_need("Output", s)) +
    std::max(s.least_remarks_width, heading_need("Keterangan", s));
  ChartColumns chart;
  chart.lanes = lanes;
  chart.lane_width = s.lane_width;
  chart.lane_margin = s.lane_margin;
  return std::accumulate(needs.begin(), needs.end(), 0.0) + least_text +
         chart.lane_area(Side::left) + chart.lane_area(Side::right);
}

// `settings`, scaled down as far as the table needs to fit its sheet.
PageSettings fitted_settings(const model::Sop& sop,
                             const std::vector<FlowEdge>& edges,
                             LaneCount lanes,
                             const PageSettings& settings)
{
  auto s = settings;
  // Borders do not shrink, so one factor may leave the table a little too
  // wide: a few rounds settle it.
  for (int round = 0; round < 8; ++round) {
    double narrowest = narrowest_table(column_needs(sop, edges, s), lanes, s);
    if (narrowest <= s.width) {
      break;
    }
    s = s.scaled(s.width / narrowest * 0.995);
  }
  return s;
}

// Each performer column's need with the exits' words beside their exits,
// as far as `room` holds them: the widths beyond the least needs are cut in
// proportion when they do not all fit.
std::vector<double> wanted_widths(const model::Sop& sop,
                                  const std::vector<FlowEdge>& edges,
                                  double room,
                                  const PageSettings& s)
{
  auto least = column_needs(sop, edges, s, WordsBeside::no);
  auto wanted = column_needs(sop, edges, s, WordsBeside::yes);
  double least_total = std::accumulate(least.begin(), least.end(), 0.0);
  double extra = 0;
  for (size_t i = 0; i < wanted.size(); ++i) {
    extra += std::max(wanted[i], least[i]) - least[i];
  }
  double share = extra > 0 ? std::clamp((room - least_total) / extra, 0.0, 1.0) : 1.0;
  for (size_t i = 0; i < wanted.size(); ++i) {
    wanted[i] = least[i] + share * (std::max(wanted[i], least[i]) - least[i]);
  }
  return wanted;
}

// The performer columns' widths for `room`: each gets its need, and what is
// left is shared so that the narrow ones grow first, up to `widest` each.
// When every need fits an even share, every column gets that share.
std::vector<double> fill_columns(const std::vector<double>& needs, double room, double widest)
{
  double even = std::min(widest, room / static_cast<double>(needs.size()));
  if (std::all_of(needs.begin(), needs.end(), [&](double need) { return need <= even; })) {
    return std::vector<double>(needs.size(), even);
  }
  auto total_at = [&](double level) {
    double total = 0;
    for (double need : needs) {
      total += std::max(need, level);
    }
    return total;
  };
  // The highest level, up to `widest`, at which the columns fill no more
  // than `room` (0 when even their needs overflow it).
  double low = 0;
  double high = widest;
  if (total_at(high) <= room) {
    low = high;
  }
  for (int i = 0; i < 60 && high - low > 0.001; ++i) {
    double middle = (low + high) / 2;
    (total_at(middle) <= room ? low : high) = middle;
  }
  std::vector<double> widths;
  for (double need : needs) {
    widths.push_back(std::max(need, low));
  }
  return widths;
}

// How narrow each Mutu Baku and Keterangan column may be squeezed: its
// least width, its heading's longest word, and the longest word written in
// it, so that no word of the SOP is cut across lines.
std::array<double, 4> mutu_baku_least(const model::Sop& sop, const PageSettings& s)
{
  std::array<double, 4> least{
    std::max(s.least_requirements_width, heading_need("Kelengkapan / Persyaratan", s)),
    std::max(s.least_time_width, heading_need("Waktu", s)),
    std::max(s.least_output_width, heading_need("Output", s)),
    std::max(s.least_remarks_width, heading_need("Keterangan", s)),
  };
  for (const auto& step : sop.steps) {
    std::array<const std::string*, 4> texts{
      &step.requirements, &step.time, &step.output, &step.remarks};
    for (size_t i = 0; i < texts.size(); ++i) {
      double word = widest_word(*texts[i], s.font_px) * s.width_safety;
      least[i] = std::max(least[i], word + 2 * s.padding_x + s.border);
    }
  }
  return least;
}

// Takes `short_by` pixels from the Mutu Baku and Keterangan columns, each
// in proportion to what it has above its least width (mutu_baku_least).
void squeeze_mutu_baku(PageSettings& s, const std::array<double, 4>& least, double short_by)
{
  if (short_by <= 0) {
    return;
  }
  std::array<std::pair<double*, double>, 4> columns{{
    {&s.requirements_width, least[0]},
    {&s.time_width, least[1]},
    {&s.output_width, least[2]},
    {&s.remarks_width, least[3]},
  }};
  double slack = 0;
  for (const auto& [width, least] : columns) {
    slack += std::max(0.0, *width - least);
  }
  if (slack <= 0) {
    return;
  }
  double share = std::min(1.0, short_by / slack);
  for (auto& [width, least] : columns) {
    *width -= std::max(0.0, *width - least) * share;
  }
}

} // namespace

double row_height(const model::Step& step, const ColumnWidths& columns, const PageSettings& s)
{
  int lines = std::max({lines_in(trim_end(step.activity), columns.activity, s),
                        lines_in(trim_end(step.requirements), columns.requirements, s),
                        lines_in(trim_end(step.time), columns.time, s),
                        lines_in(trim_end(step.output), columns.output, s),
                        lines_in(trim_end(step.remarks), columns.remarks, s)});
  double symbol = step.decision ? s.decision_height : s.process_height;
  return std::max(text_row(lines, s), symbol + s.symbol_gap + s.turn_gap);
}

TableLayout lay_out_table(const model::Sop& sop,
                          const std::vector<FlowEdge>& edges,
                          const PageSettings& settings)
{
  TableLayout layout;
  auto lanes = count_lanes(edges);
  auto s = fitted_settings(sop, edges, lanes, settings);
  auto& chart = layout.chart;
  chart.performers = static_cast<int>(sop.performers.size());
  chart.lanes = lanes;
  chart.lane_width = s.lane_width;
  chart.lane_margin = s.lane_margin;
  double lanes_width = chart.lane_area(Side::left) + chart.lane_area(Side::right);
  // A Mutu Baku or Keterangan column is never narrower than its longest
  // word: "diketemukan" in a Waktu cell is not cut into "diketemu kan".
  auto least = mutu_baku_least(sop, s);
  for (auto [width, need] : {std::pair{&s.requirements_width, least[0]},
                             std::pair{&s.time_width, least[1]},
                             std::pair{&s.output_width, least[2]},
                             std::pair{&s.remarks_width, least[3]}}) {
    *width = std::max(*width, need);
  }
  double room = s.width - text_columns(s) - s.min_activity_width - lanes_width;
  // The exits' words may take the activity and Mutu Baku columns down to
  // their least widths, never cutting a word of theirs (mutu_baku_least).
  std::array<double, 4> usual{s.requirements_width, s.time_width, s.output_width, s.remarks_width};
  double least_text = s.number_width + s.least_activity_width;
  for (size_t i = 0; i < least.size(); ++i) {
    least_text += std::min(least[i], usual[i]);
  }
  double room_for_words = s.width - least_text - lanes_width;
  chart.widths =
    fill_columns(wanted_widths(sop, edges, room_for_words, s), room, s.max_performer_width);
  double activity = s.width - text_columns(s) - lanes_width -
                    std::accumulate(chart.widths.begin(), chart.widths.end(), 0.0);
  squeeze_mutu_baku(s, least, s.least_activity_width - activity);
  layout.settings = s;
  layout.columns = column_widths(sop, chart, s);
  layout.caption_height = caption_height(sop, s);
  layout.header_height = header_height(sop, layout.columns, s);
  std::vector<double> rows;
  for (const auto& step : sop.steps) {
    rows.push_back(row_height(step, layout.columns, s));
  }
  double room_for_rows = s.height - layout.caption_height - layout.header_height - s.page_safety;
  layout.pages = paginate(rows, room_for_rows, s);
  return layout;
}

} // namespace sopctl::render
