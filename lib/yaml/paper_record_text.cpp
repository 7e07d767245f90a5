#include <model/event_fields.hpp>
#include <yaml/paper_record_text.hpp>
#include <yaml/sop_reader.hpp>
#include <yaml/sop_writer.hpp>

namespace sopctl::yaml {

std::optional<std::string> append_paper_record(std::string_view text,
                                               const model::Sop& sop,
                                               const model::Event& event)
{
  bool crlf = text.find("\r\n") != std::string_view::npos;
  model::DraftingRecord record;
  record.events.push_back(event);
  std::string lines;
  if (!text.empty() && text.back() != '\n') {
    lines += '\n';
  }
  // A blank line between the SOP and its record, as sopctl writes drafts.
  lines += '\n' + write_drafting(record);
  std::string appended(text);
  for (char c : lines) {
    if (c == '\n' && crlf) {
      appended += '\r';
    }
    appended += c;
  }
  model::Diagnostics ignored("");
  auto read = read_sop(appended, ignored);
  if (!read || !ignored.empty() || !read->drafting || !read->drafting->procedure.empty() ||
      read->drafting->events.size() != 1 || !model::same_event(read->drafting->events[0], event) ||
      write_content(*read) != write_content(sop)) {
    return std::nullopt;
  }
  return appended;
}

} // namespace sopctl::yaml
