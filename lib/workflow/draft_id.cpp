#include <i18n/tr.hpp>
#include <workflow/draft_id.hpp>

namespace sopctl::workflow {

namespace {

bool is_id_char(char c)
{
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

constexpr size_t max_id_length = 60;

} // namespace

std::string make_draft_id(std::string_view title)
{
  std::string id;
  bool pending_dash = false;
  for (char c : title) {
    char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    if (static_cast<unsigned char>(c) >= 0x80) {
      continue; // a byte of a non-ASCII letter: dropped, the word stays whole
    }
    if (is_id_char(lower)) {
      if (pending_dash && !id.empty()) {
        id += '-';
      }
      pending_dash = false;
      id += lower;
    } else {
      pending_dash = true;
    }
  }
  if (id.size() > max_id_length) {
    auto cut = id.rfind('-', max_id_length);
    id.resize(cut == std::string::npos || cut == 0 ? max_id_length : cut);
  }
  return id;
}

std::string check_draft_id(std::string_view id)
{
  if (id.empty()) {
    return tr("the id is empty");
  }
  if (id.size() > max_id_length) {
    return tr("the id is longer than 60 characters");
  }
  if (!is_id_char(id.front())) {
    return tr("the id must start with a lower-case letter or a digit");
  }
  for (char c : id) {
    if (!is_id_char(c) && c != '-' && c != '_' && c != '.') {
      return tr("the id may hold only lower-case letters, digits, '-', '_' and "
                "'.'");
    }
  }
  return {};
}

} // namespace sopctl::workflow
