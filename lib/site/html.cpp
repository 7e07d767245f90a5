#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <model/sop_date.hpp>
#include <render/escape.hpp>
#include <site/html.hpp>

namespace sopctl::site {

std::string escaped(std::string_view text)
{
  return render::html_escape(text);
}

std::string escaped_lines(std::string_view text)
{
  std::string out;
  size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find('\n', start);
    auto line =
      text.substr(start, end == std::string_view::npos ? text.size() - start : end - start);
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    if (start > 0) {
      out += "<br>";
    }
    out += render::html_escape(line);
    if (end == std::string_view::npos) {
      break;
    }
    start = end + 1;
  }
  return out;
}

std::string escaped_one_line(std::string_view text)
{
  std::string line;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !line.empty();
      continue;
    }
    if (space) {
      line += ' ';
      space = false;
    }
    line += c;
  }
  return render::html_escape(line);
}

std::string url_part(std::string_view part)
{
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : part) {
    auto byte = static_cast<unsigned char>(c);
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '-' || c == '.' || c == '_' || c == '~';
    if (plain) {
      out += c;
    } else {
      out += '%';
      out += hex[byte >> 4];
      out += hex[byte & 0x0f];
    }
  }
  return out;
}

std::string link(std::string_view href, std::string_view html)
{
  std::string out = "<a href=\"";
  out += render::html_escape(href);
  out += "\">";
  out += html;
  out += "</a>";
  return out;
}

std::string escaped_list(const std::vector<std::string>& items)
{
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) {
      out += ", ";
    }
    out += render::html_escape(item);
  }
  return out;
}

std::string escaped_or_dash(std::string_view text)
{
  return text.empty() ? std::string("-") : render::html_escape(text);
}

std::string sop_date_html(std::string_view date)
{
  if (!model::is_sop_date(date)) {
    return escaped_or_dash(date);
  }
  return "<time datetime=\"" + escaped(date) + "\">" + escaped(model::date_in_words(date)) +
         "</time>";
}

void check_file_key(std::string_view key)
{
  bool bad = key.empty() || key.front() == '.';
  for (char c : key) {
    if (c == '/' || c == '\\' || static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      bad = true;
    }
  }
  if (bad) {
    throw model::Error(trf("the site cannot have a page named '{}': a page's name may not be "
                           "empty, start with '.', or hold '/', '\\' or control characters",
                           key));
  }
}

} // namespace sopctl::site
