// `--format xlsx`: the workbook read back (a zip of XML) has one sheet per
// report, a header row, dates as numbers with a date format and minutes as
// numbers.
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <model/errors.hpp>
#include <ops/records_output.hpp>
#include <ops/workbook.hpp>
#include <process/zip_reader.hpp>
#include <regex>
#include <unistd.h>

using namespace sopctl;
namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& path)
{
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// A scratch directory removed at the end of the test.
struct ScratchDir
{
  fs::path path;
  ScratchDir()
  {
    std::string pattern = (fs::temp_directory_path() / "sopctl-xlsx-XXXXXX").string();
    path = ::mkdtemp(pattern.data());
  }
  ~ScratchDir() { fs::remove_all(path); }
};

std::vector<view::Sheet> two_sheets()
{
  // 2026-11-24T09:00:00+07:00.
  model::Timestamp nine{1795485600, 7 * 60};
  view::Sheet overdue{"overdue",
                      {"draft", "since", "late_minutes", "day"},
                      {{std::string("akta"), nine, std::int64_t{450}, view::Day{20781}}}};
  view::Sheet roles{"roles", {"role", "met"}, {{std::string("kasi"), std::int64_t{3}}}};
  return {overdue, roles};
}

} // namespace

TEST_SUITE("ops::workbook")
{
  TEST_CASE("a workbook holds one sheet per record set with typed cells")
  {
    ScratchDir dir;
    auto path = dir.path / "laporan.xlsx";
    ops::write_workbook(path, two_sheets());
    auto bytes = read_all(path);
    REQUIRE(bytes.starts_with("PK"));
    auto files = process::zip_contents(bytes, [](const std::string&) { return true; });

    const auto& workbook = files.at("xl/workbook.xml");
    CHECK(workbook.find("<sheet name=\"overdue\"") != std::string::npos);
    CHECK(workbook.find("<sheet name=\"roles\"") != std::string::npos);

    // The header row: shared strings, bold (style 1), in the order given.
    const auto& strings = files.at("xl/sharedStrings.xml");
    for (const char* header : {"draft", "since", "late_minutes", "day", "akta"}) {
      CHECK(strings.find(std::string("<t>") + header + "</t>") != std::string::npos);
    }
    const auto& sheet = files.at("xl/worksheets/sheet1.xml");
    CHECK(sheet.find("<c r=\"A1\" s=\"1\" t=\"s\">") != std::string::npos);
    // The moment: a number (no t="s"), 46350.375, with a date style.
    std::smatch since;
    REQUIRE(
      std::regex_search(sheet, since, std::regex("<c r=\"B2\" s=\"(\\d+)\"><v>([0-9.]+)</v>")));
    CHECK(std::stod(since[2]) == doctest::Approx(46350.375));
    // The minutes: a plain number.
    CHECK(sheet.find("<c r=\"C2\"><v>450</v></c>") != std::string::npos);
    // The day: a number with another date style.
    std::smatch day;
    REQUIRE(std::regex_search(sheet, day, std::regex("<c r=\"D2\" s=\"(\\d+)\"><v>46350</v>")));
    // Both styles are date formats.
    const auto& styles = files.at("xl/styles.xml");
    CHECK(styles.find("formatCode=\"yyyy-mm-dd hh:mm\"") != std::string::npos);
    CHECK(styles.find("formatCode=\"yyyy-mm-dd\"") != std::string::npos);
    // Column widths are set, and the header row stays in view.
    CHECK(sheet.find("customWidth=\"1\"") != std::string::npos);
    CHECK(sheet.find("state=\"frozen\"") != std::string::npos);
    CHECK(files.at("xl/worksheets/sheet2.xml").find("<c r=\"B2\"><v>3</v></c>") !=
          std::string::npos);
  }

  TEST_CASE("a workbook replaces an existing file and leaves no temporary file")
  {
    ScratchDir dir;
    auto path = dir.path / "laporan.xlsx";
    std::ofstream(path) << "old";
    ops::write_workbook(path, two_sheets());
    CHECK(read_all(path).starts_with("PK"));
    CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);
  }

  TEST_CASE("a workbook in a directory that does not exist is an error naming the file")
  {
    ScratchDir dir;
    auto path = dir.path / "missing" / "laporan.xlsx";
    CHECK_THROWS_WITH_AS(ops::write_workbook(path, two_sheets()),
                         doctest::Contains((dir.path / "missing").c_str()),
                         model::Error);
    CHECK_FALSE(fs::exists(path));
  }

  TEST_CASE("xlsx without -o is refused before anything is done")
  {
    CHECK_THROWS_WITH_AS(ops::require_file_for_xlsx(view::Format::xlsx, {}),
                         "--format xlsx writes an Excel workbook, which is binary: give the file "
                         "to write with -o FILE.xlsx",
                         model::UsageError);
    CHECK_NOTHROW(ops::require_file_for_xlsx(view::Format::xlsx, {fs::path("x.xlsx")}));
    CHECK_NOTHROW(ops::require_file_for_xlsx(view::Format::csv, {}));
  }
}
