#include <defaults.hpp>
#include <ops/commands.hpp>
#include <options.hpp>

namespace sopctl::cmd {

int run_init(const InitOptions& options, const Context& context)
{
  if (options.git_config) {
    ops::register_git_config(open_repository(context), own_executable(), context.out);
    return 0;
  }
  auto base = context.directory ? context.cwd / *context.directory : context.cwd;
  auto dir = (base / options.dir).lexically_normal();
  if (dir.filename().empty()) {
    dir = dir.parent_path(); // "/tmp/x/" -> "/tmp/x"
  }
  ops::init_repository(dir, own_executable(), context.out);
  return 0;
}

} // namespace sopctl::cmd
