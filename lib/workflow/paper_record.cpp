#include <i18n/tr.hpp>
#include <workflow/paper_record.hpp>

namespace sopctl::workflow {

std::optional<PaperRecord> check_paper_record(const std::vector<model::Event>& events,
                                              model::Diagnostics& diagnostics)
{
  PaperRecord record;
  const model::Event* before = nullptr;
  for (const auto& event : events) {
    std::string problem;
    if (!model::is_lifecycle(event.kind)) {
      problem = trf("a \"{}\" event is a drafting act, but this record names no procedure: it "
                    "is the record of an SOP signed on paper, which holds adopted, monitored, "
                    "evaluated and revoked events only",
                    model::to_string(event.kind));
    } else if (event.kind == model::EventKind::adopted && before) {
      problem = tr("an \"adopted\" event comes only first, when the SOP is brought into the "
                   "repository");
    } else if (before && event.at < before->at) {
      problem = trf("this event ({}) is earlier than the one before it ({}); events are kept in "
                    "time order",
                    model::format_iso(event.at),
                    model::format_iso(before->at));
    } else if (record.revoked) {
      problem =
        trf("this \"{}\" event comes after the SOP was revoked", model::to_string(event.kind));
    }
    if (!problem.empty()) {
      diagnostics.add(event.where, problem);
      return std::nullopt;
    }
    record.revoked = record.revoked || event.kind == model::EventKind::revoked;
    before = &event;
  }
  return record;
}

} // namespace sopctl::workflow
