#include <model/event_fields.hpp>
#include <yaml/draft_text.hpp>
#include <yaml/sop_reader.hpp>
#include <yaml/sop_writer.hpp>
#include <yaml/yaml_source.hpp>

namespace sopctl::yaml {

namespace {

// The text of line `number` (1-based), without its newline.
std::string_view line_at(std::string_view text, int number)
{
  size_t start = 0;
  for (int line = 1; line < number; ++line) {
    start = text.find('\n', start);
    if (start == std::string_view::npos) {
      return {};
    }
    ++start;
  }
  auto end = text.find('\n', start);
  return text.substr(start, end == std::string_view::npos ? end : end - start);
}

// Byte offset where line `number` (1-based) starts.
size_t line_start(std::string_view text, int number)
{
  size_t start = 0;
  for (int line = 1; line < number && start != std::string_view::npos; ++line) {
    start = text.find('\n', start);
    start = start == std::string_view::npos ? start : start + 1;
  }
  return start == std::string_view::npos ? text.size() : start;
}

// True when `text` reads back as `sop` with `event` appended.
bool reads_as(std::string_view text, const model::Sop& sop, const model::Event& event)
{
  model::Diagnostics ignored("");
  auto read = read_sop(text, ignored);
  if (!read || !read->drafting) {
    return false;
  }
  const auto& events = read->drafting->events;
  const auto& before = sop.drafting->events;
  if (events.size() != before.size() + 1 || !model::same_event(events.back(), event)) {
    return false;
  }
  for (size_t i = 0; i < before.size(); ++i) {
    if (!model::same_event(events[i], before[i])) {
      return false;
    }
  }
  return write_content(*read) == write_content(sop) &&
         read->drafting->procedure == sop.drafting->procedure;
}

} // namespace

namespace {

// `text` with each LF made CR LF, for a file written on Windows.
std::string with_crlf(std::string_view text)
{
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  for (char c : text) {
    if (c == '\n') {
      out += '\r';
    }
    out += c;
  }
  return out;
}

} // namespace

std::string append_event(std::string_view text, const model::Sop& sop, const model::Event& event)
{
  // A file saved with CR LF line ends (Windows editors) keeps them: the
  // lines added are written the same way.
  bool crlf = text.find("\r\n") != std::string_view::npos;
  auto line_end = [crlf](std::string lines) { return crlf ? with_crlf(lines) : lines; };
  const auto& last = sop.drafting->events.back();
  auto line = line_at(text, last.where.line);
  auto key_column = static_cast<size_t>(last.where.column - 1);
  // The last event's line must read `<spaces>- <key>` for the new one to
  // copy its indentation.
  auto dash = line.find_first_not_of(' ');
  if (dash != std::string_view::npos && line[dash] == '-' && key_column == dash + 2 &&
      key_column <= line.size()) {
    std::string appended(text);
    if (!appended.empty() && appended.back() != '\n') {
      appended += line_end("\n");
    }
    appended += line_end(write_event(event, static_cast<int>(dash)));
    if (reads_as(appended, sop, event)) {
      return appended;
    }
  }
  auto canonical = sop;
  canonical.drafting->events.push_back(event);
  return line_end(write_sop(canonical));
}

DraftText split_draft_text(std::string_view text, const model::Sop& sop)
{
  const auto& where = sop.drafting->where;
  if (where.column == 1) {
    int first = where.line;
    while (first > 1 && line_at(text, first - 1).starts_with("#")) {
      --first;
    }
    auto cut = line_start(text, first);
    DraftText split{std::string(text.substr(0, cut)), std::string(text.substr(cut))};
    // The record half must hold nothing but the drafting record.
    model::Diagnostics ignored("");
    auto record = parse_yaml(split.record, ignored);
    if (record && record->is_map() && record->size() == 1 && (*record)["drafting"].is_defined()) {
      return split;
    }
  }
  auto content_only = sop;
  content_only.drafting.reset();
  return {write_content(content_only), write_drafting(*sop.drafting)};
}

} // namespace sopctl::yaml
