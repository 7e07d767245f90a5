#include <defaults.hpp>
#include <options.hpp>

namespace sopctl::cmd {

int run_advance(const AdvanceOptions& options, const Context& context)
{
  auto repository = open_repository(context);
  workflow::AdvanceRequest request;
  request.role = options.role;
  request.note = options.note;
  request.reject = options.reject;
  request.at = moment(options.at, repository);
  request.at_given = !options.at.empty();
  request.set = parse_assignments(options.set);
  // With a roster the acting person must be one of its people; without
  // one, any name will do.
  if (repository.config.people.empty()) {
    request.by = acting_person(options.by, repository);
  } else {
    request.identity = acting_identity(options.by, repository);
  }
  auto now = [&repository] { return moment("", repository); };
  ops::advance_draft(repository, options.draft, request, now, context.out);
  return 0;
}

} // namespace sopctl::cmd
