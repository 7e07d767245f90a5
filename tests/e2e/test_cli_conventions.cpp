// The command line's conventions (issue 12, section 3): -C as git means it,
// `sopctl` alone, suggestions for a mistyped word, help that ends with
// examples and exit codes, and one exit code per kind of failure.
#include "file_helpers.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

bool contains(const std::string& text, const std::string& part)
{
  return text.find(part) != std::string::npos;
}

// A sandbox whose repository holds one draft, run from home/ (elsewhere).
struct Elsewhere
{
  Elsewhere()
  {
    sandbox.init();
    id = start_draft(sandbox, "Pelayanan KTP");
  }

  Result run(const std::vector<std::string>& args, const Env& env = {}) const
  {
    return sandbox.run_in(sandbox.home(), args, env);
  }

  Sandbox sandbox;
  std::string id;
};

constexpr std::string_view one_holiday = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//K//L//ID\r\n"
                                         "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\n"
                                         "SUMMARY:Hari Raya Natal\r\nEND:VEVENT\r\n"
                                         "END:VCALENDAR\r\n";

} // namespace

TEST_SUITE("e2e: cli conventions")
{
  TEST_CASE("-C resolves check's relative paths inside DIR")
  {
    Elsewhere f;
    auto result = f.run({"-C", "../repo", "check", "sops/" + f.id + ".yaml"});
    INFO("stderr: ", result.err, " stdout: ", result.out);
    CHECK(result.exit_code == 0);
    CHECK(!contains(result.err + result.out, "cannot read"));
  }

  TEST_CASE("-C resolves calendar import's file inside DIR")
  {
    Elsewhere f;
    write_bytes(f.sandbox.repo() / "libur.ics", one_holiday);
    auto result = f.run({"-C", "../repo", "calendar", "import", "libur.ics"});
    INFO("stderr: ", result.err);
    CHECK(result.exit_code == 0);
    CHECK(contains(read_bytes(f.sandbox.repo() / "sopctl.yaml"), "Hari Raya Natal"));
  }

  TEST_CASE("-C writes render -o inside DIR")
  {
    Elsewhere f;
    auto result = f.run({"-C", "../repo", "render", f.id, "--format", "md", "-o", "ktp.md"});
    INFO("stderr: ", result.err);
    CHECK(result.exit_code == 0);
    CHECK(contains(read_bytes(f.sandbox.repo() / "ktp.md"), "Pelayanan KTP"));
    CHECK(!fs::exists(f.sandbox.home() / "ktp.md"));
  }

  TEST_CASE("-C resolves edit --from inside DIR")
  {
    Elsewhere f;
    // The content as edit offers it, kept by an editor that changes nothing.
    auto keep = f.sandbox.root() / "keep.sh";
    write_script(keep, "cp \"$1\" '" + (f.sandbox.repo() / "isi.yaml").string() + "'\n");
    REQUIRE(f.sandbox.run({"edit", f.id}, {{"EDITOR", keep.string()}}).exit_code == 0);
    REQUIRE(fs::exists(f.sandbox.repo() / "isi.yaml"));
    auto result = f.run({"-C", "../repo", "edit", f.id, "--from", "isi.yaml"});
    INFO("stderr: ", result.err);
    CHECK(result.exit_code == 0);
    CHECK(!contains(result.err, "cannot read"));
  }

  TEST_CASE("several -C accumulate as git's do, and an empty one changes nothing")
  {
    Elsewhere f;
    auto result = f.run({"-C", "..", "-C", "", "-C", "repo", "check", "sops/" + f.id + ".yaml"});
    INFO("stderr: ", result.err);
    CHECK(result.exit_code == 0);
    // From a subdirectory of the repository, found upwards as git does.
    auto listed = f.run({"-C", "../repo/sops", "status", "--format", "json"});
    CHECK(listed.exit_code == 0);
    CHECK(contains(listed.out, f.id));
  }

  TEST_CASE("-C makes init's relative DIR inside DIR")
  {
    Elsewhere f;
    auto result = f.run({"-C", "../repo", "init", "bidang"});
    INFO("stderr: ", result.err);
    CHECK(result.exit_code == 0);
    CHECK(fs::is_regular_file(f.sandbox.repo() / "bidang" / "sopctl.yaml"));
    CHECK(!fs::exists(f.sandbox.home() / "bidang"));
  }

  TEST_CASE("-C with a missing directory names it and exits 1")
  {
    Elsewhere f;
    auto result = f.run({"-C", "tidak-ada", "status"});
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK(result.err ==
          "sopctl: -C tidak-ada: cannot change to this directory: No such file or directory\n");
  }

  TEST_CASE("sopctl alone prints the usage with the common commands and exits 2")
  {
    Sandbox sandbox;
    auto result = sandbox.run({});
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err.starts_with("Usage: sopctl [-C DIR] COMMAND [ARGS]...\n"));
    for (const auto* command : {"init",
                                "start",
                                "edit",
                                "advance",
                                "note",
                                "status",
                                "log",
                                "report",
                                "check",
                                "render"}) {
      CHECK_MESSAGE(contains(result.err, std::string("\n  ") + command + " "), command);
    }
    CHECK(contains(result.err, "Run \"sopctl --help\" for every command"));
  }

  TEST_CASE("a mistyped command or option suggests the nearest")
  {
    Elsewhere f;
    auto check = [&](const std::vector<std::string>& args, const std::string& expected) {
      auto result = f.run(args);
      CHECK(result.exit_code == 2);
      CHECK(result.out.empty());
      CHECK(result.err == expected);
    };
    check({"report", "overdu"},
          "sopctl report: unknown command \"overdu\"; did you mean overdue?\n"
          "Run \"sopctl report --help\" for its options and examples.\n");
    check({"statsu"},
          "sopctl: unknown command \"statsu\"; did you mean status?\n"
          "Run \"sopctl --help\" for its options and examples.\n");
    check({"advance", "--rol", "kabid"},
          "sopctl advance: unknown option --rol; did you mean --role?\n"
          "Run \"sopctl advance --help\" for its options and examples.\n");
    check({"calendar", "imprt", "x.ics"},
          "sopctl calendar: unknown command \"imprt\"; did you mean import?\n"
          "Run \"sopctl calendar --help\" for its options and examples.\n");
    check({"status", "--formt=json"},
          "sopctl status: unknown option --formt; did you mean --format?\n"
          "Run \"sopctl status --help\" for its options and examples.\n");
    // Nothing near: the commands are listed instead.
    check({"frobnicate"},
          "sopctl: unknown command \"frobnicate\"; the commands are: init, start, edit, advance, "
          "note, void, adopt, monitor, evaluate, revise, revoke, status, register, log, check, "
          "report, calendar, render, site, serve, sync, verify, merge-driver, completion, manpage\n"
          "Run \"sopctl --help\" for its options and examples.\n");
  }

  TEST_CASE("CLI11's errors are said in sopctl's words")
  {
    Elsewhere f;
    auto check = [&](const std::vector<std::string>& args, const std::string& first_line) {
      auto result = f.run(args);
      CHECK(result.exit_code == 2);
      CHECK(result.err.substr(0, result.err.find('\n') + 1) == first_line);
    };
    check({"report"}, "sopctl report: give a command: overdue, due, performance\n");
    check({"log"}, "sopctl log: DRAFT is required\n");
    check({"advance", "--by", "B"}, "sopctl advance: --role ROLE is required\n");
    check({"advance", "--role"}, "sopctl advance: --role needs a value: --role ROLE\n");
    check({"status", "--format", "xml"},
          "sopctl status: --format \"xml\" is not offered; use one of: table, json, csv, "
          "csv-rfc4180, xlsx\n");
    check({"calendar", "show", "--year", "abc"},
          "sopctl calendar show: --year \"abc\" is not a whole number\n");
    check({"status", "a", "b"}, "sopctl status: unexpected argument \"b\"\n");
  }

  TEST_CASE("every command's help ends with examples and its exit codes")
  {
    Sandbox sandbox;
    for (const auto* path : {"init",
                             "start",
                             "edit",
                             "advance",
                             "note",
                             "adopt",
                             "monitor",
                             "evaluate",
                             "revise",
                             "revoke",
                             "status",
                             "register",
                             "log",
                             "check",
                             "report",
                             "report overdue",
                             "report due",
                             "report performance",
                             "calendar",
                             "calendar show",
                             "calendar import",
                             "render",
                             "site",
                             "site build",
                             "serve",
                             "sync",
                             "verify",
                             "merge-driver",
                             "completion",
                             "manpage"}) {
      std::vector<std::string> args;
      std::string words = path;
      for (size_t at = 0; at != std::string::npos;) {
        auto space = words.find(' ', at);
        args.push_back(words.substr(at, space == std::string::npos ? space : space - at));
        at = space == std::string::npos ? space : space + 1;
      }
      args.push_back("--help");
      auto result = sandbox.run(args);
      INFO(path);
      CHECK(result.exit_code == 0);
      auto examples = result.out.find("\nExamples:\n");
      auto exits = result.out.find("\nExit status:\n");
      REQUIRE(examples != std::string::npos);
      REQUIRE(exits != std::string::npos);
      CHECK(examples < exits);
      // Two or three examples, each a sopctl command line and what it does.
      auto section = result.out.substr(examples, exits - examples);
      int count = 0;
      for (size_t at = section.find("\n  "); at != std::string::npos;
           at = section.find("\n  ", at + 1)) {
        std::string_view what_line = "\n      ";
        count += section.compare(at, what_line.size(), what_line) != 0;
      }
      CHECK(count >= 2);
      CHECK(count <= 3);
      CHECK(contains(section, "sopctl "));
      // The exit codes: 0 and 2 at least, each explained.
      CHECK(contains(result.out.substr(exits), "\n  0   "));
      CHECK(contains(result.out.substr(exits), "\n  2   usage error"));
    }
    auto top = sandbox.run({"--help"});
    CHECK(top.exit_code == 0);
    CHECK(contains(top.out, "\nExit status:\n  0   done"));
    CHECK(
      contains(top.out,
               "\n  3   report overdue --exit-code: at least one step, monitoring or evaluation is "
               "overdue\n"));
  }

  TEST_CASE("exit codes: usage errors 2, refusals 1, overdue 3, in every command")
  {
    Elsewhere f;
    struct Case
    {
      std::vector<std::string> args;
      int code;
    };
    auto at = local_time(1);
    const Case cases[] = {
      // An unknown role is a usage error wherever it is given.
      {{"advance", "--role", "bupati", "--by", "B", "--at", at}, 2},
      {{"note", f.id, "hi", "--role", "bupati", "--by", "B", "--at", at}, 2},
      {{"report", "overdue", "--role", "bupati"}, 2},
      {{"report", "due", "--role", "bupati"}, 2},
      {{"report", "performance", "--role", "bupati"}, 2},
      // So is a malformed time, an unknown option, a missing argument.
      {{"advance", "--role", "sekretaris", "--by", "B", "--at", "besok"}, 2},
      {{"note", f.id, "hi", "--by", "B", "--at", "besok"}, 2},
      {{"start", "Baru", "--by", "B", "--at", "besok"}, 2},
      {{"status", "--at", "besok"}, 2},
      {{"report", "overdue", "--at", "besok"}, 2},
      {{"render", f.id, "--format", "xml"}, 2},
      {{"render", f.id, "--output", "tidak-ada"}, 2},
      {{"log"}, 2},
      {{"verify", "--frobnicate"}, 2},
      {{"completion", "tcsh"}, 2},
      {{"completion"}, 2},
      {{"monitor", f.id, "--result", "tidak", "--note", "x", "--by", "B", "--at", at}, 2},
      {{"monitor", f.id, "--result", "sedang", "--note", "x", "--by", "B"}, 2},
      {{"evaluate", f.id, "--criteria", "ya,ya", "--note", "x", "--by", "B"}, 2},
      {{"report", "overdue", "--kind", "langkah"}, 2},
      {{"register", "--state", "aktif"}, 2},
      {{"register", "--format", "xlsx"}, 2},
      {{"adopt"}, 2},
      {{"adopt", "tidak-ada.yaml", "--by", "B", "--at", "besok"}, 2},
      {{"site"}, 2},
      {{"site", "build"}, 2},
      {{"site", "build", "--out", "public", "--at", "besok"}, 2},
      {{"serve", "--host", "0.0.0.0", "--allow", "act"}, 2},
      // An unknown draft or file is a refusal, in every command.
      {{"advance", "zz", "--role", "sekretaris", "--by", "B", "--at", at}, 1},
      {{"note", "zz", "hi", "--by", "B", "--at", at}, 1},
      {{"status", "zz"}, 1},
      {{"log", "zz"}, 1},
      {{"render", "zz"}, 1},
      {{"edit", "zz", "--from", "x.yaml"}, 1},
      {{"verify", "zz"}, 1},
      {{"check", "tidak-ada.yaml"}, 1},
      {{"adopt", "tidak-ada.yaml", "--by", "B", "--at", at}, 1},
      {{"calendar", "import", "tidak-ada.ics"}, 1},
      // The site is never written over the repository.
      {{"site", "build", "--out", f.sandbox.root().string()}, 1},
      {{"serve", "--host", "192.0.2.1", "--port", "0"}, 1},
      {{"monitor", "zz", "--result", "baik", "--note", "x", "--by", "B", "--at", at}, 1},
      {{"evaluate", "zz", "--criteria", "ya,ya,ya,ya,ya,ya,ya", "--note", "x", "--by", "B"}, 1},
      // A draft is not an SOP in force.
      {{"monitor", f.id, "--result", "baik", "--note", "x", "--by", "B", "--at", at}, 1},
      // So is what the procedure does not allow.
      {{"advance", "--role", "kabid", "--by", "B", "--at", at}, 1},
      {{"advance", "--role", "sekretaris", "--yes", "--by", "B", "--at", at}, 1},
      // Overdue: 3 with --exit-code only.
      {{"report", "overdue", "--exit-code", "--at", "2027-06-01T09:00"}, 3},
      {{"report", "overdue", "--at", "2027-06-01T09:00"}, 0},
      {{"status", "--help"}, 0},
      {{"register"}, 0},
      {{"--version"}, 0},
    };
    for (const auto& c : cases) {
      std::string line;
      for (const auto& arg : c.args) {
        line += " " + arg;
      }
      auto result = f.sandbox.run(c.args);
      INFO("sopctl", line, "\nstderr: ", result.err);
      CHECK(result.exit_code == c.code);
    }
  }
}
