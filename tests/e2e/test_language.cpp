// sopctl in Bahasa Indonesia (README, "Language (Bahasa Indonesia)"): the
// language follows LANGUAGE, LC_ALL, LC_MESSAGES, sopctl.yaml's `language`
// and LANG; machine output never changes with it; a whole drafting run in
// Indonesian prints no English sentence.
#include "file_helpers.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <cstdlib>
#include <doctest/doctest.h>
#include <optional>

using namespace e2e;

namespace {

const Env indonesian = {{"LANGUAGE", "id"}};

// `sopctl advance` of step 1 by Budi, which must succeed; its stdout.
std::string advance_step_one(const Sandbox& sandbox, const std::string& id, const Env& env)
{
  auto result = sandbox.run(
    {"advance", id, "--role", "sekretaris", "--by", "Budi", "--at", local_time(1)}, env);
  INFO("stderr: ", result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(result.err == "");
  return result.out;
}

std::string english_step_one(const std::string& id)
{
  return id + ": step 1 done by Budi; step 2 is now active: " + seed_step(2).activity + " (" +
         seed_step(2).role + ")\n";
}

std::string indonesian_step_one(const std::string& id)
{
  return id + ": langkah 1 selesai oleh Budi; kini langkah 2 berjalan: " + seed_step(2).activity +
         " (" + seed_step(2).role + ")\n";
}

void set_office_language(const Sandbox& sandbox, const std::string& line)
{
  auto path = sandbox.repo() / "sopctl.yaml";
  write_bytes(path, read_bytes(path) + line);
}

// Sets a variable in the test process's own environment for one scope.
class ScopedVariable
{
public:
  ScopedVariable(const char* name, const char* value)
    : name_(name)
  {
    if (const char* old = std::getenv(name)) {
      old_ = old;
    }
    ::setenv(name, value, 1);
  }
  ~ScopedVariable()
  {
    if (old_) {
      ::setenv(name_, old_->c_str(), 1);
    } else {
      ::unsetenv(name_);
    }
  }
  ScopedVariable(const ScopedVariable&) = delete;
  ScopedVariable& operator=(const ScopedVariable&) = delete;

private:
  const char* name_;
  std::optional<std::string> old_;
};

} // namespace

TEST_SUITE("e2e: language")
{
  TEST_CASE("LANGUAGE=id speaks Indonesian for a success line and a refusal, with no locale "
            "installed")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Pelayanan Akta Kelahiran");
    CHECK(advance_step_one(sandbox, id, indonesian) == indonesian_step_one(id));
    auto err =
      expect_refused(sandbox, {"start", "Pelayanan Akta Kelahiran", "--by", "Budi"}, indonesian);
    CHECK(err == "sops/pelayanan-akta-kelahiran.yaml: sudah ada; pilih id lain dengan --id\n");
    // A locale name the machine has not installed works as well.
    err = expect_refused(
      sandbox, {"start", "Pelayanan Akta Kelahiran", "--by", "Budi"}, {{"LANG", "id_ID.UTF-8"}});
    CHECK(err == "sops/pelayanan-akta-kelahiran.yaml: sudah ada; pilih id lain dengan --id\n");
  }

  TEST_CASE("sopctl.yaml's language: id speaks Indonesian with no language variable")
  {
    Sandbox sandbox;
    sandbox.init();
    set_office_language(sandbox, "language: id\n");
    auto id = start_draft(sandbox, "Pelayanan Akta Kelahiran");
    CHECK(advance_step_one(sandbox, id, {}) == indonesian_step_one(id));
    // LANG is the machine's default, which the office's choice overrides.
    auto err = expect_refused(
      sandbox, {"start", "Pelayanan Akta Kelahiran", "--by", "Budi"}, {{"LANG", "en_US.UTF-8"}});
    CHECK(err == "sops/pelayanan-akta-kelahiran.yaml: sudah ada; pilih id lain dengan --id\n");
  }

  TEST_CASE("an explicit LANGUAGE, LC_ALL or LC_MESSAGES wins over sopctl.yaml's language")
  {
    Sandbox sandbox;
    sandbox.init();
    set_office_language(sandbox, "language: id\n");
    auto id = start_draft(sandbox, "Pelayanan Akta Kelahiran");
    const std::string english =
      "sops/pelayanan-akta-kelahiran.yaml: already exists; choose another id with --id\n";
    for (const auto& env : std::vector<Env>{{{"LANGUAGE", "en"}},
                                            {{"LC_ALL", "C"}},
                                            {{"LC_MESSAGES", "en_US.UTF-8"}},
                                            {{"LANGUAGE", "id"}, {"LC_ALL", "C"}}}) {
      CAPTURE(env.front().first);
      CHECK(expect_refused(sandbox, {"start", "Pelayanan Akta Kelahiran", "--by", "Budi"}, env) ==
            english);
    }
  }

  TEST_CASE("sopctl.yaml's language: en, LANGUAGE=en and no language at all speak English")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Pelayanan Akta Kelahiran");
    CHECK(advance_step_one(sandbox, id, {}) == english_step_one(id));

    Sandbox other;
    other.init();
    set_office_language(other, "language: en\n");
    id = start_draft(other, "Pelayanan Akta Kelahiran");
    CHECK(advance_step_one(other, id, {{"LANG", "id_ID.UTF-8"}}) == english_step_one(id));

    Sandbox third;
    third.init();
    id = start_draft(third, "Pelayanan Akta Kelahiran");
    CHECK(advance_step_one(third, id, {{"LANGUAGE", "en"}}) == english_step_one(id));
  }

  TEST_CASE("a language other than id or en in sopctl.yaml is refused at its line")
  {
    Sandbox sandbox;
    sandbox.init();
    set_office_language(sandbox, "language: fr\n");
    auto line = line_count(read_bytes(sandbox.repo() / "sopctl.yaml"));
    auto err = expect_refused(sandbox, {"status"});
    CHECK(err == "sopctl.yaml:" + std::to_string(line) +
                   ":1: language \"fr\" must be id (Bahasa Indonesia) or en (English)\n");
    // In Indonesian for an Indonesian user.
    err = expect_refused(sandbox, {"status"}, indonesian);
    CHECK(err == "sopctl.yaml:" + std::to_string(line) +
                   ":1: language \"fr\" harus id (Bahasa Indonesia) atau en (bahasa Inggris)\n");
  }

  TEST_CASE("JSON output is the same in Indonesian and in English")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Pelayanan Akta Kelahiran");
    advance_until(sandbox, id, 6);
    for (const auto& args : std::vector<std::vector<std::string>>{
           {"status", "--at", "2026-12-10T10:00", "--format", "json"},
           {"status", id, "--at", "2026-12-10T10:00", "--format", "json"},
           {"log", id, "--format", "json"},
           {"report", "overdue", "--at", "2026-12-10T10:00", "--format", "json"},
           {"report", "due", "--within", "30 hari", "--at", "2026-11-24T10:00", "--format", "json"},
         }) {
      CAPTURE(args);
      auto english = sandbox.run(args);
      auto translated = sandbox.run(args, indonesian);
      CHECK(english.exit_code == translated.exit_code);
      CHECK(!english.out.empty());
      CHECK(english.out == translated.out);
    }
  }

  TEST_CASE("a sopctl installed under any prefix finds its catalogue in ../share/locale")
  {
    Sandbox sandbox;
    sandbox.init();
    start_draft(sandbox, "Pelayanan Akta Kelahiran");
    auto prefix = sandbox.root() / "prefix";
    fs::create_directories(prefix / "bin");
    fs::create_directories(prefix / "share" / "locale" / "id" / "LC_MESSAGES");
    fs::copy_file(SOPCTL_BINARY, prefix / "bin" / "sopctl");
    fs::copy_file(fs::path(SOPCTL_BINARY).parent_path() / "locale" / "id" / "LC_MESSAGES" /
                    "sopctl.mo",
                  prefix / "share" / "locale" / "id" / "LC_MESSAGES" / "sopctl.mo");
    auto result = sandbox.run_program(
      sandbox.repo(),
      {(prefix / "bin" / "sopctl").string(), "start", "Pelayanan Akta Kelahiran", "--by", "Budi"},
      indonesian);
    CHECK(result.exit_code == 1);
    CHECK(result.err ==
          "sops/pelayanan-akta-kelahiran.yaml: sudah ada; pilih id lain dengan --id\n");
  }

  TEST_CASE("the e2e runner passes on no language of the test's own environment")
  {
    ScopedVariable language("LANGUAGE", "id");
    ScopedVariable all("LC_ALL", "id_ID.UTF-8");
    ScopedVariable messages("LC_MESSAGES", "id_ID.UTF-8");
    ScopedVariable lang("LANG", "id_ID.UTF-8");
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Pelayanan Akta Kelahiran");
    CHECK(advance_step_one(sandbox, id, {}) == english_step_one(id));
    auto env = sandbox.run_program(sandbox.repo(), {"env"});
    CHECK_FALSE(contains(env.out, "LANGUAGE="));
    CHECK_FALSE(contains(env.out, "LC_ALL="));
    CHECK_FALSE(contains(env.out, "LC_MESSAGES="));
    CHECK_FALSE(contains(env.out, "LANG="));
  }

  TEST_CASE("help, a mistyped command and CLI11's own errors speak Indonesian with LANGUAGE=id")
  {
    Sandbox sandbox;
    sandbox.init();
    auto help = sandbox.run({"advance", "--help"}, indonesian);
    CHECK(help.exit_code == 0);
    CHECK(contains(help.out, "Penggunaan:"));
    CHECK(contains(help.out, "Contoh:\n"));
    CHECK(contains(help.out, "Status keluar:\n"));
    CHECK(contains(help.out, "  2   kesalahan penggunaan:"));
    CHECK_FALSE(contains(help.out, "Usage:"));
    CHECK_FALSE(contains(help.out, "Examples:"));
    auto mistyped = sandbox.run({"report", "overdu"}, indonesian);
    CHECK(mistyped.exit_code == 2);
    CHECK(contains(mistyped.err, "maksud Anda overdue?"));
    auto option = sandbox.run({"advance", "--rol", "kabid"}, indonesian);
    CHECK(option.exit_code == 2);
    CHECK(contains(option.err, "--role"));
    CHECK_FALSE(contains(option.err, "did you mean"));
  }
}
