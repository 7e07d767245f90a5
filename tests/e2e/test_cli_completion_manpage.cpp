// `sopctl completion bash|zsh|fish`, the hidden `sopctl __complete`, and
// `sopctl manpage` (issue 12, section 2).
#include "file_helpers.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"
#include "tool_helpers.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

bool contains(const std::string& text, const std::string& part)
{
  return text.find(part) != std::string::npos;
}

// A repository with one draft and the completion script of `shell` saved
// beside it.
struct Completing
{
  explicit Completing(const std::string& shell)
  {
    sandbox.init();
    id = start_draft(sandbox, "Pelayanan KTP");
    auto result = sandbox.run({"completion", shell});
    REQUIRE(result.exit_code == 0);
    REQUIRE(result.err.empty());
    script = sandbox.root() / ("completion." + shell);
    write_bytes(script, result.out);
  }

  // What bash's _sopctl offers for the words of a command line (the last
  // one is being completed), run in `cwd`.
  std::string bash_complete(const std::vector<std::string>& words, const fs::path& cwd) const
  {
    std::string array = "'" + std::string(SOPCTL_BINARY) + "'";
    for (const auto& word : words) {
      array += " '" + word + "'";
    }
    auto body = "source '" + script.string() + "'\nCOMP_WORDS=(" + array +
                ")\nCOMP_CWORD=" + std::to_string(words.size()) +
                "\n_sopctl\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";
    auto result = sandbox.run_program(cwd, {"bash", "-c", body});
    INFO("stderr: ", result.err);
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    return result.out;
  }

  Sandbox sandbox;
  std::string id;
  fs::path script;
};

} // namespace

TEST_SUITE("e2e: completion and man page")
{
  TEST_CASE("the bash script loads and registers _sopctl")
  {
    Completing f("bash");
    auto result = f.sandbox.run_program(f.sandbox.repo(),
                                        {"bash",
                                         "-c",
                                         "source <(\"$1\" completion bash) && complete -p sopctl",
                                         "bash",
                                         SOPCTL_BINARY});
    CHECK(result.exit_code == 0);
    CHECK(result.out == "complete -F _sopctl sopctl\n");
    CHECK(result.err.empty());
  }

  TEST_CASE("bash completes commands, nested commands, options and their choices")
  {
    Completing f("bash");
    auto repo = f.sandbox.repo();
    CHECK(f.bash_complete({"adv"}, repo) == "advance\n");
    CHECK(f.bash_complete({"st"}, repo) == "start\nstatus\n");
    CHECK(f.bash_complete({"report", "o"}, repo) == "overdue\n");
    CHECK(f.bash_complete({"calendar", ""}, repo) == "show\nimport\n");
    CHECK(f.bash_complete({"advance", "--r"}, repo) == "--role\n--reject\n");
    CHECK(f.bash_complete({"status", "--format", ""}, repo) ==
          "table\njson\ncsv\ncsv-rfc4180\nxlsx\n");
    CHECK(f.bash_complete({"report", "due", "--format", "x"}, repo) == "xlsx\n");
    CHECK(f.bash_complete({"log", "x", "--format", ""}, repo) == "table\njson\ncsv\ncsv-rfc4180\n");
    CHECK(f.bash_complete({"completion", ""}, repo) == "bash\nzsh\nfish\n");
    CHECK(f.bash_complete({"register", "--state", "d"}, repo) == "digantikan\ndicabut\n");
    CHECK(f.bash_complete({"site", ""}, repo) == "build\n");
    CHECK(f.bash_complete({"site", "build", "--p"}, repo) == "--public\n");
    // --out completes directories only.
    std::filesystem::create_directories(repo / "public");
    CHECK(f.bash_complete({"site", "build", "--out", "pu"}, repo) == "public\n");
    CHECK(f.bash_complete({"site", "build", "--out", "sopctl.y"}, repo) == "\n");
    // The hidden command is never offered.
    CHECK(!contains(f.bash_complete({"__"}, repo), "__complete"));
  }

  TEST_CASE("bash completes role keys and draft ids from the repository in use")
  {
    Completing f("bash");
    auto repo = f.sandbox.repo();
    CHECK(f.bash_complete({"advance", "--role", ""}, repo) ==
          "kadis\nsekretaris\nkabid\nkasi\nstaf\n");
    CHECK(f.bash_complete({"advance", "--role", "ka"}, repo) == "kadis\nkabid\nkasi\n");
    CHECK(f.bash_complete({"log", ""}, repo) == f.id + "\n");
    CHECK(f.bash_complete({"note", "pel"}, repo) == f.id + "\n");
    // render prints a draft, or the book, register and monitoring forms.
    CHECK(f.bash_complete({"render", ""}, repo) ==
          f.id + "\nbook\nregister\nmonitoring\nevaluation\n");
    CHECK(f.bash_complete({"render", "m"}, repo) == "monitoring\n");
    // The second argument of note is free text: nothing offered.
    CHECK(f.bash_complete({"note", f.id, ""}, repo) == "\n");
    // From elsewhere, through the line's -C.
    auto home = f.sandbox.home();
    CHECK(f.bash_complete({"-C", repo.string(), "status", ""}, home) == f.id + "\n");
    CHECK(f.bash_complete({"-C", repo.string(), "report", "overdue", "--role", "st"}, home) ==
          "staf\n");
    // A -C that does not exist completes nothing, quietly.
    CHECK(f.bash_complete({"-C", "/tidak/ada", "log", ""}, home) == "\n");
  }

  TEST_CASE("__complete prints nothing and exits 0 where there is nothing to offer")
  {
    Sandbox sandbox;
    sandbox.init();
    write_bytes(sandbox.repo() / "sopctl.yaml", "office: [unclosed\n");
    for (const auto* kind : {"drafts", "documents", "roles", "other"}) {
      auto result = sandbox.run({"__complete", kind});
      CHECK(result.exit_code == 0);
      CHECK(result.out.empty());
      CHECK(result.err.empty());
    }
  }

  TEST_CASE("the zsh script parses")
  {
    if (tools_missing({"zsh"},
                      "zsh is not installed (Debian: zsh): the zsh script was not parsed")) {
      return;
    }
    Completing f("zsh");
    auto result = f.sandbox.run_program(f.sandbox.repo(), {"zsh", "-n", f.script.string()});
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    CHECK(read_bytes(f.script).starts_with("#compdef sopctl\n"));
  }

  TEST_CASE("the zsh script completes, driven with zsh's completion builtins stood in for")
  {
    if (tools_missing({"zsh"},
                      "zsh is not installed (Debian: zsh): the zsh script was not tried")) {
      return;
    }
    Completing f("zsh");
    // compadd, _describe and _files print what they were given (the real
    // ones filter it by the typed prefix); words and CURRENT are set as
    // zsh's completion system sets them.
    std::string binary = SOPCTL_BINARY;
    auto body = R"ZSH(
compdef() { :; }
compadd() {
  while [[ $1 == -* && $1 != -- ]]; do
    [[ $1 == -a ]] && { shift; print -l -- ${(P)1}; return }
    shift
  done
  [[ $1 == -- ]] && shift
  print -l -- "$@"
}
_describe() { local arr=${@[-1]}; print -l -- ${${(P)arr}%%:*}; }
_files() { print -- "<files $*>"; }
source "$1"
line() { words=("$2" "${@[3,-1]}"); CURRENT=$#words; PREFIX=${words[-1]}; _sopctl; print -- ---; }
line x "$2" adv
line x "$2" advance --role ''
line x "$2" report ''
line x "$2" status --format ''
line x "$2" -C "$3" log ''
line x "$2" render x -o ''
)ZSH";
    auto result = f.sandbox.run_program(
      f.sandbox.home(),
      {"zsh", "-f", "-c", body, "zsh", f.script.string(), binary, f.sandbox.repo().string()});
    INFO("stderr: ", result.err);
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    auto parts = result.out;
    CHECK(contains(parts, "\nadvance\n"));
    CHECK(contains(parts, "---\nkadis\nsekretaris\nkabid\nkasi\nstaf\n---\n"));
    CHECK(contains(parts, "---\noverdue\ndue\nperformance\n---\n"));
    CHECK(contains(parts, "---\ntable\njson\ncsv\ncsv-rfc4180\nxlsx\n---\n"));
    CHECK(contains(parts, "---\n" + f.id + "\n---\n"));
    CHECK(result.out.ends_with("---\n<files >\n---\n"));
  }

  TEST_CASE("the fish script parses and completes")
  {
    if (tools_missing({"fish"},
                      "fish is not installed (Debian: fish): the fish script was not tried")) {
      return;
    }
    Completing f("fish");
    auto result = f.sandbox.run_program(f.sandbox.repo(), {"fish", "-n", f.script.string()});
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    // fish completes `sopctl`, so the binary's directory goes first on PATH.
    auto dir = fs::path(SOPCTL_BINARY).parent_path().string();
    auto completed =
      f.sandbox.run_program(f.sandbox.repo(),
                            {"fish",
                             "-c",
                             "set -x PATH " + dir + " $PATH; source " + f.script.string() +
                               "; complete -C'sopctl adv'; complete -C'sopctl advance --role kab'; "
                               "complete -C'sopctl log '"});
    CHECK(completed.exit_code == 0);
    CHECK(contains(completed.out, "advance\tComplete the active step"));
    CHECK(contains(completed.out, "kabid\t"));
    CHECK(contains(completed.out, f.id + "\n"));
  }

  TEST_CASE("the man page names every command and renders without warnings")
  {
    Sandbox sandbox;
    auto page = sandbox.run({"manpage"});
    REQUIRE(page.exit_code == 0);
    CHECK(page.err.empty());
    for (const auto* section : {".SH NAME\n",
                                ".SH SYNOPSIS\n",
                                ".SH DESCRIPTION\n",
                                ".SH OPTIONS\n",
                                ".SH COMMANDS\n",
                                ".SH EXAMPLES\n",
                                ".SH \"EXIT STATUS\"\n",
                                ".SH FILES\n",
                                ".SH ENVIRONMENT\n",
                                ".SH \"SEE ALSO\"\n"}) {
      CHECK_MESSAGE(contains(page.out, section), section);
    }
    CHECK(contains(page.out, ".B \\&LANGUAGE, LC_ALL, LC_MESSAGES, LANG\n"));
    CHECK(contains(page.out, ".BR git (1),\n"));
    // Every command `sopctl --help` lists has its own subsection.
    auto help = sandbox.run({"--help"}).out;
    auto commands = help.substr(help.find("\nCommands:\n") + 11);
    int named = 0;
    for (size_t at = 0; commands.compare(at, 2, "  ") == 0; at = commands.find('\n', at) + 1) {
      auto name = commands.substr(at + 2, commands.find(' ', at + 2) - at - 2);
      // In roff, as the page writes it: "\&" first, minus signs escaped.
      std::string roff;
      for (char c : name) {
        roff += c == '-' ? std::string("\\-") : std::string(1, c);
      }
      CHECK_MESSAGE(contains(page.out, ".SS \"\\&sopctl " + roff + "\"\n"), name);
      ++named;
    }
    // void, adopt, monitor, evaluate, revise, revoke, register, site and
    // serve included
    CHECK(named == 25);
    CHECK(contains(page.out, ".SS \"\\&sopctl report overdue\"\n"));
    CHECK(contains(page.out, ".SS \"\\&sopctl site build\"\n"));
    CHECK(contains(page.out, ".SS \"\\&sopctl serve\"\n"));
    CHECK(!contains(page.out, "__complete"));

    if (tools_missing({"groff"},
                      "groff is not installed (Debian: groff-base): the page was not rendered")) {
      return;
    }
    auto file = sandbox.root() / "sopctl.1";
    write_bytes(file, page.out);
    auto rendered = sandbox.run_program(
      sandbox.root(), {"groff", "-man", "-Tutf8", "-ww", "-P-cbu", file.string()});
    CHECK(rendered.exit_code == 0);
    CHECK(rendered.err == "");
    CHECK(contains(rendered.out, "EXIT STATUS"));
    CHECK(contains(rendered.out, "sopctl merge-driver"));
  }
}
