#include <ops/drafts.hpp>
#include <ops/log.hpp>
#include <store/procedure.hpp>
#include <view/status_view.hpp>

namespace sopctl::ops {

void show_log(const store::Repository& repository,
              const std::string& query,
              Format format,
              std::ostream& out)
{
  auto procedure = store::load_procedure(repository);
  auto id = select_draft(repository, procedure, query);
  auto draft = load_draft(repository, procedure, id);
  const auto& events = draft.file.sop.drafting->events;
  out << (format == Format::json ? view::log_json(events) : view::log_table(procedure.sop, events));
}

} // namespace sopctl::ops
