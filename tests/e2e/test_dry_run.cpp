// --dry-run (issue 12, section 3): every command that changes files says
// what it would write (the event, the files, the commit message) and leaves
// the directory, git's included, byte for byte as it was; the event it
// prints is the one the real run then writes.
#include "file_helpers.hpp"
#include "git_helpers.hpp"
#include "seed_drafting.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// A git repository set up by sopctl init, with draft akta-kelahiran whose
// step 3 is active, all committed.
std::string committed_draft(const Sandbox& sandbox)
{
  git_init(sandbox, sandbox.repo());
  sandbox.init();
  auto id = start_draft(sandbox, "Akta Kelahiran");
  advance_until(sandbox, id, 3);
  REQUIRE(git_status(sandbox, sandbox.repo()) == "");
  return id;
}

// Runs `args` with --dry-run (exit 0) and checks that nothing under repo/,
// .git/ included, changed; returns what it printed.
std::string dry_run(const Sandbox& sandbox, std::vector<std::string> args, const Env& env = {})
{
  auto before = snapshot(sandbox.repo());
  args.push_back("--dry-run");
  auto result = sandbox.run(args, env);
  INFO("stderr: ", result.err);
  CHECK(result.exit_code == 0);
  CHECK(differences(before, snapshot(sandbox.repo())) == "");
  return result.out;
}

// The text after `marker`'s line in `out`, up to the next "dry run:" line.
std::string shown_after(const std::string& out, const std::string& marker)
{
  auto at = out.find(marker);
  REQUIRE(at != std::string::npos);
  auto begin = out.find('\n', at) + 1;
  auto end = out.find("dry run:", begin);
  auto text = out.substr(begin, end - begin);
  // What the command says after the file (advance's own summary) is not
  // part of it: the appended lines are the indented ones.
  std::string lines;
  size_t pos = 0;
  while (pos < text.size()) {
    auto eol = text.find('\n', pos);
    auto line = text.substr(pos, eol - pos + 1);
    if (line.starts_with(" ")) {
      lines += line;
    }
    pos = eol + 1;
  }
  return lines;
}

} // namespace

TEST_SUITE("e2e: dry run")
{
  TEST_CASE("advance --dry-run prints the event and commit, and the real run writes that event")
  {
    Sandbox sandbox;
    auto id = committed_draft(sandbox);
    Env now = replay_now("2026-11-24T12:30+07:00");
    auto out = dry_run(sandbox, {"advance", id, "--role", "sekretaris", "--by", "Budi"}, now);
    CHECK(
      contains(out, "dry run: would append to sops/" + id + ".yaml:\n    - event: completed\n"));
    CHECK(contains(out,
                   "dry run: would commit sops/" + id + ".yaml with the message:\nadvance " + id +
                     ": step 3 done by sekretaris (Budi)\n"));
    CHECK(out.ends_with("dry run: nothing was written\n"));
    auto event = shown_after(out, "would append to");
    auto before = read_bytes(sandbox.draft(id));
    auto real = sandbox.run({"advance", id, "--role", "sekretaris", "--by", "Budi"}, now);
    REQUIRE(real.exit_code == 0);
    CHECK(read_bytes(sandbox.draft(id)) == before + event);
  }

  TEST_CASE("note and void --dry-run print the event the real run writes")
  {
    Sandbox sandbox;
    auto id = committed_draft(sandbox);
    Env now = replay_now("2026-11-24T12:30+07:00");
    for (const auto& args : std::vector<std::vector<std::string>>{
           {"note", id, "catatan", "--by", "Joko"},
           {"void", id, "--reason", "keliru", "--by", "Joko"}}) {
      CAPTURE(args[0]);
      auto out = dry_run(sandbox, args, now);
      CHECK(contains(out,
                     "dry run: would commit sops/" + id + ".yaml with the message:\n" + args[0] +
                       " " + id));
      auto event = shown_after(out, "would append to");
      auto before = read_bytes(sandbox.draft(id));
      REQUIRE(sandbox.run(args, now).exit_code == 0);
      CHECK(read_bytes(sandbox.draft(id)) == before + event);
    }
  }

  TEST_CASE("start, edit, calendar import and render -o --dry-run change nothing")
  {
    Sandbox sandbox;
    auto id = committed_draft(sandbox);
    auto started = dry_run(sandbox, {"start", "Kartu Keluarga", "--by", "Budi"});
    CHECK(contains(started, "dry run: would create sops/kartu-keluarga.yaml:\n"));
    CHECK(contains(started, "with the message:\nstart kartu-keluarga: Kartu Keluarga (by Budi)\n"));

    auto content = read_bytes(sandbox.draft(id));
    auto edited = sandbox.tmp() / "edited.yaml";
    write_bytes(edited,
                replace_once(content.substr(0, content.find("drafting:")),
                             "Akta Kelahiran",
                             "Akta Kelahiran Baru"));
    auto edit = dry_run(sandbox, {"edit", id, "--from", edited.string()});
    CHECK(contains(edit, "dry run: would rewrite sops/" + id + ".yaml:\n"));
    CHECK(contains(edit, "Akta Kelahiran Baru"));

    auto ics = sandbox.tmp() / "libur.ics";
    write_bytes(ics,
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//K//L//ID\r\nBEGIN:VEVENT\r\n"
                "DTSTART;VALUE=DATE:20261225\r\nSUMMARY:Natal\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    auto imported = dry_run(sandbox, {"calendar", "import", ics.string()});
    CHECK(contains(imported, "dry run: would rewrite sopctl.yaml:\n"));
    CHECK(contains(imported, "2026-12-25"));

    auto rendered = dry_run(sandbox, {"render", id, "--format", "md", "-o", "akta.md"});
    CHECK(contains(rendered, "dry run: would create akta.md:\n"));
  }

  TEST_CASE("init --dry-run prints sopctl.yaml and creates nothing")
  {
    Sandbox sandbox;
    auto before = snapshot(sandbox.root());
    auto result = sandbox.run({"init", "--dry-run"});
    CHECK(result.exit_code == 0);
    CHECK(contains(result.out, "dry run: would create "));
    CHECK(contains(result.out, "\ntimezone: "));
    CHECK(result.out.ends_with("dry run: nothing was written\n"));
    CHECK(differences(before, snapshot(sandbox.root())) == "");
  }
}
