#include <defaults.hpp>
#include <ops/collaborate.hpp>
#include <options.hpp>

namespace sopctl::cmd {

int run_merge_driver(const MergeDriverOptions& options, const Context& context)
{
  return ops::run_merge_driver(options.base,
                               options.ours,
                               options.theirs,
                               options.path.empty() ? options.ours : options.path,
                               context.err);
}

int run_sync(const SyncOptions&, const Context& context)
{
  return ops::sync_repository(open_repository(context), context.out, context.err);
}

int run_verify(const VerifyOptions& options, const Context& context)
{
  return ops::verify_drafts(open_repository(context), options.drafts, options.git, context.out);
}

} // namespace sopctl::cmd
