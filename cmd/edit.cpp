#include <cstdlib>
#include <defaults.hpp>
#include <options.hpp>
#include <sys/wait.h>
#include <unistd.h>

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
  pid_t child = ::fork();
  if (child == 0) {
    ::execl("/bin/sh", "sh", "-c", command.c_str(), "sh", path.c_str(), nullptr);
    ::_exit(127);
  }
  int status = 0;
  if (child < 0 || ::waitpid(child, &status, 0) < 0) {
    return -1;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

} // namespace

int run_edit(const EditOptions& options, const Context& context)
{
  auto repository = open_repository(context);
  std::optional<std::filesystem::path> from;
  if (!options.from.empty()) {
    from = options.from;
  }
  ops::edit_draft(repository, options.draft, from, run_editor, context.out);
  return 0;
}

} // namespace sopctl::cmd
