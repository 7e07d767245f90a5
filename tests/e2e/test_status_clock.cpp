// `sopctl status` shows each active step's due time and lateness; overdue
// rows are highlighted on a terminal only (issue 3, section 4).
#include "file_helpers.hpp"
#include "json_lite.hpp"
#include "report_helpers.hpp"

#include <cstdlib>
#include <doctest/doctest.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace e2e;

namespace {

// Two drafts started Tuesday 2026-11-24 09:00: pelayanan-ktp at step 2
// (10 menit) since 10:00, pelayanan-kk at step 1 (5 menit) since 09:00.
void seed_two(const Sandbox& sandbox)
{
  sandbox.init();
  start_at(sandbox, "pelayanan-ktp", "Pelayanan KTP", "2026-11-24T09:00");
  advance_at(sandbox, "pelayanan-ktp", "sekretaris", "2026-11-24T10:00");
  start_at(sandbox, "pelayanan-kk", "Pelayanan KK", "2026-11-24T09:00");
}

// Runs sopctl with its stdout and stderr on a pseudo-terminal, in the
// sandbox's repository with `extra` added to a minimal environment; what it
// wrote there.
std::string run_on_terminal(const Sandbox& sandbox,
                            const std::vector<std::string>& args,
                            const std::vector<std::string>& extra = {})
{
  int master = -1;
  pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
  REQUIRE(pid >= 0);
  if (pid == 0) {
    if (::chdir(sandbox.repo().c_str()) != 0) {
      ::_exit(126);
    }
    std::vector<std::string> env = {
      "PATH=/usr/bin:/bin", "HOME=" + sandbox.home().string(), "TZ=UTC", "TERM=xterm"};
    env.insert(env.end(), extra.begin(), extra.end());
    std::vector<char*> envp;
    for (auto& entry : env) {
      envp.push_back(entry.data());
    }
    envp.push_back(nullptr);
    std::vector<std::string> argv_strings = {SOPCTL_BINARY};
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& arg : argv_strings) {
      argv.push_back(arg.data());
    }
    argv.push_back(nullptr);
    ::execve(argv[0], argv.data(), envp.data());
    ::_exit(127);
  }
  std::string output;
  char buffer[4096];
  for (;;) {
    auto got = ::read(master, buffer, sizeof buffer);
    if (got <= 0) {
      break; // EIO once the child has closed the terminal
    }
    output.append(buffer, static_cast<size_t>(got));
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  ::close(master);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  return output;
}

constexpr std::string_view escape = "\x1b[";

} // namespace

TEST_SUITE("e2e: status clock")
{
  TEST_CASE("status shows the due time and how late each active step is")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    auto table = table_of(run_ok(sandbox, {"status", "--at", "2026-11-24T10:08"}));
    REQUIRE(table.size() == 3);
    CHECK(table[0] == std::vector<std::string>{"ID",
                                               "TITLE",
                                               "STEP",
                                               "ACTIVITY",
                                               "PERFORMER",
                                               "SINCE",
                                               "DUE",
                                               "LATE BY",
                                               "ROUND",
                                               "STATE"});
    REQUIRE(table[1].size() == 10);
    REQUIRE(table[2].size() == 10);
    CHECK(table[1][0] == "pelayanan-kk");
    CHECK(table[1][5] == "2026-11-24 09:00");
    CHECK(table[1][6] == "2026-11-24 09:05");
    CHECK(table[1][7] == "1 jam 3 menit");
    CHECK(table[2][0] == "pelayanan-ktp");
    CHECK(table[2][2] == "2/10");
    CHECK(table[2][6] == "2026-11-24 10:10");
    CHECK(table[2][7] == "-");
  }

  TEST_CASE("status JSON gives due, late minutes and the clock state")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    auto json = Json::parse(
      run_ok(sandbox, {"status", "--at", "2026-11-24T10:08", "--format", "json"}))["drafts"];
    REQUIRE(json.size() == 2);
    CHECK(json[0]["id"].as_string() == "pelayanan-kk");
    CHECK(json[0]["due"].as_string() == "2026-11-24T09:05:00+07:00");
    CHECK(json[0]["late_minutes"].as_int() == 63);
    CHECK(json[0]["clock"].as_string() == "overdue");
    CHECK(json[1]["id"].as_string() == "pelayanan-ktp");
    CHECK(json[1]["due"].as_string() == "2026-11-24T10:10:00+07:00");
    CHECK(json[1]["late_minutes"].as_int() == 0);
    CHECK(json[1]["clock"].as_string() == "at_risk");
  }

  TEST_CASE("status of one draft shows the active step's due time and lateness")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    auto out = run_ok(sandbox, {"status", "pelayanan-ktp", "--at", "2026-11-25T10:00"});
    auto lines = lines_of(out);
    REQUIRE(lines.size() >= 5);
    CHECK(lines[0] == "pelayanan-ktp: Pelayanan KTP");
    auto step2 = cells_of(lines[5]);
    REQUIRE(step2.size() == 6);
    CHECK(step2[0] == "2");
    CHECK(step2[3] == "10 menit");
    // Took so far: Tuesday 10:00 to Wednesday 10:00, 360 + 150 working
    // minutes; late since 10:10, 350 + 150.
    CHECK(step2[4] == "8 jam 30 menit");
    CHECK(step2[5] ==
          "active since 2026-11-24 10:00, due 2026-11-24 10:10, late by 8 jam 20 menit");
    auto step1 = cells_of(lines[4]);
    REQUIRE(step1.size() == 6);
    CHECK(step1[5] == "done by Petugas 2026-11-24 10:00, late");
  }

  TEST_CASE("status of one draft in JSON gives each activation's clock")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    auto json = Json::parse(
      run_ok(sandbox, {"status", "pelayanan-ktp", "--at", "2026-11-25T10:00", "--format", "json"}));
    CHECK(json["due"].as_string() == "2026-11-24T10:10:00+07:00");
    CHECK(json["late_minutes"].as_int() == 500);
    CHECK(json["clock"].as_string() == "overdue");
    const auto& activations = json["activations"];
    REQUIRE(activations.size() == 2);
    CHECK(activations[0]["elapsed_minutes"].as_int() == 60);
    CHECK(activations[0]["met"].as_bool() == false);
    CHECK(activations[1]["due"].as_string() == "2026-11-24T10:10:00+07:00");
    CHECK(activations[1]["clock"].as_string() == "overdue");
  }

  TEST_CASE("no colour when stdout is not a terminal")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    auto result = sandbox.run({"status", "--at", "2026-11-25T10:00"});
    CHECK(result.exit_code == 0);
    CHECK_FALSE(contains(result.out, escape));
    auto one = sandbox.run({"status", "pelayanan-kk", "--at", "2026-11-25T10:00"});
    CHECK_FALSE(contains(one.out, escape));
  }

  TEST_CASE("on a terminal overdue rows are highlighted, and only they")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    auto out = run_on_terminal(sandbox, {"status", "--at", "2026-11-24T10:08"});
    auto lines = lines_of(out);
    REQUIRE(lines.size() == 3);
    CHECK_FALSE(contains(lines[0], escape));
    CHECK(contains(lines[1], "pelayanan-kk"));
    CHECK(contains(lines[1], escape));
    CHECK(contains(lines[2], "pelayanan-ktp"));
    CHECK_FALSE(contains(lines[2], escape));
  }

  TEST_CASE("NO_COLOR turns the highlighting off even on a terminal")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    auto out = run_on_terminal(sandbox, {"status", "--at", "2026-11-24T10:08"}, {"NO_COLOR=1"});
    CHECK(contains(out, "pelayanan-kk"));
    CHECK_FALSE(contains(out, escape));
  }
}
