// The forms as workbook sheets (`render monitoring|evaluation --format
// xlsx`): the regulation's headings as the header row, a text for the
// result, an empty cell where nothing was recorded, the day as a date.
#include <doctest/doctest.h>
#include <ops/monev_sheets.hpp>

using namespace sopctl;

TEST_SUITE("ops::monev_sheets")
{
  TEST_CASE("Tabel 7 as a sheet")
  {
    render::MonitoringTable table;
    table.period = "2026-H2";
    table.rows = {{"1", "01/SOP", "Akta", "tidak", "Berkas kurang", "revisi", "Siti", "2026-08-03"},
                  {"2", "", "KTP", "", "", "", "", ""}};
    auto sheet = ops::monitoring_sheet(table);
    CHECK(sheet.name == "Monitoring 2026-H2");
    CHECK(sheet.columns == std::vector<std::string>{"No",
                                                    "Nomor SOP",
                                                    "Prosedur",
                                                    "Penilaian Terhadap Penerapan",
                                                    "Catatan Hasil Penilaian",
                                                    "Tindakan yang Harus Diambil",
                                                    "Paraf Penilai",
                                                    "Tanggal Penilaian"});
    REQUIRE(sheet.rows.size() == 2);
    const auto& monitored = sheet.rows[0];
    CHECK(std::get<std::int64_t>(monitored[0]) == 1);
    CHECK(std::get<std::string>(monitored[3]) == "Tidak berjalan dengan baik");
    CHECK(std::get<std::string>(monitored[5]) == "revisi");
    CHECK(std::get<view::Day>(monitored[7]).number == *time::parse_day("2026-08-03"));
    const auto& gap = sheet.rows[1];
    CHECK(std::holds_alternative<std::monostate>(gap[1]));
    CHECK(std::holds_alternative<std::monostate>(gap[3]));
    CHECK(std::holds_alternative<std::monostate>(gap[7]));
    CHECK(
      view::sheet_csv(sheet, view::CsvStyle::rfc4180)
        .find("1,01/SOP,Akta,Tidak berjalan dengan baik,Berkas kurang,revisi,Siti,2026-08-03") !=
      std::string::npos);
  }

  TEST_CASE("the evaluation as a sheet: a column per criterion")
  {
    render::EvaluationTable table;
    table.period = "2026";
    table.rows = {{"1",
                   "01/SOP",
                   "Akta",
                   {"ya", "tidak", "ya", "ya", "ya", "ya", "ya"},
                   "baik",
                   "Baik",
                   "",
                   "Siti",
                   "2026-11-20"}};
    auto sheet = ops::evaluation_sheet(table);
    CHECK(sheet.name == "Evaluasi 2026");
    REQUIRE(sheet.columns.size() == 3 + 7 + 5);
    CHECK(sheet.columns[3] == "Mampu mendorong peningkatan kinerja");
    CHECK(sheet.columns[9] == "Sinergi satu dengan lainnya");
    CHECK(sheet.columns[10] == "Hasil Evaluasi");
    CHECK(sheet.columns[14] == "Tanggal Penilaian");
    const auto& cells = sheet.rows.at(0);
    CHECK(std::get<std::string>(cells[3]) == "Ya");
    CHECK(std::get<std::string>(cells[4]) == "Tidak");
    CHECK(std::get<std::string>(cells[10]) == "Baik");
    CHECK(std::holds_alternative<std::monostate>(cells[12]));
  }
}
