// `sopctl init` and `sopctl start` (issue 2, section 3).
#include "file_helpers.hpp"
#include "json_lite.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <doctest/doctest.h>

using namespace e2e;

TEST_SUITE("e2e: init")
{
  TEST_CASE("init writes sopctl.yaml and sops")
  {
    Sandbox sandbox;
    auto result = sandbox.run({"init"});
    INFO("stderr: ", result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(result.err == "");
    CHECK(fs::is_regular_file(sandbox.repo() / "sopctl.yaml"));
    CHECK(fs::is_directory(sandbox.repo() / "sops"));
    auto config = read_bytes(sandbox.repo() / "sopctl.yaml");
    CHECK(contains(config, "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"));
    CHECK(contains(config, "timezone:"));
    CHECK(contains(config, "+07:00"));
  }

  TEST_CASE("init of a named directory sets that directory up")
  {
    Sandbox sandbox;
    auto result = sandbox.run({"init", "kantor"});
    REQUIRE(result.exit_code == 0);
    CHECK(fs::is_regular_file(sandbox.repo() / "kantor" / "sopctl.yaml"));
    CHECK(fs::is_directory(sandbox.repo() / "kantor" / "sops"));
    CHECK(!fs::exists(sandbox.repo() / "sopctl.yaml"));
  }

  TEST_CASE("a second init is refused and leaves sopctl.yaml unchanged")
  {
    Sandbox sandbox;
    sandbox.init();
    // The office has edited its settings since.
    auto config = read_bytes(sandbox.repo() / "sopctl.yaml");
    write_bytes(sandbox.repo() / "sopctl.yaml", "# diedit oleh kantor\n" + config);
    auto err = expect_refused(sandbox, {"init"});
    CHECK(contains(err, "sopctl.yaml: already exists"));
  }
}

TEST_SUITE("e2e: start")
{
  TEST_CASE("start prints the id made from the title and creates the draft")
  {
    Sandbox sandbox;
    sandbox.init();
    auto result = sandbox.run(
      {"start", "Pelayanan Akta Kelahiran (Revisi 2)", "--by", "Budi", "--at", local_time(0)});
    INFO("stderr: ", result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(result.out == "pelayanan-akta-kelahiran-revisi-2\n");
    auto path = sandbox.draft("pelayanan-akta-kelahiran-revisi-2");
    REQUIRE(fs::is_regular_file(path));
    auto text = read_bytes(path);
    CHECK(contains(text, "name: Pelayanan Akta Kelahiran (Revisi 2)\n"));
    CHECK(contains(text, "procedure: 07/SOP-Disdukcapil/SES/2020\n"));
    CHECK(contains(text, "- event: started\n"));
    CHECK(contains(text, "by: Budi\n"));
    CHECK(contains(text, "at: \"" + stored_time(0) + "\"\n"));
  }

  TEST_CASE("a started draft has step 1 active as sekretaris")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Pelayanan KTP");
    auto status = sandbox.run({"status", "--format", "json"});
    REQUIRE(status.exit_code == 0);
    auto drafts = Json::parse(status.out)["drafts"];
    REQUIRE(drafts.size() == 1);
    CHECK(drafts[0]["id"].as_string() == id);
    CHECK(drafts[0]["state"].as_string() == "in_progress");
    CHECK(drafts[0]["step"].as_int() == 1);
    CHECK(drafts[0]["role"].as_string() == "sekretaris");
    CHECK(drafts[0]["since"].as_string() == stored_time(0));
    CHECK(drafts[0]["round"].as_int() == 1);
  }

  TEST_CASE("start takes the office identity from sopctl.yaml")
  {
    Sandbox sandbox;
    sandbox.init();
    auto config = read_bytes(sandbox.repo() / "sopctl.yaml");
    write_bytes(sandbox.repo() / "sopctl.yaml",
                replace_once(config, "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "DINAS KESEHATAN"));
    auto id = start_draft(sandbox, "Pelayanan Rujukan");
    auto text = read_bytes(sandbox.draft(id));
    CHECK(contains(text, "DINAS KESEHATAN"));
    CHECK(!contains(text, "DINAS KEPENDUDUKAN"));
  }

  TEST_CASE("start never overwrites an existing draft")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Pelayanan KTP");
    advance_until(sandbox, id, 3);
    auto err =
      expect_refused(sandbox, {"start", "Pelayanan KTP", "--by", "Budi", "--at", local_time(5)});
    CHECK(err == "sops/pelayanan-ktp.yaml: already exists; choose another id "
                 "with --id\n");
  }

  TEST_CASE("start with --id uses that id")
  {
    Sandbox sandbox;
    sandbox.init();
    auto result = sandbox.run(
      {"start", "Pelayanan KTP", "--id", "ktp-2026", "--by", "Budi", "--at", local_time(0)});
    REQUIRE(result.exit_code == 0);
    CHECK(result.out == "ktp-2026\n");
    CHECK(fs::is_regular_file(sandbox.draft("ktp-2026")));
    CHECK(!fs::exists(sandbox.draft("pelayanan-ktp")));
  }

  TEST_CASE("start refuses an id that cannot be a file name")
  {
    Sandbox sandbox;
    sandbox.init();
    for (const char* id : {"Bad/Id", "../../keluar", ".tersembunyi"}) {
      CAPTURE(id);
      auto err =
        expect_usage_error(sandbox, {"start", "Pelayanan KTP", "--id", id, "--by", "Budi"});
      CHECK(contains(err, "--id"));
    }
    CHECK(!fs::exists(sandbox.root() / "keluar.yaml"));
  }

  TEST_CASE("start refuses a title that makes no id")
  {
    Sandbox sandbox;
    sandbox.init();
    auto err = expect_usage_error(sandbox, {"start", "\u2014 \u2014", "--by", "Budi"});
    CHECK(contains(err, "--id"));
  }

  TEST_CASE("start works in an empty directory with no sopctl.yaml")
  {
    Sandbox sandbox;
    auto result = sandbox.run({"start", "Pelayanan KTP", "--by", "Budi", "--at", local_time(0)});
    INFO("stderr: ", result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(fs::is_regular_file(sandbox.draft("pelayanan-ktp")));
    auto advance =
      sandbox.run({"advance", "--role", "sekretaris", "--by", "Budi", "--at", local_time(1)});
    CHECK(advance.exit_code == 0);
  }
}
