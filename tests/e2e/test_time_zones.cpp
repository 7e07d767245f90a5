// Times in the repository's zone (issue 12, section 3): events stored in
// any offset are shown in the zone of sopctl.yaml in status, log, reports
// and rendered documents; every spelling of Indonesia's zones is accepted.
#include "file_helpers.hpp"
#include "seed_drafting.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// repo/ set up with `timezone: ZONE` in sopctl.yaml.
void set_zone(const Sandbox& sandbox, const std::string& zone)
{
  auto config = sandbox.repo() / "sopctl.yaml";
  auto text = read_bytes(config);
  auto at = text.find("timezone: ");
  REQUIRE(at != std::string::npos);
  auto end = text.find('\n', at);
  write_bytes(config, text.substr(0, at) + "timezone: " + zone + text.substr(end));
}

// A WITA draft: started at 01:00Z (09:00 WITA), step 1 done at 09:00+07:00
// (10:00 WITA), step 2 at 03:00Z (11:00 WITA).
std::string wita_draft(const Sandbox& sandbox)
{
  sandbox.init();
  set_zone(sandbox, "WITA");
  auto started =
    sandbox.run({"start", "Akta Kelahiran", "--by", "Budi", "--at", "2026-11-24T01:00Z"});
  REQUIRE(started.exit_code == 0);
  for (auto [role, at] : {std::pair{"sekretaris", "2026-11-24T09:00+07:00"},
                          std::pair{"staf", "2026-11-24T03:00:00Z"}}) {
    auto done =
      sandbox.run({"advance", "akta-kelahiran", "--role", role, "--by", "Joko", "--at", at});
    INFO(done.err);
    REQUIRE(done.exit_code == 0);
  }
  return "akta-kelahiran";
}

} // namespace

TEST_SUITE("e2e: time zones")
{
  TEST_CASE("in a WITA repository, times stored in Z and +07:00 are shown at +08:00")
  {
    Sandbox sandbox;
    auto id = wita_draft(sandbox);
    auto text = read_bytes(sandbox.draft(id));
    // Stored as written, with their own offsets (the hash covers them).
    CHECK(contains(text, "at: \"2026-11-24T01:00:00+00:00\"\n"));
    CHECK(contains(text, "at: \"2026-11-24T09:00:00+07:00\"\n"));

    auto log = sandbox.run({"log", id});
    CHECK(contains(log.out, "2026-11-24 09:00"));
    CHECK(contains(log.out, "2026-11-24 10:00"));
    CHECK(contains(log.out, "2026-11-24 11:00"));
    CHECK_FALSE(contains(log.out, "01:00"));
    auto log_json = sandbox.run({"log", id, "--format", "json"});
    CHECK(contains(log_json.out, "2026-11-24T09:00:00+08:00"));
    CHECK(contains(log_json.out, "2026-11-24T10:00:00+08:00"));

    auto status = sandbox.run({"status", id});
    CHECK(contains(status.out, "2026-11-24 11:00")); // step 3 active since
    CHECK(contains(status.out, "2026-11-24 10:00")); // step 2 done
    CHECK_FALSE(contains(status.out, "03:00"));

    Env now = replay_now("2026-11-30T09:00+08:00");
    auto report = sandbox.run({"report", "overdue"}, now);
    INFO(report.err);
    CHECK(contains(report.out, "2026-11-24 11:00"));
    CHECK_FALSE(contains(report.out, "03:00"));
  }

  TEST_CASE("a rendered document dates its signing in the repository's zone")
  {
    Sandbox sandbox;
    sandbox.init();
    set_zone(sandbox, "Asia/Makassar");
    REQUIRE(sandbox.run({"start", "Akta Kelahiran", "--by", "Budi", "--at", "2026-11-24T01:00Z"})
              .exit_code == 0);
    const char* roles[] = {
      "sekretaris", "staf", "sekretaris", "kasi", "kasi", "kabid", "sekretaris"};
    for (int step = 1; step <= 7; ++step) {
      std::vector<std::string> args = {"advance",
                                       "akta-kelahiran",
                                       "--role",
                                       roles[step - 1],
                                       "--by",
                                       "Joko",
                                       "--at",
                                       "2026-11-24T0" + std::to_string(step + 1) + ":00Z"};
      if (step == 6) {
        args.push_back("--yes");
      }
      auto done = sandbox.run(args);
      INFO(done.err);
      REQUIRE(done.exit_code == 0);
    }
    // Signed at 16:30Z: 24 November in UTC and in WIB, 25 November in WITA.
    REQUIRE(sandbox
              .run({"advance",
                    "akta-kelahiran",
                    "--role",
                    "kadis",
                    "--by",
                    "Kadis",
                    "--at",
                    "2026-11-24T16:30Z"})
              .exit_code == 0);
    auto md = sandbox.run({"render", "akta-kelahiran", "--format", "md"});
    INFO(md.err);
    CHECK(contains(md.out, "25 November 2026"));
    set_zone(sandbox, "WIB");
    auto wib = sandbox.run({"render", "akta-kelahiran", "--format", "md"});
    CHECK_FALSE(contains(wib.out, "25 November 2026"));
  }

  TEST_CASE("every spelling of Indonesia's zones is accepted by check")
  {
    for (const auto* zone : {"WIB",
                             "WITA",
                             "WIT",
                             "Asia/Jakarta",
                             "Asia/Pontianak",
                             "Asia/Makassar",
                             "Asia/Jayapura",
                             "+08:00",
                             "\"+09:00\""}) {
      CAPTURE(zone);
      Sandbox sandbox;
      sandbox.init();
      set_zone(sandbox, zone);
      auto check = sandbox.run({"check"});
      CHECK(check.exit_code == 0);
      CHECK(check.out == "");
    }
  }

  TEST_CASE("a zone sopctl does not know is refused at its line, listing the accepted ones")
  {
    Sandbox sandbox;
    sandbox.init();
    set_zone(sandbox, "Asia/Singapore");
    auto result = sandbox.run({"status"});
    CHECK(result.exit_code != 0);
    auto line = line_of(read_bytes(sandbox.repo() / "sopctl.yaml"), "timezone:");
    CHECK(contains(result.err,
                   "sopctl.yaml:" + std::to_string(line) +
                     ":1: timezone \"Asia/Singapore\" is not a zone sopctl knows; write one of "
                     "WIB (+07:00), WITA (+08:00), WIT (+09:00), Asia/Jakarta (+07:00), "
                     "Asia/Pontianak (+07:00), Asia/Makassar (+08:00), Asia/Jayapura (+09:00) "
                     "or a UTC offset like +08:00\n"));
  }

  TEST_CASE("--at without an offset is a time of the repository's zone")
  {
    Sandbox sandbox;
    sandbox.init();
    set_zone(sandbox, "WIT");
    REQUIRE(sandbox.run({"start", "Akta Kelahiran", "--by", "Budi", "--at", "2026-11-24T09:00"})
              .exit_code == 0);
    CHECK(
      contains(read_bytes(sandbox.draft("akta-kelahiran")), "at: \"2026-11-24T09:00:00+09:00\"\n"));
  }
}
