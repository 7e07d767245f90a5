#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <render/pdf_objects.hpp>
#include <render/pdf_split.hpp>
#include <set>
#include <vector>

namespace sopctl::render {

using pdf::PdfObjects;

namespace {

// One object of the PDF: what is between "N G obj" and its stream (or its
// "endobj"), where references are, and the stream with "endobj" after it.
struct RawObject
{
  std::string head;
  std::string_view tail; // "stream ... endstream\nendobj", or "endobj"
};

// The object starting at `text` ("N G obj ... endobj", possibly with bytes
// after it up to the next object); nullopt when it is not so.
std::optional<RawObject> split_object(std::string_view text)
{
  auto obj = text.find("obj");
  if (obj == std::string_view::npos) {
    return std::nullopt;
  }
  auto body = obj + 3;
  // A stream's data may hold any byte: look for it only after the object's
  // dictionary, where the keyword must be.
  auto at = text.find_first_not_of(" \r\n\t", body);
  if (at != std::string_view::npos && text.substr(at, 2) == "<<") {
    PdfObjects reader(text);
    auto dictionary = reader.dictionary_at(at);
    if (dictionary.empty()) {
      return std::nullopt;
    }
    auto after = static_cast<size_t>(dictionary.data() - text.data()) + dictionary.size();
    auto next = text.find_first_not_of(" \r\n\t", after);
    if (next != std::string_view::npos && text.substr(next, 6) == "stream") {
      auto end = text.rfind("endobj");
      if (end == std::string_view::npos || end < next) {
        return std::nullopt;
      }
      return RawObject{std::string(text.substr(body, next - body)),
                       text.substr(next, end + 6 - next)};
    }
  }
  auto end = text.find("endobj", body);
  if (end == std::string_view::npos) {
    return std::nullopt;
  }
  return RawObject{std::string(text.substr(body, end - body)), text.substr(end, 6)};
}

// The references "N G R" in `head`, as (position, length, N).
struct Reference
{
  size_t at = 0;
  size_t length = 0;
  size_t number = 0;
};

std::vector<Reference> references_in(std::string_view head)
{
  std::vector<Reference> found;
  size_t i = 0;
  auto digit = [&](size_t at) {
    return at < head.size() && std::isdigit(static_cast<unsigned char>(head[at]));
  };
  while (i < head.size()) {
    bool starts =
      digit(i) && (i == 0 || !(std::isalnum(static_cast<unsigned char>(head[i - 1])) ||
                               head[i - 1] == '.' || head[i - 1] == '-' || head[i - 1] == '/'));
    if (!starts) {
      ++i;
      continue;
    }
    size_t end = 0;
    auto number = PdfObjects::number_in(head, i, &end);
    size_t gen_end = 0;
    auto generation =
      number && end < head.size() && std::isspace(static_cast<unsigned char>(head[end]))
        ? PdfObjects::number_in(head, end, &gen_end)
        : std::nullopt;
    if (generation) {
      auto r = head.find_first_not_of(" \r\n\t", gen_end);
      bool is_reference =
        r != std::string_view::npos && head[r] == 'R' &&
        (r + 1 == head.size() || !std::isalnum(static_cast<unsigned char>(head[r + 1])));
      if (is_reference) {
        found.push_back({i, r + 1 - i, *number});
        i = r + 1;
        continue;
      }
    }
    while (digit(i)) {
      ++i;
    }
  }
  return found;
}

// `head` without the entry `/key value` of its dictionary (a reference or
// an array), when it has one.
std::string without_entry(std::string head, std::string_view key)
{
  auto after = PdfObjects::find_key(head, key);
  if (after == std::string::npos) {
    return head;
  }
  auto start = after - key.size() - 1;
  auto value = head.find_first_not_of(" \r\n\t", after);
  if (value == std::string::npos) {
    return head;
  }
  size_t end = value;
  if (head[value] == '[') {
    end = head.find(']', value);
    end = end == std::string::npos ? head.size() : end + 1;
  } else {
    auto refs = references_in(std::string_view(head).substr(value));
    if (refs.empty() || refs[0].at != 0) {
      return head;
    }
    end = value + refs[0].length;
  }
  return head.erase(start, end - start);
}

} // namespace

std::optional<std::string> pdf_page_range(std::string_view text, int first, int last)
{
  PdfObjects objects(text);
  if (!objects.read_table()) {
    return std::nullopt;
  }
  auto catalogue = objects.object(PdfObjects::reference(objects.trailer(), "Root"));
  auto root = PdfObjects::reference(catalogue, "Pages");
  std::vector<size_t> pages;
  std::set<size_t> seen;
  if (root == 0 || !pdf::collect_pages(objects, root, pages, seen)) {
    return std::nullopt;
  }
  if (first < 1 || last < first || static_cast<size_t>(last) > pages.size()) {
    return std::nullopt;
  }
  // Each object runs from its offset to the next object (or the table).
  std::vector<std::pair<size_t, size_t>> by_offset;
  for (const auto& [number, offset] : objects.offsets()) {
    by_offset.emplace_back(offset, number);
  }
  std::sort(by_offset.begin(), by_offset.end());
  std::map<size_t, std::string_view> extent;
  for (size_t i = 0; i < by_offset.size(); ++i) {
    auto [offset, number] = by_offset[i];
    auto end = i + 1 < by_offset.size() ? by_offset[i + 1].first : objects.table_offset();
    if (end <= offset || end > text.size()) {
      return std::nullopt;
    }
    extent[number] = text.substr(offset, end - offset);
  }
  std::set<size_t> all_pages(pages.begin(), pages.end());
  std::vector<size_t> wanted(pages.begin() + first - 1, pages.begin() + last);
  std::set<size_t> wanted_pages(wanted.begin(), wanted.end());

  // The objects the pages need, each read once, in the order first reached.
  std::map<size_t, RawObject> read;
  std::vector<size_t> order;
  std::vector<size_t> todo(wanted.rbegin(), wanted.rend());
  while (!todo.empty()) {
    auto number = todo.back();
    todo.pop_back();
    if (read.contains(number)) {
      continue;
    }
    if (all_pages.contains(number) && !wanted_pages.contains(number)) {
      return std::nullopt; // a page refers to another page
    }
    auto found = extent.find(number);
    if (found == extent.end()) {
      return std::nullopt;
    }
    auto object = split_object(found->second);
    if (!object) {
      return std::nullopt;
    }
    if (wanted_pages.contains(number)) {
      object->head = without_entry(without_entry(object->head, "Parent"), "Annots");
    }
    auto refs = references_in(object->head);
    for (auto it = refs.rbegin(); it != refs.rend(); ++it) {
      todo.push_back(it->number);
    }
    order.push_back(number);
    read.emplace(number, std::move(*object));
  }

  std::map<size_t, size_t> renumbered;
  for (size_t i = 0; i < order.size(); ++i) {
    renumbered[order[i]] = i + 1;
  }
  size_t pages_number = order.size() + 1;
  size_t catalogue_number = order.size() + 2;
  std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<size_t> offsets;
  for (auto number : order) {
    auto& object = read.at(number);
    std::string head;
    size_t copied = 0;
    for (const auto& ref : references_in(object.head)) {
      head += object.head.substr(copied, ref.at - copied);
      head += fmt::format("{} 0 R", renumbered.at(ref.number));
      copied = ref.at + ref.length;
    }
    head += object.head.substr(copied);
    if (wanted_pages.contains(number)) {
      auto open = head.find("<<");
      if (open == std::string::npos) {
        return std::nullopt;
      }
      head.insert(open + 2, fmt::format("/Parent {} 0 R ", pages_number));
    }
    offsets.push_back(out.size());
    out += fmt::format("{} 0 obj", renumbered.at(number));
    out += head;
    out += object.tail;
    out += '\n';
  }
  std::string kids;
  for (auto page : wanted) {
    kids += fmt::format("{}{} 0 R", kids.empty() ? "" : " ", renumbered.at(page));
  }
  offsets.push_back(out.size());
  out += fmt::format(
    "{} 0 obj\n<</Type /Pages /Count {} /Kids [{}]>>\nendobj\n", pages_number, wanted.size(), kids);
  offsets.push_back(out.size());
  out += fmt::format(
    "{} 0 obj\n<</Type /Catalog /Pages {} 0 R>>\nendobj\n", catalogue_number, pages_number);
  auto table = out.size();
  out += fmt::format("xref\n0 {}\n0000000000 65535 f \n", offsets.size() + 1);
  for (auto offset : offsets) {
    out += fmt::format("{:010} 00000 n \n", offset);
  }
  out += fmt::format("trailer\n<</Size {} /Root {} 0 R>>\nstartxref\n{}\n%%EOF\n",
                     offsets.size() + 1,
                     catalogue_number,
                     table);
  return out;
}

} // namespace sopctl::render
