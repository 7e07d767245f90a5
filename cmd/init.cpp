#include <ops/commands.hpp>
#include <options.hpp>

namespace sopctl::cmd {

int run_init(const InitOptions& options, const Context& context)
{
  auto base =
    context.directory ? context.cwd / *context.directory : context.cwd;
  ops::init_repository((base / options.dir).lexically_normal(), context.out);
  return 0;
}

} // namespace sopctl::cmd
