#include <model/evaluation_criteria.hpp>
#include <ops/monev_sheets.hpp>

namespace sopctl::ops {

namespace {

// A text cell; an empty text is an empty cell.
view::Cell text(const std::string& value)
{
  return value.empty() ? view::Cell{} : view::Cell{value};
}

// The row's number as a number.
view::Cell number(const std::string& no)
{
  return view::Cell{static_cast<std::int64_t>(std::stoll(no))};
}

// The day a row was recorded, as a date cell.
view::Cell day(const std::string& iso_date)
{
  auto parsed = time::parse_day(iso_date);
  return parsed ? view::Cell{view::Day{*parsed}} : view::Cell{};
}

} // namespace

view::Sheet monitoring_sheet(const render::MonitoringTable& table)
{
  view::Sheet sheet;
  sheet.name = "Monitoring " + table.period;
  sheet.columns = {"No",
                   "Nomor SOP",
                   "Prosedur",
                   "Penilaian Terhadap Penerapan",
                   "Catatan Hasil Penilaian",
                   "Tindakan yang Harus Diambil",
                   "Paraf Penilai",
                   "Tanggal Penilaian"};
  for (const auto& row : table.rows) {
    auto result = row.result == "baik"    ? std::string("Berjalan dengan baik")
                  : row.result == "tidak" ? std::string("Tidak berjalan dengan baik")
                                          : std::string();
    sheet.rows.push_back({number(row.no),
                          text(row.number),
                          text(row.name),
                          text(result),
                          text(row.note),
                          text(row.action),
                          text(row.penilai),
                          day(row.date)});
  }
  return sheet;
}

view::Sheet evaluation_sheet(const render::EvaluationTable& table)
{
  view::Sheet sheet;
  sheet.name = "Evaluasi " + table.period;
  sheet.columns = {"No", "Nomor SOP", "Prosedur"};
  for (auto wording : model::evaluation_criteria) {
    sheet.columns.emplace_back(wording);
  }
  for (const auto* heading : {"Hasil Evaluasi",
                              "Catatan Hasil Penilaian",
                              "Tindakan yang Harus Diambil",
                              "Paraf Penilai",
                              "Tanggal Penilaian"}) {
    sheet.columns.emplace_back(heading);
  }
  for (const auto& row : table.rows) {
    std::vector<view::Cell> cells{number(row.no), text(row.number), text(row.name)};
    for (size_t i = 0; i < model::evaluation_criteria.size(); ++i) {
      auto answer = i < row.answers.size() ? row.answers[i] : std::string();
      cells.push_back(text(answer == "ya" ? "Ya" : answer == "tidak" ? "Tidak" : ""));
    }
    cells.push_back(text(row.result == "baik"    ? "Baik"
                         : row.result == "tidak" ? "Tidak baik"
                                                 : ""));
    cells.push_back(text(row.note));
    cells.push_back(text(row.action));
    cells.push_back(text(row.penilai));
    cells.push_back(day(row.date));
    sheet.rows.push_back(std::move(cells));
  }
  return sheet;
}

} // namespace sopctl::ops
