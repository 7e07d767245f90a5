#include <defaults.hpp>
#include <ops/note.hpp>
#include <options.hpp>

namespace sopctl::cmd {

int run_note(const NoteOptions& options, const Context& context)
{
  auto repository = open_repository(context);
  ops::NoteRequest request{options.text,
                           options.role,
                           acting_person(options.by, repository),
                           moment(options.at, repository)};
  ops::note_draft(repository, options.draft, request, context.out);
  return 0;
}

} // namespace sopctl::cmd
