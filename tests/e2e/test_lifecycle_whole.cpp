// The whole life of one SOP (issue 13, "Done when"): drafted and signed;
// monitored twice, once `tidak` with an action; revised; version 2 signed,
// so version 1 becomes digantikan; monitored late, which `report overdue`
// shows on the right day and not the day before; revoked. The register, the
// monitoring table and the book are printed along the way into the build
// tree (render-output/lifecycle-*) to be looked at.
//
// The SOP's content is a real one: the Disdukcapil Kabupaten Poso's SOP
// "Penerbitan Akta Kelahiran" (tests/fixtures/real/poso-akta-kelahiran.yaml,
// its source in that file's header).
#include "file_helpers.hpp"
#include "git_helpers.hpp"
#include "json_lite.hpp"
#include "report_helpers.hpp"
#include "seed_drafting.hpp"
#include "tool_helpers.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// Runs a command dated `iso` (local, +07:00; with `--at` unless `dated` is
// false) with the clock set there too: the life spans 2026 to 2028, later
// than the real clock, which sopctl refuses for --at otherwise.
std::string run_at(const Sandbox& sandbox,
                   std::vector<std::string> args,
                   const std::string& iso,
                   bool dated = true)
{
  if (dated) {
    args.insert(args.end(), {"--at", iso});
  }
  // git dates each commit as sopctl records the act, as on that day.
  auto moment = iso + ":00+07:00";
  auto env = replay_now(moment);
  env.insert(env.end(), {{"GIT_AUTHOR_DATE", moment}, {"GIT_COMMITTER_DATE", moment}});
  auto result = sandbox.run(args, env);
  std::string command;
  for (const auto& arg : args) {
    command += " " + arg;
  }
  INFO("sopctl", command, "\nstdout: ", result.out, "\nstderr: ", result.err);
  REQUIRE(result.exit_code == 0);
  return result.out;
}

// Drafts `id` through the seed's ten steps on `day` (YYYY-MM-DD), step k at
// 08:00 + k * 30 minutes; step 8, the Kadis's signature, at 12:00.
void draft_through(const Sandbox& sandbox, const std::string& id, const std::string& day)
{
  for (int step = 1; step <= 10; ++step) {
    int minutes = 8 * 60 + step * 30;
    char at[32];
    std::snprintf(at, sizeof at, "%sT%02d:%02d", day.c_str(), minutes / 60, minutes % 60);
    std::vector<std::string> args = {
      "advance", id, "--role", seed_step(step).role, "--by", "Petugas " + std::to_string(step)};
    if (step == 6) {
      args.push_back("--yes");
    }
    run_at(sandbox, args, at);
  }
}

// The register as JSON, its SOPs by id.
Json register_json(const Sandbox& sandbox, const std::string& iso)
{
  return Json::parse(
    sandbox.run({"register", "--format", "json"}, replay_now(iso + ":00+07:00")).out)["sops"];
}

const Json& sop_of(const Json& sops, const std::string& id)
{
  for (size_t i = 0; i < sops.size(); ++i) {
    if (sops[i]["id"].as_string() == id) {
      return sops[i];
    }
  }
  FAIL("no SOP ", id, " in the register");
  return sops[0];
}

fs::path printed(const std::string& name)
{
  auto dir = fs::path(SOPCTL_BINARY).parent_path() / "render-output";
  fs::create_directories(dir);
  return dir / ("lifecycle-" + name);
}

bool have_chromium()
{
  return !on_path("chromium").empty();
}

} // namespace

TEST_SUITE("e2e: lifecycle")
{
  TEST_CASE("one SOP from its first draft to its revocation")
  {
    Sandbox sandbox;
    git_init(sandbox, sandbox.repo());
    sandbox.init();
    auto commits = [&] { return commit_subjects(sandbox, sandbox.repo()).size(); };
    auto first_commits = commits();

    // Drafted and signed in November 2026.
    auto v1 = run_at(sandbox,
                     {"start", "Penerbitan Akta Kelahiran", "--by", "Sekretaris Budi"},
                     "2026-11-23T09:00");
    v1 = v1.substr(0, v1.find('\n'));
    auto content =
      read_bytes(fs::path(SOPCTL_SOURCE_DIR) / "tests/fixtures/real/poso-akta-kelahiran.yaml");
    auto content_file = sandbox.root() / "poso.yaml";
    write_bytes(content_file, content);
    run_at(sandbox, {"edit", v1, "--from", content_file.string()}, "2026-11-23T10:00", false);
    draft_through(sandbox, v1, "2026-11-24");
    auto signed_register = register_json(sandbox, "2026-11-25T09:00");
    CHECK(sop_of(signed_register, v1)["state"].as_string() == "berlaku");
    CHECK(sop_of(signed_register, v1)["approved"].as_string() == "2026-11-24");
    CHECK(sop_of(signed_register, v1)["next_monitoring"].as_string() == "2027-05-24");

    // Monitored twice: baik in May 2027, tidak with an action in November,
    // which offers the revision's command line.
    auto before = commits();
    run_at(sandbox,
           {"monitor", v1, "--result", "baik", "--note", "Berjalan sesuai SOP", "--by", "Budi"},
           "2027-05-20T10:00");
    CHECK(commits() == before + 1);
    auto tidak = run_at(sandbox,
                        {"monitor",
                         v1,
                         "--result",
                         "tidak",
                         "--note",
                         "Formulir F-2.01 sudah diganti F-2.01 baru",
                         "--action",
                         "Revisi SOP: persyaratan formulir",
                         "--by",
                         "Budi"},
                        "2027-11-15T10:00");
    CHECK(tidak.find("sopctl revise " + v1) != std::string::npos);
    CHECK(commits() == before + 2);
    CHECK(sop_of(register_json(sandbox, "2027-11-15T11:00"), v1)["next_monitoring"].as_string() ==
          "2028-05-15");

    // Revised; version 2 signed on 17 November 2027: version 1 digantikan.
    auto v2 =
      run_at(sandbox,
             {"revise", v1, "--reason", "Formulir F-2.01 diganti", "--by", "Sekretaris Budi"},
             "2027-11-16T09:00");
    v2 = v2.substr(0, v2.find('\n'));
    REQUIRE(v2 != v1);
    auto during = register_json(sandbox, "2027-11-16T10:00");
    CHECK(sop_of(during, v1)["state"].as_string() == "berlaku");
    CHECK(sop_of(during, v1)["revision_open"].as_string() == v2);
    CHECK(sop_of(during, v2)["state"].as_string() == "konsep");
    draft_through(sandbox, v2, "2027-11-17");
    auto revised = register_json(sandbox, "2027-11-18T09:00");
    CHECK(sop_of(revised, v1)["state"].as_string() == "digantikan");
    CHECK(sop_of(revised, v1)["replaced_by"].as_string().find(v2) != std::string::npos);
    CHECK(sop_of(revised, v1)["next_monitoring"].is_null());
    CHECK(sop_of(revised, v2)["state"].as_string() == "berlaku");
    CHECK(sop_of(revised, v2)["version"].as_int() == 2);
    CHECK(sop_of(revised, v2)["revised"].as_string() == "2027-11-17");
    CHECK(sop_of(revised, v2)["number"].as_string() == "18.2.2.20");
    CHECK(sop_of(revised, v2)["next_monitoring"].as_string() == "2028-05-17");

    // Version 2's first monitoring is due on 17 May 2028: not overdue that
    // day, overdue the next.
    auto overdue = [&](const std::string& iso) {
      return Json::parse(
        sandbox
          .run({"report", "overdue", "--kind", "monitoring", "--format", "json", "--at", iso},
               replay_now(iso + ":00+07:00"))
          .out)["rows"];
    };
    CHECK(overdue("2028-05-17T16:00").size() == 0);
    auto late = overdue("2028-05-18T09:00");
    REQUIRE(late.size() == 1);
    CHECK(late[0]["draft"].as_string() == v2);
    CHECK(late[0]["kind"].as_string() == "monitoring");
    CHECK(late[0]["due"].as_string() == "2028-05-17");
    // Monitored late, on 5 June 2028.
    run_at(sandbox,
           {"monitor", v2, "--result", "baik", "--note", "Formulir baru dipakai", "--by", "Budi"},
           "2028-06-05T10:00");
    CHECK(overdue("2028-06-05T11:00").size() == 0);

    // The monitoring table of 2027-H2 and the book, while version 2 is in
    // force.
    if (have_chromium()) {
      run_at(sandbox,
             {"render",
              "monitoring",
              "--period",
              "2027-H2",
              "--format",
              "pdf",
              "-o",
              printed("monitoring-2027-H2.pdf").string()},
             "2028-06-06T09:00",
             false);
      run_at(sandbox,
             {"render", "book", "--format", "pdf", "-o", printed("book.pdf").string()},
             "2028-06-06T09:00",
             false);
      CHECK(fs::file_size(printed("book.pdf")) > 0);
    }
    auto monitoring_html =
      run_at(sandbox,
             {"render", "monitoring", "--period", "2027-H2", "--format", "html"},
             "2028-06-06T09:00",
             false);
    CHECK(monitoring_html.find("Formulir F-2.01 sudah diganti F-2.01 baru") != std::string::npos);
    CHECK(monitoring_html.find("Revisi SOP: persyaratan formulir") != std::string::npos);

    // Revoked on 1 July 2028.
    run_at(sandbox,
           {"revoke",
            v2,
            "--reason",
            "Digabung ke SOP Pelayanan Terpadu",
            "--ref",
            "Keputusan Kepala Dinas Nomor 800/45/Disdukcapil/2028",
            "--by",
            "Kadis"},
           "2028-07-01T10:00");
    auto last = register_json(sandbox, "2028-07-02T09:00");
    CHECK(sop_of(last, v1)["state"].as_string() == "digantikan");
    CHECK(sop_of(last, v2)["state"].as_string() == "dicabut");
    CHECK(sop_of(last, v2)["revoke_ref"].as_string() ==
          "Keputusan Kepala Dinas Nomor 800/45/Disdukcapil/2028");
    CHECK(overdue("2029-01-01T09:00").size() == 0); // a revoked SOP is due for nothing
    if (have_chromium()) {
      run_at(sandbox,
             {"render", "register", "--format", "pdf", "-o", printed("register.pdf").string()},
             "2028-07-02T09:00",
             false);
      run_at(sandbox,
             {"render", v2, "--format", "pdf", "-o", printed("v2-dicabut.pdf").string()},
             "2028-07-02T09:00",
             false);
    }

    // Every act was one commit: start, edit, 10 steps, 2 monitorings,
    // revise, 10 steps, 1 monitoring, revoke; and the hash chain holds.
    // (`verify --git` would also hold each commit's author to a roster,
    // which this office has not listed: tests/e2e/test_git_lifecycle.cpp.)
    CHECK(git_status(sandbox, sandbox.repo()) == "");
    CHECK(commits() == first_commits + 27);
    auto verify = sandbox.run({"verify"}, replay_now("2028-07-02T09:00:00+07:00"));
    INFO(verify.out, verify.err);
    CHECK(verify.exit_code == 0);
    auto log = run_at(sandbox, {"log", v1}, "2028-07-02T09:00", false);
    CHECK(log.find(v2) != std::string::npos);
  }
}
