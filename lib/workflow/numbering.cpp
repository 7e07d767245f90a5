#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <workflow/numbering.hpp>

namespace sopctl::workflow {

namespace {

// Calls `literal(text)` and `token(name, width)` for each part of `pattern`;
// returns an error message or empty.
template<typename Literal, typename Token>
std::string walk(const std::string& pattern, Literal literal, Token token)
{
  size_t pos = 0;
  while (pos < pattern.size()) {
    auto open = pattern.find('{', pos);
    literal(pattern.substr(pos, open == std::string::npos ? open : open - pos));
    if (open == std::string::npos) {
      break;
    }
    auto close = pattern.find('}', open);
    if (close == std::string::npos) {
      return trf("\"{{\" at {} is not closed", open + 1);
    }
    auto body = pattern.substr(open + 1, close - open - 1);
    int width = 0;
    auto colon = body.find(':');
    if (colon != std::string::npos) {
      auto digits = body.substr(colon + 1);
      if (body.substr(0, colon) != "seq" || digits.size() < 2 || digits[0] != '0' ||
          digits.find_first_not_of("0123456789") != std::string::npos) {
        return trf("\"{{{}}}\" is not a token; padding is written {{seq:03}}", body);
      }
      width = std::stoi(digits.substr(1));
      body = "seq";
    }
    if (body != "seq" && body != "year" && body != "month" && body != "month_roman") {
      return trf("\"{{{}}}\" is not a token; the tokens are {{seq}}, {{seq:03}}, "
                 "{{year}}, {{month}} and {{month_roman}}",
                 body);
    }
    token(body, width);
    pos = close + 1;
  }
  return {};
}

} // namespace

std::string check_pattern(const std::string& pattern)
{
  bool has_seq = false;
  auto error = walk(
    pattern,
    [](const std::string&) {},
    [&](const std::string& name, int) { has_seq = has_seq || name == "seq"; });
  if (error.empty() && !has_seq) {
    error = tr("it has no {seq}, so every number would be the same");
  }
  return error;
}

std::string format_number(const std::string& pattern, int seq, model::Timestamp at)
{
  static constexpr const char* roman[] = {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
  auto date = model::format_iso(at); // local YYYY-MM-...
  int month = std::stoi(date.substr(5, 2));
  std::string out;
  walk(
    pattern,
    [&](const std::string& text) { out += text; },
    [&](const std::string& name, int width) {
      if (name == "seq") {
        out += fmt::format("{:0{}}", seq, width);
      } else if (name == "year") {
        out += date.substr(0, 4);
      } else if (name == "month") {
        out += date.substr(5, 2);
      } else {
        out += roman[month - 1];
      }
    });
  return out;
}

model::Counters merge_counters(const model::Counters& ours, const model::Counters& theirs)
{
  model::Counters merged = ours;
  for (const auto& [key, last] : theirs) {
    auto& value = merged[key];
    value = std::max(value, last);
  }
  return merged;
}

} // namespace sopctl::workflow
