#include <defaults.hpp>
#include <options.hpp>

namespace sopctl::cmd {

int run_advance(const AdvanceOptions& options, const Context& context)
{
  auto repository = open_repository(context);
  workflow::AdvanceRequest request{options.role,
                                   acting_person(options.by, repository),
                                   options.note,
                                   options.reject,
                                   moment(options.at, repository),
                                   !options.at.empty()};
  auto now = [&repository] { return moment("", repository); };
  ops::advance_draft(repository, options.draft, request, now, context.out);
  return 0;
}

} // namespace sopctl::cmd
