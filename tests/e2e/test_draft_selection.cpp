// Which draft a command acts on: DRAFT left out when exactly one is in
// progress, a unique prefix of an id, and refusals listing the candidates
// (issue 2, section 3, `sopctl advance`).
#include "file_helpers.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <doctest/doctest.h>

using namespace e2e;

TEST_SUITE("e2e: draft selection")
{
  TEST_CASE("advance without a draft name acts on the only draft in progress")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Pelayanan KTP");
    auto result =
      sandbox.run({"advance", "--role", "sekretaris", "--by", "Budi", "--at", local_time(1)});
    INFO("stderr: ", result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.rfind(id + ": step 1 done by Budi;", 0) == 0);
  }

  TEST_CASE("a finished draft does not count as in progress")
  {
    Sandbox sandbox;
    sandbox.init();
    auto done = start_draft(sandbox, "Pelayanan Akta");
    advance_until(sandbox, done, 11);
    auto active = start_draft(sandbox, "Pelayanan KTP");
    auto result =
      sandbox.run({"advance", "--role", "sekretaris", "--by", "Budi", "--at", local_time(12)});
    INFO("stderr: ", result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.rfind(active + ": step 1 done", 0) == 0);
  }

  TEST_CASE("advance without a draft name is refused when two are in progress")
  {
    Sandbox sandbox;
    sandbox.init();
    start_draft(sandbox, "Pelayanan KTP");
    start_draft(sandbox, "Pelayanan Akta");
    auto err = expect_refused(
      sandbox, {"advance", "--role", "sekretaris", "--by", "Budi", "--at", local_time(1)});
    CHECK(err == "2 drafts are in progress; name one: pelayanan-akta, "
                 "pelayanan-ktp\n");
  }

  TEST_CASE("advance without a draft name is refused when none is in progress")
  {
    Sandbox sandbox;
    sandbox.init();
    auto err = expect_refused(
      sandbox, {"advance", "--role", "sekretaris", "--by", "Budi", "--at", local_time(1)});
    CHECK(contains(err, "no draft is in progress"));
    CHECK(contains(err, "sopctl start"));
  }

  TEST_CASE("a unique prefix of an id names the draft")
  {
    Sandbox sandbox;
    sandbox.init();
    start_draft(sandbox, "Pelayanan KTP");
    start_draft(sandbox, "Akta Kelahiran");
    auto result = sandbox.run(
      {"advance", "pel", "--role", "sekretaris", "--by", "Budi", "--at", local_time(1)});
    INFO("stderr: ", result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.rfind("pelayanan-ktp: step 1 done", 0) == 0);
    auto log = sandbox.run({"log", "akta"});
    CHECK(log.exit_code == 0);
    CHECK(!contains(log.out, "completed"));
  }

  TEST_CASE("an id that is also the prefix of another id names itself")
  {
    Sandbox sandbox;
    sandbox.init();
    start_draft(sandbox, "Akta");
    start_draft(sandbox, "Akta Kematian");
    auto result = sandbox.run(
      {"advance", "akta", "--role", "sekretaris", "--by", "Budi", "--at", local_time(1)});
    INFO("stderr: ", result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.rfind("akta: step 1 done", 0) == 0);
  }

  TEST_CASE("an ambiguous prefix is refused listing the candidates")
  {
    Sandbox sandbox;
    sandbox.init();
    start_draft(sandbox, "Pelayanan KTP");
    start_draft(sandbox, "Pelayanan KIA");
    start_draft(sandbox, "Akta Kelahiran");
    auto err = expect_refused(
      sandbox,
      {"advance", "pelayanan-k", "--role", "sekretaris", "--by", "Budi", "--at", local_time(1)});
    CHECK(contains(err, "\"pelayanan-k\" is ambiguous"));
    CHECK(contains(err, "pelayanan-kia, pelayanan-ktp"));
    CHECK(!contains(err, "akta-kelahiran"));
    CHECK(contains(expect_refused(sandbox, {"status", "pelayanan-k"}), "is ambiguous"));
  }

  TEST_CASE("an unknown id is refused listing the drafts")
  {
    Sandbox sandbox;
    sandbox.init();
    start_draft(sandbox, "Pelayanan KTP");
    start_draft(sandbox, "Akta Kelahiran");
    auto err = expect_refused(
      sandbox, {"advance", "kia", "--role", "sekretaris", "--by", "Budi", "--at", local_time(1)});
    CHECK(err == "no draft \"kia\" in sops/; the drafts are: akta-kelahiran, "
                 "pelayanan-ktp\n");
    CHECK(contains(expect_refused(sandbox, {"log", "kia"}), "no draft \"kia\""));
  }
}
