#include <defaults.hpp>
#include <options.hpp>

namespace sopctl::cmd {

int run_start(const StartOptions& options, const Context& context)
{
  auto repository = open_repository(context);
  ops::StartRequest request{options.title,
                            options.id,
                            acting_person(options.by, repository),
                            moment(options.at, repository)};
  ops::start_draft(repository, request, context.out);
  return 0;
}

} // namespace sopctl::cmd
