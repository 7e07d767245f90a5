// Time standards as real offices wrote them (issue 9, section 4): a
// procedure whose Waktu cells say when a step is done, or what it waits for,
// tracks drafts with no clock on those steps; words after a time are a
// comment. `check` says in a note what it read.
#include "file_helpers.hpp"
#include "report_helpers.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// The seed as the repository's procedure (prosedur/penyusunan.yaml), with
// step 3 "Sesuai jadwal yang telah dibuat" and step 4 "30 hari kerja
// diketemukan alasan"; returns the procedure's text.
std::string use_procedure_as_written(const Sandbox& sandbox)
{
  sandbox.init();
  auto text = replace_once(
    read_bytes(seed_source_path()), "time: 2 jam", "time: Sesuai jadwal yang telah dibuat");
  text = replace_once(text, "time: 2 hari", "time: 30 hari kerja diketemukan alasan");
  write_bytes(sandbox.repo() / "prosedur" / "penyusunan.yaml", text);
  auto config = sandbox.repo() / "sopctl.yaml";
  write_bytes(
    config,
    replace_once(read_bytes(config), "procedure: \"\"", "procedure: prosedur/penyusunan.yaml"));
  return text;
}

} // namespace

TEST_SUITE("e2e: time standards as written")
{
  TEST_CASE("a procedure whose Waktu names no time checks clean, saying in notes what it read")
  {
    Sandbox sandbox;
    auto text = use_procedure_as_written(sandbox);
    auto scheduled = std::to_string(line_of(text, "time: Sesuai jadwal"));
    auto comment = std::to_string(line_of(text, "time: 30 hari kerja"));
    auto check = sandbox.run({"check", "prosedur/penyusunan.yaml"});
    INFO("stdout: ", check.out, "\nstderr: ", check.err);
    CHECK(check.exit_code == 0);
    CHECK(check.out == "");
    CHECK(check.err == "prosedur/penyusunan.yaml:" + scheduled +
                         ":5: note: step 3: time standard \"Sesuai jadwal yang telah dibuat\": no "
                         "standard: the step is done when scheduled\n"
                         "prosedur/penyusunan.yaml:" +
                         comment +
                         ":5: note: step 4: time standard \"30 hari kerja diketemukan alasan\": "
                         "the standard is 30 hari; \"diketemukan alasan\" after the time is not "
                         "read\n");
    auto indonesian = sandbox.run({"check", "prosedur/penyusunan.yaml"}, {{"LANGUAGE", "id"}});
    CHECK(indonesian.exit_code == 0);
    CHECK(indonesian.err ==
          "prosedur/penyusunan.yaml:" + scheduled +
            ":5: catatan: langkah 3: mutu baku waktu \"Sesuai jadwal yang telah dibuat\": tanpa "
            "mutu baku waktu: langkah dikerjakan sesuai jadwal\n"
            "prosedur/penyusunan.yaml:" +
            comment +
            ":5: catatan: langkah 4: mutu baku waktu \"30 hari kerja diketemukan alasan\": mutu "
            "baku waktunya 30 hari; \"diketemukan alasan\" setelah waktu tidak dibaca\n");
  }

  TEST_CASE("a step with no standard in words is never overdue, the comment's time still runs")
  {
    Sandbox sandbox;
    use_procedure_as_written(sandbox);
    // 2026-11-24 is a Tuesday. Step 3 (Sesuai jadwal ...) is active from 10:05.
    start_at(sandbox, "jadwal", "Jadwal", "2026-11-24T09:00");
    advance_at(sandbox, "jadwal", "sekretaris", "2026-11-24T10:00");
    advance_at(sandbox, "jadwal", "staf", "2026-11-24T10:05");
    CHECK(run_ok(sandbox, {"report", "overdue", "--at", "2027-06-01T09:00"}) ==
          "nothing is overdue as of 2027-06-01 09:00 (+07:00)\n");
    // Step 4 (30 hari kerja diketemukan alasan) is due 30 working days on.
    advance_at(sandbox, "jadwal", "sekretaris", "2026-11-24T11:00");
    CHECK(run_ok(sandbox, {"report", "overdue", "--at", "2026-11-25T11:00"}) ==
          "nothing is overdue as of 2026-11-25 11:00 (+07:00)\n");
    auto late = run_ok(sandbox, {"report", "overdue", "--at", "2027-06-01T09:00"});
    CHECK(late.find("jadwal") != std::string::npos);
  }
}

TEST_SUITE("e2e: time standards counted from hari H")
{
  TEST_CASE("report overdue and status: a step late against its H+ window")
  {
    Sandbox sandbox;
    sandbox.init();
    auto text = replace_once(read_bytes(seed_source_path()), "time: 2 jam", "time: H+1 s.d H+2");
    write_bytes(sandbox.repo() / "prosedur" / "ppid.yaml", text);
    auto config = sandbox.repo() / "sopctl.yaml";
    write_bytes(
      config, replace_once(read_bytes(config), "procedure: \"\"", "procedure: prosedur/ppid.yaml"));
    // Started Tuesday 09:00 (hari H); step 3 (H+1 s.d H+2) active from
    // 10:05 is due at the end of Thursday's hours, 16:00, whenever it began.
    start_at(sandbox, "ppid", "Permohonan informasi", "2026-11-24T09:00");
    advance_at(sandbox, "ppid", "sekretaris", "2026-11-24T10:00");
    advance_at(sandbox, "ppid", "staf", "2026-11-24T10:05");
    CHECK(run_ok(sandbox, {"report", "overdue", "--at", "2026-11-26T16:00"}) ==
          "nothing is overdue as of 2026-11-26 16:00 (+07:00)\n");
    auto late = lines_of(run_ok(sandbox, {"report", "overdue", "--at", "2026-11-27T09:00"}));
    REQUIRE(late.size() == 2);
    CHECK(late[1].find("2026-11-24 10:05  2026-11-26 16:00  1 jam 30 menit") != std::string::npos);
    auto status = run_ok(sandbox, {"status", "ppid", "--at", "2026-11-27T09:00"});
    CHECK(status.find("H+1 s.d H+2") != std::string::npos);
    CHECK(status.find("due 2026-11-26 16:00, late by 1 jam 30 menit") != std::string::npos);
  }

  TEST_CASE("report due --within refuses a day counted from hari H")
  {
    Sandbox sandbox;
    sandbox.init();
    auto result = sandbox.run({"report", "due", "--within", "H+2"});
    CHECK(result.exit_code != 0);
    CHECK(result.err.find("--within: \"H+2\" is a day counted from the start of a draft; give a "
                          "duration, like \"2 hari\"") != std::string::npos);
  }
}
