#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace sopctl::cmd {

// What every command gets: where to write, where it was started, and -C.
struct Context
{
  std::ostream& out;
  std::ostream& err;
  std::filesystem::path cwd;
  std::optional<std::filesystem::path> directory; // -C DIR
};

// The options of each subcommand, filled in by cli.cpp (the only file that
// includes CLI11) and run by the subcommand's own file.
struct InitOptions
{
  std::string dir = ".";
  bool git_config = false; // only register the merge driver again
};

struct NoteOptions
{
  std::string draft;
  std::string text;
  std::string role;
  std::string by;
  std::string at;
};

struct MergeDriverOptions
{
  std::string base;   // %O
  std::string ours;   // %A: the result is written here
  std::string theirs; // %B
  std::string path;   // %P
};

struct SyncOptions
{};

struct VerifyOptions
{
  std::vector<std::string> drafts;
  bool git = false;
};

struct StartOptions
{
  std::string title;
  std::string id;
  std::string by;
  std::string at;
};

struct EditOptions
{
  std::string draft;
  std::string from;
};

struct AdvanceOptions
{
  std::optional<std::string> draft;
  std::string role;
  std::string by;
  std::string note;
  bool reject = false;
  std::string at;
  std::vector<std::string> set; // KEY=VALUE
};

struct StatusOptions
{
  std::optional<std::string> draft;
  std::string format = "table";
  std::string at;
};

struct LogOptions
{
  std::string draft;
  std::string format = "table";
};

struct CheckOptions
{
  std::vector<std::string> paths;
};

struct ReportOptions
{
  std::string kind; // overdue, due, performance
  std::string at;
  std::string role;
  std::string format = "table";
  std::string within = "1 hari";
  bool exit_code = false;
};

struct CalendarOptions
{
  std::string action; // show, import
  std::string file;   // for import
  int year = 0;       // for show; 0: every year
};

struct RenderOptions
{
  std::string sop;
  std::string format; // html, md or pdf; empty: from -o's extension, else html
  std::string file;   // -o FILE
  std::string letter; // --output NAME
  bool list_outputs = false;
};

int run_init(const InitOptions& options, const Context& context);
int run_note(const NoteOptions& options, const Context& context);
int run_merge_driver(const MergeDriverOptions& options, const Context& context);
int run_sync(const SyncOptions& options, const Context& context);
int run_verify(const VerifyOptions& options, const Context& context);
int run_start(const StartOptions& options, const Context& context);
int run_edit(const EditOptions& options, const Context& context);
int run_advance(const AdvanceOptions& options, const Context& context);
int run_status(const StatusOptions& options, const Context& context);
int run_log(const LogOptions& options, const Context& context);
int run_check(const CheckOptions& options, const Context& context);
int run_report(const ReportOptions& options, const Context& context);
int run_calendar(const CalendarOptions& options, const Context& context);
int run_render(const RenderOptions& options, const Context& context);

} // namespace sopctl::cmd
