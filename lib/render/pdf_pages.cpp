#include <functional>
#include <render/pdf_objects.hpp>
#include <render/pdf_pages.hpp>
#include <set>
#include <vector>

namespace sopctl::render {

using pdf::collect_pages;
using pdf::PdfObjects;

std::optional<PdfPages> read_pdf_pages(std::string_view pdf)
{
  PdfObjects objects(pdf);
  if (!objects.read_table()) {
    return std::nullopt;
  }
  auto catalogue = objects.object(PdfObjects::reference(objects.trailer(), "Root"));
  auto root = PdfObjects::reference(catalogue, "Pages");
  std::vector<size_t> pages;
  std::set<size_t> seen;
  if (root == 0 || !collect_pages(objects, root, pages, seen)) {
    return std::nullopt;
  }
  std::map<size_t, int> page_of;
  for (size_t i = 0; i < pages.size(); ++i) {
    page_of[pages[i]] = static_cast<int>(i + 1);
  }
  PdfPages read;
  read.count = static_cast<int>(pages.size());
  // The catalogue's /Dests: a dictionary (inline or referred to) of
  // "/name [page 0 R /XYZ x y zoom]".
  std::string_view dests;
  auto key = PdfObjects::find_key(catalogue, "Dests");
  if (key != std::string_view::npos) {
    auto rest = catalogue.substr(key);
    auto first = rest.find_first_not_of(" \r\n\t");
    dests =
      first != std::string_view::npos && rest.substr(first, 2) == "<<"
        ? objects.dictionary_at(static_cast<size_t>(catalogue.data() - pdf.data()) + key + first)
        : objects.object(PdfObjects::reference(catalogue, "Dests"));
  }
  for (size_t at = dests.find('/'); at != std::string_view::npos; at = dests.find('/', at + 1)) {
    auto end = dests.find_first_of(" \r\n\t[", at + 1);
    if (end == std::string_view::npos) {
      break;
    }
    std::string name(dests.substr(at + 1, end - at - 1));
    auto open = dests.find_first_not_of(" \r\n\t", end);
    if (open == std::string_view::npos || dests[open] != '[') {
      continue; // a name inside a destination (/XYZ)
    }
    size_t past = 0;
    auto page = PdfObjects::number_in(dests, open + 1, &past);
    if (page && page_of.count(*page)) {
      read.destinations[name] = page_of[*page];
    }
    at = dests.find(']', open);
    if (at == std::string_view::npos) {
      break;
    }
  }
  return read;
}

} // namespace sopctl::render
