#include "page_lines.hpp"

#include <algorithm>
#include <cmath>
#include <doctest/doctest.h>
#include <regex>
#include <sstream>

namespace e2e {

const PageLine& PageLines::starting_with(const std::string& start) const
{
  auto found = std::find_if(
    lines.begin(), lines.end(), [&](const PageLine& line) { return line.text.starts_with(start); });
  INFO("no line starts with \"", start, "\"");
  REQUIRE(found != lines.end());
  return *found;
}

double PageLines::room_above_mm(const std::string& name) const
{
  const auto& below = starting_with(name);
  const PageLine* above = nullptr;
  for (const auto& line : lines) {
    if (std::abs(line.left - below.left) < 1 / mm_per_point && line.bottom <= below.top &&
        (!above || line.bottom > above->bottom)) {
      above = &line;
    }
  }
  INFO("no line above \"", name, "\" in its column");
  REQUIRE(above);
  return (below.top - above->bottom) * mm_per_point;
}

std::string PageLines::listing() const
{
  std::ostringstream out;
  for (const auto& line : lines) {
    out << "  x " << line.left << "-" << line.right << " y " << line.top << "-" << line.bottom
        << ": " << line.text << "\n";
  }
  return out.str();
}

PageLines read_page_lines(const Sandbox& sandbox, const fs::path& pdf, int page)
{
  auto number = std::to_string(page);
  auto result = sandbox.run_program(
    sandbox.root(), {"pdftotext", "-bbox-layout", "-f", number, "-l", number, pdf.string(), "-"});
  INFO("pdftotext: ", result.err);
  REQUIRE(result.exit_code == 0);
  const auto& xhtml = result.out;
  PageLines page_lines;
  std::smatch size;
  REQUIRE(std::regex_search(xhtml, size, std::regex("<page width=\"([0-9.]+)\"")));
  page_lines.width = std::stod(size[1]);
  std::regex line_pattern("<line xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                          "yMax=\"([0-9.]+)\">([\\s\\S]*?)</line>");
  std::regex word_pattern(">([^<]*)</word>");
  for (std::sregex_iterator it(xhtml.begin(), xhtml.end(), line_pattern), end; it != end; ++it) {
    PageLine line{
      std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4]), ""};
    auto words = (*it)[5].str();
    for (std::sregex_iterator w(words.begin(), words.end(), word_pattern); w != end; ++w) {
      line.text += (line.text.empty() ? "" : " ") + (*w)[1].str();
    }
    page_lines.lines.push_back(line);
  }
  return page_lines;
}

} // namespace e2e
