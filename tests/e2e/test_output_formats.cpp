// One --format everywhere (issue 12, section 3): table, json, csv,
// csv-rfc4180 on every command that prints records, xlsx for status and the
// reports; one JSON convention with a `schema` field; tables that fit the
// terminal. 2026-11-24 is a Tuesday.
#include "file_helpers.hpp"
#include "json_lite.hpp"
#include "report_helpers.hpp"
#include "terminal_run.hpp"
#include "tool_helpers.hpp"

#include <doctest/doctest.h>
#include <regex>

using namespace e2e;

namespace {

const std::string long_title = "Pelayanan Akta Kelahiran bagi Penduduk yang Lahir di Luar Negeri";

// Two drafts: one overdue at step 1, one with a long title at step 2.
void seed_two(const Sandbox& sandbox)
{
  sandbox.init();
  start_at(sandbox, "kk", "Pelayanan KK", "2026-11-24T09:00");
  start_at(sandbox, "akta", long_title, "2026-11-24T09:00");
  advance_at(sandbox, "akta", "sekretaris", "2026-11-24T10:00");
}

const std::string at = "2026-11-25T10:00";

// The number of characters of the widest line.
size_t widest_line(const std::string& text)
{
  size_t widest = 0;
  for (const auto& line : lines_of(text)) {
    size_t characters = 0;
    for (char c : line) {
      characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    widest = std::max(widest, characters);
  }
  return widest;
}

// A file of the workbook, read with unzip.
std::string workbook_part(const Sandbox& sandbox, const std::string& file, const std::string& part)
{
  auto result = sandbox.run_program(sandbox.repo(), {"unzip", "-p", file, part});
  REQUIRE(result.exit_code == 0);
  return result.out;
}

} // namespace

TEST_SUITE("output formats")
{
  TEST_CASE("every command that prints records names its JSON schema")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    const std::vector<std::pair<std::vector<std::string>, std::string>> commands = {
      {{"status", "--at", at}, "sopctl.status/1"},
      {{"status", "akta", "--at", at}, "sopctl.draft/1"},
      {{"log", "akta"}, "sopctl.log/1"},
      {{"report", "overdue", "--at", at}, "sopctl.report.overdue/1"},
      {{"report", "due", "--at", at}, "sopctl.report.due/1"},
      {{"report", "performance"}, "sopctl.report.performance/1"},
      {{"check"}, "sopctl.check/1"},
      {{"verify"}, "sopctl.verify/1"},
      {{"calendar", "show"}, "sopctl.calendar/1"},
    };
    for (auto [args, schema] : commands) {
      args.insert(args.end(), {"--format", "json"});
      CAPTURE(schema);
      auto json = Json::parse(run_ok(sandbox, args));
      CHECK(json["schema"].as_string() == schema);
    }
  }

  TEST_CASE("steps is always the array of steps, the count is step_count")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    auto list = Json::parse(run_ok(sandbox, {"status", "--at", at, "--format", "json"}));
    REQUIRE(list["drafts"].size() == 2);
    CHECK(list["as_of"].as_string() == "2026-11-25T10:00:00+07:00");
    const auto& akta = list["drafts"][0];
    CHECK(akta["id"].as_string() == "akta");
    CHECK(akta["step_count"].as_int() == 10);
    CHECK_FALSE(akta.has("steps"));
    auto draft = Json::parse(run_ok(sandbox, {"status", "akta", "--at", at, "--format", "json"}));
    CHECK(draft["step_count"].as_int() == 10);
    CHECK(draft["steps"].size() == 10);
    CHECK(draft["steps"][1]["state"].as_string() == "active");
    auto log = Json::parse(run_ok(sandbox, {"log", "akta", "--format", "json"}));
    CHECK(log["draft"].as_string() == "akta");
    CHECK(log["events"].size() == 2);
    auto verify = Json::parse(run_ok(sandbox, {"verify", "--format", "json"}));
    CHECK(verify["draft_count"].as_int() == 2);
    CHECK(verify["event_count"].as_int() == 3);
    CHECK(verify["intact"].as_bool());
  }

  TEST_CASE("csv is for Excel in an Indonesian locale: a UTF-8 BOM and semicolons between fields")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    auto csv = run_ok(sandbox, {"status", "--at", at, "--format", "csv"});
    REQUIRE(csv.starts_with("\xEF\xBB\xBF"));
    auto rows = lines_of(csv.substr(3));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == "id;title;state;step;activity;role;performer;step_count;since;started;"
                     "round;due;late_minutes;clock;procedure\r");
    CHECK(rows[1].starts_with("akta;" + long_title + ";in_progress;2;"));
    auto plain = run_ok(sandbox, {"status", "--at", at, "--format", "csv-rfc4180"});
    CHECK(plain.starts_with("id,title,state,step,"));
    // The same records either way, only the separators differ.
    CHECK(lines_of(plain).size() == 3);
  }

  TEST_CASE("log, check, verify and calendar show print CSV records too")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    auto log = lines_of(run_ok(sandbox, {"log", "akta", "--format", "csv-rfc4180"}));
    REQUIRE(log.size() == 3);
    CHECK(log[0] ==
          "event,step,role,by,at,recorded,exit,note,hash,result,action,ref,revises,voided,voids\r");
    CHECK(log[1].starts_with("started,,,Budi,2026-11-24T09:00:00+07:00,"));
    CHECK(lines_of(run_ok(sandbox, {"check", "--format", "csv-rfc4180"}))[0] ==
          "severity,file,line,column,message\r");
    CHECK(lines_of(run_ok(sandbox, {"verify", "--format", "csv-rfc4180"})) ==
          std::vector<std::string>{"message\r"});
    write_bytes(sandbox.repo() / "sopctl.yaml",
                replace_once(read_bytes(sandbox.repo() / "sopctl.yaml"),
                             "holidays: []",
                             "holidays:\n  - date: \"2026-12-25\"\n    name: Natal"));
    auto calendar = run_ok(sandbox, {"calendar", "show", "--format", "csv"});
    CHECK(calendar == "\xEF\xBB\xBF"
                      "date;weekday;hours;holiday;name\r\n"
                      "2026-12-25;friday;;true;Natal\r\n");
  }

  TEST_CASE("check as JSON places each problem and fails like the table")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    write_bytes(sandbox.draft("rusak"), "name: [\n");
    auto result = sandbox.run({"check", "--format", "json"});
    CHECK(result.exit_code == 1);
    auto json = Json::parse(result.out);
    CHECK_FALSE(json["valid"].as_bool());
    REQUIRE(json["problems"].size() >= 1);
    const auto& problem = json["problems"][0];
    CHECK(problem["severity"].as_string() == "error");
    CHECK(problem["file"].as_string() == "sops/rusak.yaml");
    CHECK(problem["line"].as_int() >= 1);
  }

  TEST_CASE("xlsx needs -o FILE and is refused before anything is read")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    for (std::vector<std::string> args :
         {std::vector<std::string>{"status", "--format", "xlsx"},
          std::vector<std::string>{"report", "overdue", "--format", "xlsx"}}) {
      auto result = sandbox.run(args);
      CHECK(result.exit_code == 2);
      CHECK(result.out == "");
      CHECK(result.err.find("--format xlsx writes an Excel workbook, which is binary: give the "
                            "file to write with -o FILE.xlsx") != std::string::npos);
    }
    auto log = sandbox.run({"log", "akta", "--format", "xlsx"});
    CHECK(log.exit_code == 2);
  }

  TEST_CASE("report overdue as xlsx: one sheet, a header row, dates as dates, minutes as numbers")
  {
    if (tools_missing({"unzip"}, "unzip is missing: apt-get install unzip")) {
      return;
    }
    Sandbox sandbox;
    seed_two(sandbox);
    CHECK(run_ok(sandbox,
                 {"report", "overdue", "--at", at, "--format", "xlsx", "-o", "terlambat.xlsx"}) ==
          "");
    auto workbook = workbook_part(sandbox, "terlambat.xlsx", "xl/workbook.xml");
    CHECK(workbook.find("<sheet name=\"overdue\"") != std::string::npos);
    auto sheet = workbook_part(sandbox, "terlambat.xlsx", "xl/worksheets/sheet1.xml");
    auto strings = workbook_part(sandbox, "terlambat.xlsx", "xl/sharedStrings.xml");
    CHECK(strings.find("<t>late_minutes</t>") != std::string::npos);
    CHECK(strings.find("<t>Pelayanan KK</t>") != std::string::npos);
    // G: since, a date: a number with a style; I: late_minutes, a number.
    std::smatch since;
    REQUIRE(std::regex_search(sheet, since, std::regex("<c r=\"G2\" s=\"\\d+\"><v>([0-9.]+)</v>")));
    // kk and akta both started Tuesday 09:00; the kk row (most late) first.
    CHECK(std::stod(since[1]) == doctest::Approx(46350.375));
    auto json = Json::parse(run_ok(sandbox, {"report", "overdue", "--at", at, "--format", "json"}));
    auto late = json["rows"][0]["late_minutes"].as_int();
    CHECK(sheet.find("<c r=\"I2\"><v>" + std::to_string(late) + "</v></c>") != std::string::npos);
    auto styles = workbook_part(sandbox, "terlambat.xlsx", "xl/styles.xml");
    CHECK(styles.find("yyyy-mm-dd hh:mm") != std::string::npos);
  }

  TEST_CASE("report performance as xlsx has a steps sheet and a roles sheet, status one")
  {
    if (tools_missing({"unzip"}, "unzip is missing: apt-get install unzip")) {
      return;
    }
    Sandbox sandbox;
    seed_two(sandbox);
    run_ok(sandbox, {"report", "performance", "--format", "xlsx", "-o", "kinerja.xlsx"});
    auto workbook = workbook_part(sandbox, "kinerja.xlsx", "xl/workbook.xml");
    CHECK(workbook.find("<sheet name=\"steps\"") != std::string::npos);
    CHECK(workbook.find("<sheet name=\"roles\"") != std::string::npos);
    run_ok(sandbox, {"status", "--at", at, "--format", "xlsx", "--output", "status.xlsx"});
    CHECK(workbook_part(sandbox, "status.xlsx", "xl/workbook.xml").find("<sheet name=\"status\"") !=
          std::string::npos);
  }

  TEST_CASE("-o writes any format to a file instead of standard output")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    CHECK(run_ok(sandbox, {"status", "--at", at, "--format", "json", "-o", "status.json"}) == "");
    CHECK(read_bytes(sandbox.repo() / "status.json") ==
          run_ok(sandbox, {"status", "--at", at, "--format", "json"}));
  }

  TEST_CASE("on a narrow terminal long columns are shortened with an ellipsis to fit")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    auto wide_table = run_ok(sandbox, {"status", "--at", at});
    REQUIRE(widest_line(wide_table) > 100);
    // The terminal's own width (TIOCGWINSZ).
    auto narrow = run_on_terminal(sandbox, {"status", "--at", at}, 120);
    CHECK(narrow.exit_code == 0);
    CHECK(widest_line(narrow.out) == 120);
    CHECK(narrow.out.find("\u2026") != std::string::npos);
    CHECK(narrow.out.find(long_title) == std::string::npos);
    CHECK(narrow.out.find("akta") != std::string::npos); // ids are never cut
    // $COLUMNS, when set, wins.
    auto columns = run_on_terminal(sandbox, {"report", "overdue", "--at", at}, 200, "110");
    CHECK(columns.exit_code == 0);
    CHECK(widest_line(columns.out) == 110);
    // --wide shows every column whole.
    auto wide = run_on_terminal(sandbox, {"status", "--at", at, "--wide"}, 120);
    CHECK(wide.out.find(long_title) != std::string::npos);
    CHECK(wide.out == wide_table);
    // Narrower than the columns that are never cut: the shortened ones stop
    // at 8 characters (or their heading) and the lines stay wider.
    auto tiny = run_on_terminal(sandbox, {"status", "--at", at}, 60);
    CHECK(widest_line(tiny.out) > 60);
    CHECK(tiny.out.find("PERFORMER") != std::string::npos);
  }

  TEST_CASE("output to a pipe is never cut, whatever COLUMNS says")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    auto piped = sandbox.run({"status", "--at", at}, {{"COLUMNS", "40"}});
    CHECK(piped.exit_code == 0);
    CHECK(piped.out.find(long_title) != std::string::npos);
    CHECK(piped.out.find("\u2026") == std::string::npos);
  }
}
