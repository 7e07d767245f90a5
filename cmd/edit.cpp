#include <command.hpp>
#include <cstdlib>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <ops/edit.hpp>
#include <process/process.hpp>

namespace sopctl::cmd {

namespace {

// Runs $VISUAL or $EDITOR (default vi) on `path`, the way git and kubectl
// do: through the shell, so an editor given with arguments ("code --wait")
// works; the path is passed as "$1", never spliced into the command.
int run_editor(const std::filesystem::path& path)
{
  const char* editor = std::getenv("VISUAL");
  if (!editor || !*editor) {
    editor = std::getenv("EDITOR");
  }
  std::string command = std::string(editor && *editor ? editor : "vi") + " \"$1\"";
  process::Request request;
  request.argv = {"/bin/sh", "-c", command, "sh", path.string()};
  request.streams = process::Streams::inherit; // the editor owns the terminal
  return process::run(request).status;
}

} // namespace

Definition define_edit(Options& options)
{
  struct Given
  {
    std::string draft;
    std::string from;
    bool dry_run = false;
  };
  auto given = std::make_shared<Given>();
  options.positional("draft", given->draft, tr("Draft id or unique prefix"), Need::required)
    .option("--from", given->from, tr("Take the content from FILE instead of the editor"))
    .flag(
      "--dry-run",
      given->dry_run,
      tr("Print what it would write (the event, the files, the commit message); change nothing"));
  return {tr("Edit a draft's SOP content (identity, performers, steps) in $EDITOR"),
          [given](const Context& context) {
            auto repository = open_repository(context);
            if (given->dry_run) {
              repository.dry_run = &context.out;
            }
            std::optional<std::filesystem::path> from;
            if (!given->from.empty()) {
              from = given->from;
            }
            ops::edit_draft(repository, given->draft, from, run_editor, context.out);
            return 0;
          }};
}

} // namespace sopctl::cmd
