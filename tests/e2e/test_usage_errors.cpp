// A wrong command line exits 2 with a message on stderr, prints nothing on
// stdout and touches no file (issue 2, section 3, "Exit codes").
#include "file_helpers.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// A repository with one draft, "pelayanan-ktp", at step 1.
struct RepositoryWithDraft
{
  RepositoryWithDraft()
  {
    sandbox.init();
    id = start_draft(sandbox, "Pelayanan KTP");
  }

  Sandbox sandbox;
  std::string id;
};

} // namespace

TEST_SUITE("e2e: usage errors")
{
  TEST_CASE("an unknown subcommand is a usage error")
  {
    RepositoryWithDraft repo;
    expect_usage_error(repo.sandbox, {"frobnicate"});
  }

  TEST_CASE("no subcommand at all is a usage error")
  {
    RepositoryWithDraft repo;
    expect_usage_error(repo.sandbox, {});
  }

  TEST_CASE("advance without --role is a usage error")
  {
    RepositoryWithDraft repo;
    auto err =
      expect_usage_error(repo.sandbox, {"advance", repo.id, "--by", "Budi", "--at", local_time(1)});
    CHECK(contains(err, "--role"));
  }

  TEST_CASE("an unknown output format is a usage error")
  {
    RepositoryWithDraft repo;
    CHECK(contains(expect_usage_error(repo.sandbox, {"status", "--format", "xml"}), "xml"));
    CHECK(contains(expect_usage_error(repo.sandbox, {"log", repo.id, "--format", "xml"}), "xml"));
  }

  TEST_CASE("an at text that is not a time is a usage error")
  {
    RepositoryWithDraft repo;
    auto err = expect_usage_error(
      repo.sandbox,
      {"advance", repo.id, "--role", "sekretaris", "--by", "Budi", "--at", "kemarin"});
    CHECK(contains(err, "--at \"kemarin\" is not a time"));
    CHECK(contains(err, "2026-11-24T09:00"));
  }

  TEST_CASE("an at date that does not exist is a usage error")
  {
    RepositoryWithDraft repo;
    expect_usage_error(
      repo.sandbox,
      {"advance", repo.id, "--role", "sekretaris", "--by", "Budi", "--at", "2026-02-30T09:00"});
    expect_usage_error(repo.sandbox,
                       {"start", "Pelayanan KIA", "--by", "Budi", "--at", "2026-13-01T09:00"});
  }

  TEST_CASE("advance with no --by and no git name or USER is a usage error")
  {
    // The sandbox has no $USER and a $HOME without .gitconfig.
    RepositoryWithDraft repo;
    auto err = expect_usage_error(
      repo.sandbox, {"advance", repo.id, "--role", "sekretaris", "--at", local_time(1)});
    CHECK(contains(err, "--by"));
  }

  TEST_CASE("help exits 0 and prints the subcommands")
  {
    Sandbox sandbox;
    auto result = sandbox.run({"--help"});
    CHECK(result.exit_code == 0);
    for (const char* command : {"init", "start", "edit", "advance", "status", "log", "check"}) {
      CAPTURE(command);
      CHECK(contains(result.out, command));
    }
  }
}

TEST_SUITE("e2e: acting person")
{
  TEST_CASE("by defaults to USER when git has no user name")
  {
    RepositoryWithDraft repo;
    auto result = repo.sandbox.run(
      {"advance", repo.id, "--role", "sekretaris", "--at", local_time(1)}, {{"USER", "ani"}});
    INFO("stderr: ", result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.find("step 1 done by ani;") != std::string::npos);
  }

  TEST_CASE("by defaults to git user.name before USER")
  {
    RepositoryWithDraft repo;
    write_bytes(repo.sandbox.home() / ".gitconfig", "[user]\n\tname = Rina Siregar\n");
    auto result = repo.sandbox.run(
      {"advance", repo.id, "--role", "sekretaris", "--at", local_time(1)}, {{"USER", "ani"}});
    INFO("stderr: ", result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(contains(result.out, "step 1 done by Rina Siregar;"));
  }
}
