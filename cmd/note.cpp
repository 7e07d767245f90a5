#include <defaults.hpp>
#include <ops/note.hpp>
#include <options.hpp>

namespace sopctl::cmd {

int run_note(const NoteOptions& options, const Context& context)
{
  auto repository = open_repository(context);
  ops::NoteRequest request;
  request.text = options.text;
  request.role = options.role;
  request.at = moment(options.at, repository);
  // As for advance: with a roster, the person noting must be on it.
  if (repository.config.people.empty()) {
    request.by = acting_person(options.by, repository);
  } else {
    request.identity = acting_identity(options.by, repository);
  }
  ops::note_draft(repository, options.draft, request, context.out);
  return 0;
}

} // namespace sopctl::cmd
