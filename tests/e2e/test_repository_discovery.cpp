// Finding the repository as git finds its own: -C DIR, else the nearest
// ancestor holding sopctl.yaml, else the current directory (issue 2,
// section 3).
#include "file_helpers.hpp"
#include "json_lite.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// The ids `status --format json` lists when run in `cwd` with `args`.
std::vector<std::string> listed_ids(const Sandbox& sandbox,
                                    const fs::path& cwd,
                                    std::vector<std::string> args)
{
  args.insert(args.end(), {"status", "--format", "json"});
  auto result = sandbox.run_in(cwd, args);
  INFO("stderr: ", result.err);
  REQUIRE(result.exit_code == 0);
  auto drafts = Json::parse(result.out)["drafts"];
  std::vector<std::string> ids;
  for (size_t i = 0; i < drafts.size(); ++i) {
    ids.push_back(drafts[i]["id"].as_string());
  }
  return ids;
}

} // namespace

TEST_SUITE("e2e: repository discovery")
{
  TEST_CASE("-C runs in the given directory from anywhere else")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Pelayanan KTP");
    CHECK(listed_ids(sandbox, sandbox.home(), {"-C", "../repo"}) == std::vector<std::string>{id});
    CHECK(listed_ids(sandbox, sandbox.home(), {"-C", sandbox.repo().string()}) ==
          std::vector<std::string>{id});

    auto result = sandbox.run_in(sandbox.home(),
                                 {"-C",
                                  sandbox.repo().string(),
                                  "advance",
                                  id,
                                  "--role",
                                  "sekretaris",
                                  "--by",
                                  "Budi",
                                  "--at",
                                  local_time(1)});
    INFO("stderr: ", result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(contains(read_bytes(sandbox.draft(id)), "role: sekretaris"));
    CHECK(!fs::exists(sandbox.home() / "sops"));
  }

  TEST_CASE("-C with a directory that does not exist is refused")
  {
    Sandbox sandbox;
    sandbox.init();
    auto result = sandbox.run({"-C", "tidak-ada", "status"});
    CHECK(result.exit_code == 1);
    CHECK(contains(result.err, "tidak-ada"));
    CHECK(!fs::exists(sandbox.repo() / "tidak-ada"));
  }

  TEST_CASE("a subdirectory of a repository finds the repository root")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Pelayanan KTP");
    auto deep = sandbox.repo() / "arsip" / "2026";
    fs::create_directories(deep);
    CHECK(listed_ids(sandbox, deep, {}) == std::vector<std::string>{id});
    CHECK(listed_ids(sandbox, sandbox.repo() / "sops", {}) == std::vector<std::string>{id});

    auto result =
      sandbox.run_in(deep, {"start", "Pelayanan KIA", "--by", "Budi", "--at", local_time(0)});
    INFO("stderr: ", result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(fs::is_regular_file(sandbox.draft("pelayanan-kia")));
    CHECK(!fs::exists(deep / "sops"));
  }

  TEST_CASE("init in a subdirectory makes a new repository there")
  {
    Sandbox sandbox;
    sandbox.init();
    start_draft(sandbox, "Pelayanan KTP");
    auto inner = sandbox.repo() / "bidang";
    fs::create_directories(inner);
    REQUIRE(sandbox.run_in(inner, {"init"}).exit_code == 0);
    CHECK(listed_ids(sandbox, inner, {}).empty());
  }
}
