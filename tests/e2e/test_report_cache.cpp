// Reports read drafts through a per-user digest cache with the strict loader
// behind it; whatever path a draft takes, the report is the same (issue 3,
// section 6), and lists only drafts `check` accepts (issue 10, section 1). 2026-11-24 is a Tuesday.
#include "file_helpers.hpp"
#include "json_lite.hpp"
#include "report_helpers.hpp"

#include <doctest/doctest.h>
#include <fstream>

using namespace e2e;

namespace {

// pelayanan-kk at step 1 since Tuesday 09:00 (due 09:05); surat-pindah at
// step 2 since 10:00 (due 10:10).
void seed_two(const Sandbox& sandbox)
{
  sandbox.init();
  start_at(sandbox, "pelayanan-kk", "Pelayanan KK", "2026-11-24T09:00");
  start_at(sandbox, "surat-pindah", "Surat Pindah", "2026-11-24T09:00");
  advance_at(sandbox, "surat-pindah", "sekretaris", "2026-11-24T10:00");
}

const std::vector<std::string> report_json =
  {"report", "overdue", "--at", "2026-11-25T10:00", "--format", "json"};

// The digest cache files of the sandbox's user.
std::vector<fs::path> cache_files(const Sandbox& sandbox)
{
  std::vector<fs::path> files;
  auto dir = sandbox.home() / ".cache" / "sopctl";
  if (fs::exists(dir)) {
    for (const auto& entry : fs::directory_iterator(dir)) {
      files.push_back(entry.path());
    }
  }
  return files;
}

// Rewrites a file in place (same inode), keeping its modification time.
void rewrite_in_place(const fs::path& path, const std::string& text)
{
  auto mtime = fs::last_write_time(path);
  {
    std::ofstream out(path, std::ios::binary | std::ios::in | std::ios::out);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
  }
  fs::last_write_time(path, mtime);
}

} // namespace

TEST_SUITE("e2e: report cache and fallback")
{
  TEST_CASE("a report run twice gives the same output, the second from the cache")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    auto first = run_ok(sandbox, report_json);
    auto files = cache_files(sandbox);
    REQUIRE(files.size() == 1);
    CHECK(run_ok(sandbox, report_json) == first);
    CHECK(run_ok(sandbox, {"report", "overdue", "--at", "2026-11-25T10:00"}) ==
          run_ok(sandbox, {"report", "overdue", "--at", "2026-11-25T10:00"}));
    // The cache is outside the repository, which holds only what it held.
    CHECK_FALSE(files[0].string().starts_with(sandbox.repo().string()));
    // Proof that unchanged drafts are not read again: a title changed in the
    // cache alone shows in the next report.
    auto cache = read_bytes(files[0]);
    write_bytes(files[0], replace_once(cache, "Pelayanan KK", "Pelayanan XX"));
    auto third = Json::parse(run_ok(sandbox, report_json))["rows"];
    CHECK(third[0]["title"].as_string() == "Pelayanan XX");
  }

  TEST_CASE("a draft advanced between two runs shows its new state")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    auto before = Json::parse(run_ok(sandbox, report_json))["rows"];
    REQUIRE(before.size() == 2);
    advance_at(sandbox, "surat-pindah", "staf", "2026-11-24T10:05");
    auto after = Json::parse(run_ok(sandbox, report_json))["rows"];
    REQUIRE(after.size() == 2);
    CHECK(after[1]["draft"].as_string() == "surat-pindah");
    CHECK(after[1]["step"].as_int() == 3);
    CHECK(after[1]["due"].as_string() == "2026-11-24T12:05:00+07:00");
  }

  TEST_CASE("an edit in place that keeps the size and the modification time still shows")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    run_ok(sandbox, report_json);
    auto path = sandbox.draft("pelayanan-kk");
    rewrite_in_place(path,
                     replace_once(read_bytes(path), "name: Pelayanan KK", "name: Pelayanan KX"));
    auto after = Json::parse(run_ok(sandbox, report_json))["rows"];
    CHECK(after[0]["title"].as_string() == "Pelayanan KX");
  }

  TEST_CASE("a draft removed between runs leaves the report")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    run_ok(sandbox, report_json);
    fs::remove(sandbox.draft("pelayanan-kk"));
    auto after = Json::parse(run_ok(sandbox, report_json))["rows"];
    REQUIRE(after.size() == 1);
    CHECK(after[0]["draft"].as_string() == "surat-pindah");
  }

  TEST_CASE("a draft broken after a cached run is reported, not hidden by the cache")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    run_ok(sandbox, report_json);
    auto path = sandbox.draft("pelayanan-kk");
    write_bytes(path, replace_once(read_bytes(path), "  events:\n", "  events: [\n"));
    auto result = sandbox.run(report_json);
    CHECK(result.exit_code == 1);
    CHECK(result.err.starts_with("sops/pelayanan-kk.yaml:"));
    auto json = Json::parse(result.out)["rows"];
    REQUIRE(json.size() == 1);
    CHECK(json[0]["draft"].as_string() == "surat-pindah");
  }

  TEST_CASE("a draft edited by hand in valid YAML of another layout still reports the same")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    auto table_before = run_ok(sandbox, {"report", "overdue", "--at", "2026-11-25T10:00"});
    auto before = run_ok(sandbox, report_json);
    // Single-quoted values: valid YAML sopctl itself does not write.
    auto path = sandbox.draft("surat-pindah");
    auto text = replace_once(read_bytes(path), "name: Surat Pindah", "name: 'Surat Pindah'");
    text = replace_once(text, "      by: Petugas\n", "      by: 'Petugas'\n");
    write_bytes(path, text);
    CHECK(run_ok(sandbox, report_json) == before);
    CHECK(run_ok(sandbox, {"report", "overdue", "--at", "2026-11-25T10:00"}) == table_before);
    CHECK(run_ok(sandbox, report_json) == before); // and again, from the cache
  }

  TEST_CASE("extra spaces after a key in a hand-edited draft change nothing")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    auto before = run_ok(sandbox, report_json);
    auto path = sandbox.draft("pelayanan-kk");
    auto text = replace_once(read_bytes(path), "name: Pelayanan KK", "name:  Pelayanan KK");
    text = replace_once(text, "  procedure: 07/", "  procedure:  07/");
    write_bytes(path, text);
    REQUIRE_NOTHROW(Json::parse(before));
    auto result = sandbox.run(report_json);
    INFO("stderr: ", result.err);
    CHECK(result.exit_code == 0);
    CHECK(result.err == "");
    CHECK(result.out == before);
  }

  TEST_CASE("a report does not depend on the cache being there")
  {
    Sandbox sandbox;
    seed_two(sandbox);
    auto first = run_ok(sandbox, report_json);
    for (const auto& file : cache_files(sandbox)) {
      write_bytes(file, "garbage\n\t\t\n");
    }
    CHECK(run_ok(sandbox, report_json) == first);
    auto no_home = sandbox.run(report_json, {{"XDG_CACHE_HOME", (sandbox.root() / "c").string()}});
    CHECK(no_home.exit_code == 0);
    CHECK(no_home.out == first);
    CHECK(fs::exists(sandbox.root() / "c" / "sopctl"));
  }

  // Issue 10, section 1: the fast scan `status` and `report` once used listed
  // drafts that `check` refused. Listings now read every draft the cache
  // does not know with the strict loader, so both agree on every file.
  TEST_CASE("a draft check refuses is never listed by status or report, with or without cache")
  {
    struct Breakage
    {
      const char* what;
      const char* from;
      const char* to;
      const char* message;
    };
    const Breakage breakages[] = {
      {"an unknown key",
       "name: Pelayanan KK\n",
       "name: Pelayanan KK\ncolour: red\n",
       "unknown key \"colour\""},
      {"a duplicate key",
       "name: Pelayanan KK\n",
       "name: Pelayanan KK\nname: Lain\n",
       "duplicate key"},
      {"an escape character", "name: Pelayanan KK", "name: Pelayanan \x1b[31mKK", "control"},
      {"bytes that are not UTF-8", "name: Pelayanan KK", "name: Pelayanan \xff\xfeKK", "UTF-8"},
      {"an unknown key in the office",
       "office:\n",
       "office:\n  warna: merah\n",
       "unknown key \"warna\""},
      {"a wrong type in the dates", "  revised: \"\"\n", "  revised: [1, 2]\n", "revised"},
    };
    for (const auto& breakage : breakages) {
      CAPTURE(breakage.what);
      Sandbox sandbox;
      seed_two(sandbox);
      run_ok(sandbox, report_json); // fills the cache
      auto path = sandbox.draft("pelayanan-kk");
      auto text = read_bytes(path);
      REQUIRE(text.find(breakage.from) != std::string::npos);
      write_bytes(path, replace_once(text, breakage.from, breakage.to));
      auto check = sandbox.run({"check", "sops/pelayanan-kk.yaml"});
      CHECK(check.exit_code == 1);
      for (int run = 0; run < 2; ++run) { // the second run after the cache saw it
        auto status = sandbox.run({"status", "--at", "2026-11-25T10:00"});
        CHECK(status.exit_code == 1);
        CHECK(status.out.find("pelayanan-kk") == std::string::npos);
        CHECK(status.err.starts_with("sops/pelayanan-kk.yaml:"));
        CHECK(status.err.find(breakage.message) != std::string::npos);
        auto report = sandbox.run(report_json);
        CHECK(report.exit_code == 1);
        auto json = Json::parse(report.out)["rows"];
        REQUIRE(json.size() == 1);
        CHECK(json[0]["draft"].as_string() == "surat-pindah");
      }
    }
  }
}
