#pragma once

#include <filesystem>
#include <functional>
#include <model/timestamp.hpp>
#include <optional>
#include <ostream>
#include <store/repository.hpp>
#include <string>
#include <vector>
#include <workflow/advance.hpp>

namespace sopctl::ops {

// The work of each sopctl command over a repository. cmd/ parses the
// command line and calls these; they write their output to the stream
// given and throw model::Error (with file and position) to refuse.

// How tables or JSON are wanted.
enum class Format
{
  table,
  json,
};

// `sopctl init`: writes `dir/sopctl.yaml` (never over an existing one) and
// creates `dir/sops/`.
// Inside a git work tree it also writes `.gitattributes`, registers the
// merge driver (run as `executable`) and commits what it wrote.
void init_repository(const std::filesystem::path& dir,
                     const std::filesystem::path& executable,
                     std::ostream& out);

// `sopctl init --git-config`: registers the merge driver again, as a fresh
// clone needs (git config is not cloned).
void register_git_config(const store::Repository& repository,
                         const std::filesystem::path& executable,
                         std::ostream& out);

// What `sopctl start` was asked for.
struct StartRequest
{
  std::string title;
  std::string id; // empty: derived from the title
  std::string by;
  model::Timestamp at;
};

// `sopctl start`: creates the draft file; prints and returns its id.
std::string start_draft(const store::Repository& repository,
                        const StartRequest& request,
                        std::ostream& out);

// Tells the time; a function so that "now" is read when it is needed.
using Clock = std::function<model::Timestamp()>;

// `sopctl advance`: appends the event that completes the active step. When
// the request has no --at, `clock` is read under the draft's lock, so two
// advances started at once are stamped in the order they are applied.
void advance_draft(const store::Repository& repository,
                   const std::optional<std::string>& draft,
                   workflow::AdvanceRequest request,
                   const Clock& clock,
                   std::ostream& out);

// How `sopctl status` was asked to show drafts.
struct StatusRequest
{
  std::optional<std::string> draft; // one draft, step by step; else all
  Format format = Format::table;
  model::Timestamp now; // what due and late are measured against
  bool colour = false;  // highlight overdue rows
};

// `sopctl status`: all drafts, or one draft step by step. Drafts that do
// not load are reported to `err`; returns the exit code.
int show_status(const store::Repository& repository,
                const StatusRequest& request,
                std::ostream& out,
                std::ostream& err);

// `sopctl log`: a draft's events, oldest first.
void show_log(const store::Repository& repository,
              const std::string& draft,
              Format format,
              std::ostream& out);

// `sopctl check`: validates SOP files and `sopctl.yaml` (all of them when
// `paths` is empty), printing every problem on `out`; warnings about the
// repository's set-up (roles not enforced, merge driver not registered) go
// to `err` and do not fail the check. Returns the exit code.
int check_files(const store::Repository& repository,
                const std::vector<std::filesystem::path>& paths,
                std::ostream& out,
                std::ostream& err);

// Runs the user's editor on a file and returns its exit status.
using Editor = std::function<int(const std::filesystem::path&)>;

// `sopctl edit`: lets the user edit a draft's content, from `from_file` when
// given, else in `editor`; refuses an invalid result, keeping the text.
void edit_draft(const store::Repository& repository,
                const std::string& draft,
                const std::optional<std::filesystem::path>& from_file,
                const Editor& editor,
                std::ostream& out);

} // namespace sopctl::ops
