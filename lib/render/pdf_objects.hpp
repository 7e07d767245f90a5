#pragma once

// Reading a PDF as Chromium writes it (Skia's PDF: a classic
// cross-reference table, object dictionaries in plain text, a tree of
// /Pages nodes): its objects by number, their dictionaries and references.
// Shared by render/pdf_pages (where named destinations are) and
// render/pdf_split (a range of pages as a PDF of its own).

#include <cctype>
#include <charconv>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::render::pdf {

// The text of a PDF, its objects found through the cross-reference table.
class PdfObjects
{
public:
  explicit PdfObjects(std::string_view pdf)
    : pdf_(pdf)
  {}

  // Reads the cross-reference table and the trailer; false when there is
  // none of the classic kind.
  bool read_table()
  {
    auto start = pdf_.rfind("startxref");
    if (start == std::string_view::npos) {
      return false;
    }
    auto table = number_at(start + 9);
    if (!table || *table >= pdf_.size() || pdf_.substr(*table, 4) != "xref") {
      return false;
    }
    table_ = *table;
    size_t at = *table + 4;
    // Subsections: "first count", then count entries of 20 bytes.
    while (true) {
      at = skip_space(at);
      if (pdf_.substr(at, 7) == "trailer") {
        trailer_ = dictionary_at(at + 7);
        return !trailer_.empty();
      }
      size_t end = at;
      auto first = number_at(at, &end);
      auto count = number_at(end, &end);
      if (!first || !count) {
        return false;
      }
      at = skip_space(end);
      for (size_t i = 0; i < *count; ++i, at += 20) {
        if (at + 18 > pdf_.size()) {
          return false;
        }
        if (pdf_[at + 17] == 'n') {
          size_t ignored = 0;
          auto offset = number_at(at, &ignored);
          if (!offset) {
            return false;
          }
          offsets_[*first + i] = *offset;
        }
      }
    }
  }

  const std::string_view& trailer() const { return trailer_; }

  // Where each object starts in the PDF ("N 0 obj"), by its number.
  const std::map<size_t, size_t>& offsets() const { return offsets_; }

  // Where the cross-reference table starts.
  size_t table_offset() const { return table_; }

  // The dictionary of object `number`, "<<...>>"; empty when it has none.
  std::string_view object(size_t number) const
  {
    auto found = offsets_.find(number);
    if (found == offsets_.end()) {
      return {};
    }
    auto obj = pdf_.find("obj", found->second);
    return obj == std::string_view::npos ? std::string_view{} : dictionary_at(obj + 3);
  }

  // The object a key of `dictionary` refers to ("/Pages 15 0 R"), or 0.
  static size_t reference(std::string_view dictionary, std::string_view key)
  {
    auto at = find_key(dictionary, key);
    if (at == std::string_view::npos) {
      return 0;
    }
    size_t end = 0;
    auto number = number_in(dictionary, at, &end);
    return number ? *number : 0;
  }

  // The references in the array a key of `dictionary` holds ("/Kids [2 0 R 9 0 R]").
  static std::vector<size_t> references(std::string_view dictionary, std::string_view key)
  {
    std::vector<size_t> found;
    auto at = find_key(dictionary, key);
    if (at == std::string_view::npos) {
      return found;
    }
    auto open = dictionary.find('[', at);
    auto close = dictionary.find(']', at);
    if (open == std::string_view::npos || close == std::string_view::npos) {
      return found;
    }
    auto list = dictionary.substr(open + 1, close - open - 1);
    // Triples "N G R".
    std::vector<size_t> numbers;
    size_t i = 0;
    while (i < list.size()) {
      size_t end = i;
      if (auto number = number_in(list, i, &end)) {
        numbers.push_back(*number);
        i = end;
      } else if (list[i] == 'R' && numbers.size() >= 2) {
        found.push_back(numbers[numbers.size() - 2]);
        numbers.clear();
        ++i;
      } else {
        ++i;
      }
    }
    return found;
  }

  // The dictionary starting at or after `at` ("<<" to its matching ">>").
  std::string_view dictionary_at(size_t at) const
  {
    auto open = pdf_.find("<<", at);
    if (open == std::string_view::npos) {
      return {};
    }
    int depth = 0;
    for (size_t i = open; i + 1 < pdf_.size(); ++i) {
      if (pdf_[i] == '(') { // a string may hold brackets; skip it
        for (int nesting = 0; i < pdf_.size(); ++i) {
          if (pdf_[i] == '\\') {
            ++i;
          } else if (pdf_[i] == '(') {
            ++nesting;
          } else if (pdf_[i] == ')' && --nesting == 0) {
            break;
          }
        }
      } else if (pdf_[i] == '<' && pdf_[i + 1] == '<') {
        ++depth;
        ++i;
      } else if (pdf_[i] == '>' && pdf_[i + 1] == '>') {
        ++i;
        if (--depth == 0) {
          return pdf_.substr(open, i + 1 - open);
        }
      }
    }
    return {};
  }

  // The position just past `/key` in `dictionary` as a whole name; npos
  // when it is not there.
  static size_t find_key(std::string_view dictionary, std::string_view key)
  {
    std::string name = "/" + std::string(key);
    for (auto at = dictionary.find(name); at != std::string_view::npos;
         at = dictionary.find(name, at + 1)) {
      auto after = at + name.size();
      if (after >= dictionary.size() ||
          !std::isalnum(static_cast<unsigned char>(dictionary[after]))) {
        return after;
      }
    }
    return std::string_view::npos;
  }

  // The unsigned number at or after `at` (after spaces); `end` is set past it.
  static std::optional<size_t> number_in(std::string_view text, size_t at, size_t* end)
  {
    while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at]))) {
      ++at;
    }
    size_t value = 0;
    auto [past, error] = std::from_chars(text.data() + at, text.data() + text.size(), value);
    if (error != std::errc() || past == text.data() + at) {
      return std::nullopt;
    }
    *end = static_cast<size_t>(past - text.data());
    return value;
  }

private:
  size_t skip_space(size_t at) const
  {
    while (at < pdf_.size() && std::isspace(static_cast<unsigned char>(pdf_[at]))) {
      ++at;
    }
    return at;
  }

  std::optional<size_t> number_at(size_t at, size_t* end = nullptr) const
  {
    size_t ignored = 0;
    return number_in(pdf_, at, end ? end : &ignored);
  }

  std::string_view pdf_;
  std::string_view trailer_;
  std::map<size_t, size_t> offsets_;
  size_t table_ = 0;
};

// The page objects of the tree under `node`, in order.
inline bool collect_pages(const PdfObjects& objects,
                          size_t node,
                          std::vector<size_t>& pages,
                          std::set<size_t>& seen)
{
  if (!seen.insert(node).second) {
    return false; // a loop: not a tree
  }
  auto dictionary = objects.object(node);
  if (dictionary.empty()) {
    return false;
  }
  if (PdfObjects::find_key(dictionary, "Kids") == std::string_view::npos) {
    pages.push_back(node);
    return true;
  }
  for (auto kid : PdfObjects::references(dictionary, "Kids")) {
    if (!collect_pages(objects, kid, pages, seen)) {
      return false;
    }
  }
  return true;
}

} // namespace sopctl::render::pdf
