#include <algorithm>
#include <array>
#include <render/text_metrics.hpp>

namespace sopctl::render {

namespace {

// Advance widths of ASCII 32..126 in thousandths of an em, from the
// Helvetica AFM that Arial and Liberation Sans share.
constexpr std::array<short, 95> ascii_widths = {
  278,  278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space-/
  556,  556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0-?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @-O
  667,  778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P-_
  333,  556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // `-o
  556,  556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,      // p-~
};

// The same from the Helvetica-Bold AFM (Arial Bold, Liberation Sans Bold).
constexpr std::array<short, 95> bold_ascii_widths = {
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, // space-/
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, // 0-?
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, // @-O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, // P-_
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, // `-o
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,      // p-~
};

// Anything outside ASCII (accented letters, dashes): a generous average.
constexpr int other_width = 600;
constexpr int bold_other_width = 660;
// Bold Helvetica is about 10% wider than regular: what a line's estimate
// assumes, so that a wrapped row is never shorter than the browser makes it.
constexpr double bold_factor = 1.1;

bool is_continuation_byte(char c)
{
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// `line` with words of `paragraph` added greedily; full lines go to `lines`.
void wrap_paragraph(std::string_view paragraph,
                    double width_px,
                    double font_px,
                    bool bold,
                    std::vector<std::string>& lines)
{
  std::string line;
  auto fits = [&](std::string_view text) { return text_width(text, font_px, bold) <= width_px; };
  size_t at = 0;
  while (at < paragraph.size()) {
    if (paragraph[at] == ' ' || paragraph[at] == '\t') {
      ++at;
      continue;
    }
    size_t end = paragraph.find_first_of(" \t", at);
    auto word =
      paragraph.substr(at, end == std::string_view::npos ? paragraph.size() - at : end - at);
    at += word.size();
    std::string joined = line.empty() ? std::string(word) : line + " " + std::string(word);
    if (fits(joined)) {
      line = std::move(joined);
      continue;
    }
    if (!line.empty()) {
      lines.push_back(std::move(line));
      line.clear();
    }
    // A word longer than the line is cut, as `overflow-wrap: anywhere` does;
    // at worst one character a line.
    while (!word.empty() && !fits(word)) {
      size_t cut = 1;
      while (cut < word.size() &&
             (is_continuation_byte(word[cut]) || fits(word.substr(0, cut + 1)))) {
        ++cut;
      }
      lines.emplace_back(word.substr(0, cut));
      word.remove_prefix(cut);
    }
    line = std::string(word);
  }
  lines.push_back(std::move(line));
}

} // namespace

double text_width(std::string_view text, double font_px, bool bold)
{
  long thousandths = 0;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (byte >= 32 && byte < 127) {
      thousandths += ascii_widths[byte - 32];
    } else if (byte >= 0xC0 || byte == '\t') {
      thousandths += other_width; // the lead byte of a multi-byte character
    }
  }
  return static_cast<double>(thousandths) / 1000.0 * font_px * (bold ? bold_factor : 1.0);
}

std::string_view trim_end(std::string_view text)
{
  auto end = text.find_last_not_of(" \t\r\n");
  return end == std::string_view::npos ? std::string_view() : text.substr(0, end + 1);
}

double exact_width(std::string_view text, double font_px, bool bold)
{
  const auto& widths = bold ? bold_ascii_widths : ascii_widths;
  long thousandths = 0;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (byte >= 32 && byte < 127) {
      thousandths += widths[byte - 32];
    } else if (byte >= 0xC0 || byte == '\t') {
      thousandths += bold ? bold_other_width : other_width;
    }
  }
  return static_cast<double>(thousandths) / 1000.0 * font_px;
}

double widest_word(std::string_view text, double font_px, bool bold)
{
  double widest = 0;
  size_t at = 0;
  while (at < text.size()) {
    auto end = text.find_first_of(" \t\r\n", at);
    auto word = text.substr(at, end == std::string_view::npos ? text.size() - at : end - at);
    widest = std::max(widest, exact_width(word, font_px, bold));
    if (end == std::string_view::npos) {
      break;
    }
    at = end + 1;
  }
  return widest;
}

std::vector<std::string> wrap_text(std::string_view text,
                                   double width_px,
                                   double font_px,
                                   bool bold)
{
  std::vector<std::string> lines;
  while (true) {
    auto end = text.find('\n');
    wrap_paragraph(text.substr(0, end), width_px, font_px, bold, lines);
    if (end == std::string_view::npos) {
      break;
    }
    text.remove_prefix(end + 1);
  }
  return lines;
}

int count_lines(std::string_view text, double width_px, double font_px, bool bold)
{
  return static_cast<int>(wrap_text(text, width_px, font_px, bold).size());
}

} // namespace sopctl::render
