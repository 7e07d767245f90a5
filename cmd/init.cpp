#include <command.hpp>
#include <cstdlib>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <ops/init.hpp>

namespace sopctl::cmd {

Definition define_init(Options& options)
{
  struct Given
  {
    std::string dir = ".";
    bool git_config = false; // only register the merge driver again
    bool dry_run = false;
  };
  auto given = std::make_shared<Given>();
  options.positional("dir", given->dir, tr("Directory to set up"))
    .flag("--git-config",
          given->git_config,
          tr("Only register the merge driver in this clone's git config"))
    .flag("--dry-run", given->dry_run, tr("Print what it would write; change nothing"));
  return {
    tr("Write sopctl.yaml and sops/ in DIR (default: here)"), [given](const Context& context) {
      // The merge driver is registered by name when the sopctl on PATH is this one.
      const char* path = std::getenv("PATH");
      std::string_view search_path = path ? path : "";
      if (given->git_config) {
        ops::register_git_config(
          open_repository(context), own_executable(), search_path, context.out);
        return 0;
      }
      auto dir = (context.cwd / given->dir).lexically_normal();
      if (dir.filename().empty()) {
        dir = dir.parent_path(); // "/tmp/x/" -> "/tmp/x"
      }
      ops::init_repository(
        dir, own_executable(), search_path, context.out, given->dry_run ? &context.out : nullptr);
      return 0;
    }};
}

} // namespace sopctl::cmd
