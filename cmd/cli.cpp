// The whole command line in one place: every subcommand, its options and its
// help. This is the only file that includes CLI11 (5 s to compile).
#include <CLI/CLI.hpp>
#include <cli.hpp>
#include <model/errors.hpp>
#include <options.hpp>

namespace sopctl::cmd {

namespace {

// Exit codes (README "Exit codes").
constexpr int exit_refused = 1;
constexpr int exit_usage = 2;

std::optional<std::string> given(const std::string& text)
{
  return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

} // namespace

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err)
{
  CLI::App app{"sopctl: draft government SOPs (SOP AP) through their "
               "drafting procedure, as plain YAML files in git.",
               "sopctl"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "sopctl " SOPCTL_VERSION);
  std::string directory;
  app.add_option("-C", directory, "Run as if started in DIR")->option_text("DIR");

  InitOptions init;
  auto* init_cmd = app.add_subcommand("init", "Write sopctl.yaml and sops/ in DIR (default: here)");
  init_cmd->add_option("dir", init.dir, "Directory to set up");
  init_cmd->add_flag(
    "--git-config", init.git_config, "Only register the merge driver in this clone's git config");

  NoteOptions note;
  auto* note_cmd = app.add_subcommand("note", "Add a note to a draft's history at its active step");
  note_cmd->add_option("draft", note.draft, "Draft id or unique prefix")->required();
  note_cmd->add_option("text", note.text, "The note")->required();
  note_cmd->add_option("--role", note.role, "The role the note is made as");
  note_cmd->add_option("--by", note.by, "Who notes it (default: git user.name, $USER)");
  note_cmd->add_option("--at", note.at, "When (ISO 8601; default: now)");

  MergeDriverOptions merge;
  auto* merge_cmd =
    app.add_subcommand("merge-driver", "Merge two versions of a draft (run by git: %O %A %B %P)");
  merge_cmd->add_option("base", merge.base, "The common ancestor (%O)")->required();
  merge_cmd->add_option("ours", merge.ours, "Our version; the result is written here (%A)")
    ->required();
  merge_cmd->add_option("theirs", merge.theirs, "Their version (%B)")->required();
  merge_cmd->add_option("path", merge.path, "The draft's path in the repository (%P)");

  SyncOptions sync;
  auto* sync_cmd =
    app.add_subcommand("sync", "Pull (rebase) and push the SOP repository, saying what merged");

  VerifyOptions verify;
  auto* verify_cmd = app.add_subcommand(
    "verify", "Check every draft's history for events changed, removed or reordered");
  verify_cmd->add_option("drafts", verify.drafts, "Draft ids (default: all)");
  verify_cmd->add_flag(
    "--git", verify.git, "Also check each event against the commit that introduced it");

  StartOptions start;
  auto* start_cmd = app.add_subcommand("start", "Start a new SOP draft; prints its id");
  start_cmd->add_option("title", start.title, "Name of the SOP to draft")->required();
  start_cmd->add_option("--id", start.id, "File name (default: from the title)");
  start_cmd->add_option("--by", start.by, "Who starts it (default: git user.name, $USER)");
  start_cmd->add_option("--at", start.at, "When (ISO 8601; default: now)");

  EditOptions edit;
  auto* edit_cmd = app.add_subcommand(
    "edit", "Edit a draft's SOP content (identity, performers, steps) in $EDITOR");
  edit_cmd->add_option("draft", edit.draft, "Draft id or unique prefix")->required();
  edit_cmd->add_option("--from", edit.from, "Take the content from FILE instead of the editor");

  AdvanceOptions advance;
  std::string advance_draft;
  auto* advance_cmd = app.add_subcommand("advance", "Complete the active step of a draft as ROLE");
  advance_cmd->add_option(
    "draft", advance_draft, "Draft id or unique prefix (default: the only draft in progress)");
  advance_cmd->add_option("--role", advance.role, "Role performing the step (kabid, ...)")
    ->required();
  advance_cmd->add_option("--by", advance.by, "Who acts (default: git user.name, $USER)");
  advance_cmd->add_option("--note", advance.note, "A note; the reason, with --reject");
  advance_cmd->add_flag(
    "--reject", advance.reject, "At a decision step, take the Tidak exit (needs --note)");
  advance_cmd->add_option("--at", advance.at, "When (ISO 8601; default: now)");
  advance_cmd->add_option("--set",
                          advance.set,
                          "KEY=VALUE a letter of the step needs, kept in the event "
                          "(meeting.date=2026-11-26); repeatable");

  StatusOptions status;
  std::string status_draft;
  auto* status_cmd = app.add_subcommand("status", "One line per draft, or every step of one draft");
  status_cmd->add_option("draft", status_draft, "Draft id or unique prefix");
  status_cmd->add_option("--format", status.format, "table or json")
    ->check(CLI::IsMember({"table", "json"}));
  status_cmd->add_option(
    "--at", status.at, "Measure due and late as of this moment (default: now)");

  LogOptions log;
  auto* log_cmd = app.add_subcommand("log", "A draft's history, oldest first");
  log_cmd->add_option("draft", log.draft, "Draft id or unique prefix")->required();
  log_cmd->add_option("--format", log.format, "table or json")
    ->check(CLI::IsMember({"table", "json"}));

  CheckOptions check;
  auto* check_cmd =
    app.add_subcommand("check", "Validate SOP files (default: sopctl.yaml and sops/)");
  check_cmd->add_option("paths", check.paths, "Files or directories");

  ReportOptions report;
  auto* report_cmd = app.add_subcommand(
    "report", "Steps measured against their time standards on the working calendar");
  report_cmd->require_subcommand(1);
  // Performance measures finished steps, so "as of" means nothing to it.
  auto add_report = [&](const char* name, const char* help) {
    auto* sub = report_cmd->add_subcommand(name, help);
    if (std::string_view(name) != "performance") {
      sub->add_option("--at", report.at, "As of this moment (ISO 8601; default: now)");
    }
    sub->add_option("--role", report.role, "Only steps performed by ROLE");
    sub->add_option("--format", report.format, "table, csv or json")
      ->check(CLI::IsMember({"table", "csv", "json"}));
    sub->callback([&report, name] { report.kind = name; });
    return sub;
  };
  add_report("overdue", "Every overdue active step, the latest first")
    ->add_flag("--exit-code", report.exit_code, "Exit 3 when anything is overdue (for cron)");
  add_report("due", "Active steps due soon or at risk")
    ->add_option("--within", report.within, "Working time ahead (default: 1 hari)");
  add_report("performance", "Per step and per role: actual durations against the standards");

  CalendarOptions calendar;
  auto* calendar_cmd = app.add_subcommand("calendar", "The office's working calendar");
  calendar_cmd->require_subcommand(1);
  auto* calendar_show = calendar_cmd->add_subcommand("show", "Working hours and holidays");
  calendar_show->add_option("--year", calendar.year, "Only holidays of this year");
  calendar_show->callback([&calendar] { calendar.action = "show"; });
  auto* calendar_import = calendar_cmd->add_subcommand(
    "import", "Add the all-day events of an iCalendar file as holidays");
  calendar_import->add_option("file", calendar.file, "The .ics file")->required();
  calendar_import->callback([&calendar] { calendar.action = "import"; });

  RenderOptions render;
  auto* render_cmd = app.add_subcommand(
    "render", "Print an SOP document: identity, boxes, procedure table and flowchart");
  render_cmd->add_option("sop", render.sop, "Draft id or unique prefix, or an SOP file's path")
    ->required();
  render_cmd->add_option("--format", render.format, "html (default), md or pdf (needs chromium)")
    ->check(CLI::IsMember({"html", "md", "pdf"}));
  render_cmd->add_option("-o", render.file, "Write to FILE (default: standard output)")
    ->option_text("FILE");
  render_cmd->add_option("--output", render.letter, "Write the letter NAME of the draft instead")
    ->option_text("NAME");
  render_cmd->add_flag("--list-outputs", render.list_outputs, "List the letters the draft makes");

  // CLI11 answers an unknown command with "A subcommand is required"; name
  // the word instead.
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-C") {
      ++i;
      continue;
    }
    if (arg.starts_with("-")) {
      continue;
    }
    std::string names;
    bool known = false;
    for (const auto* sub : app.get_subcommands({})) {
      known = known || sub->get_name() == arg;
      names += (names.empty() ? "" : ", ") + sub->get_name();
    }
    if (!known) {
      err << "unknown command \"" << arg << "\"; the commands are: " << names << '\n';
      return exit_usage;
    }
    break;
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error, out, err);
    return code == 0 ? 0 : exit_usage;
  }

  Context context{out, err, std::filesystem::current_path(), given(directory)};
  try {
    if (*init_cmd) {
      return run_init(init, context);
    }
    if (*note_cmd) {
      return run_note(note, context);
    }
    if (*merge_cmd) {
      return run_merge_driver(merge, context);
    }
    if (*sync_cmd) {
      return run_sync(sync, context);
    }
    if (*verify_cmd) {
      return run_verify(verify, context);
    }
    if (*start_cmd) {
      return run_start(start, context);
    }
    if (*edit_cmd) {
      return run_edit(edit, context);
    }
    if (*advance_cmd) {
      advance.draft = given(advance_draft);
      return run_advance(advance, context);
    }
    if (*status_cmd) {
      status.draft = given(status_draft);
      return run_status(status, context);
    }
    if (*log_cmd) {
      return run_log(log, context);
    }
    if (*report_cmd) {
      return run_report(report, context);
    }
    if (*calendar_cmd) {
      return run_calendar(calendar, context);
    }
    if (*render_cmd) {
      return run_render(render, context);
    }
    return run_check(check, context);
  } catch (const model::UsageError& error) {
    err << error.what() << '\n';
    return exit_usage;
  } catch (const model::Error& error) {
    err << error.what() << '\n';
    return exit_refused;
  }
}

} // namespace sopctl::cmd
