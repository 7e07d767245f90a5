#include <time/number_words.hpp>
#include <vector>

namespace sopctl::time {

namespace {

constexpr std::string_view digit_names[] = {
  "satu",
  "dua",
  "tiga",
  "empat",
  "lima",
  "enam",
  "tujuh",
  "delapan",
  "sembilan",
};

// Every word that can be part of a number.
constexpr std::string_view number_word_names[] = {
  "sepuluh",
  "sebelas",
  "seratus",
  "belas",
  "puluh",
  "ratus",
  "setengah",
  "seperempat",
};

bool is_letter(char c)
{
  return c >= 'a' && c <= 'z';
}

// 1 for "satu" ... 9 for "sembilan", else 0.
int digit_value(std::string_view word)
{
  for (int i = 0; i < 9; ++i) {
    if (digit_names[i] == word) {
      return i + 1;
    }
  }
  return 0;
}

bool is_number_word(std::string_view word)
{
  for (auto name : number_word_names) {
    if (name == word) {
      return true;
    }
  }
  return digit_value(word) != 0;
}

// A word of a number and where it ends in the text.
struct Word
{
  std::string_view text;
  std::size_t end = 0;
};

// The number words at the start of `text`, up to the first other word.
std::vector<Word> number_words_at(std::string_view text)
{
  std::vector<Word> words;
  std::size_t pos = 0;
  for (;;) {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) {
      ++pos;
    }
    auto start = pos;
    while (pos < text.size() && is_letter(text[pos])) {
      ++pos;
    }
    auto word = text.substr(start, pos - start);
    if (word.empty() || !is_number_word(word)) {
      return words;
    }
    words.push_back({word, pos});
  }
}

} // namespace

bool same_value(const ExactNumber& a, const ExactNumber& b)
{
  return a.whole == b.whole && a.fraction * b.scale == b.fraction * a.scale;
}

std::optional<NumberRead> read_number_words(std::string_view text)
{
  auto words = number_words_at(text);
  std::size_t i = 0;
  auto is_at = [&](std::size_t k, std::string_view name) {
    return k < words.size() && words[k].text == name;
  };
  auto digit_at = [&](std::size_t k) { return k < words.size() ? digit_value(words[k].text) : 0; };
  long long value = 0;
  // Hundreds: "seratus", "dua ratus".
  if (is_at(i, "seratus")) {
    value += 100;
    i += 1;
  } else if (digit_at(i) >= 2 && is_at(i + 1, "ratus")) {
    value += 100 * digit_at(i);
    i += 2;
  }
  // Tens and units: "sepuluh", "sebelas", "dua belas", "tiga puluh lima", "tujuh".
  if (is_at(i, "sepuluh")) {
    value += 10;
    i += 1;
  } else if (is_at(i, "sebelas")) {
    value += 11;
    i += 1;
  } else if (digit_at(i) >= 2 && is_at(i + 1, "belas")) {
    value += 10 + digit_at(i);
    i += 2;
  } else if (digit_at(i) >= 2 && is_at(i + 1, "puluh")) {
    value += 10 * digit_at(i);
    i += 2;
    if (digit_at(i) != 0) {
      value += digit_at(i);
      i += 1;
    }
  } else if (digit_at(i) != 0) {
    value += digit_at(i);
    i += 1;
  }
  ExactNumber number{value, 0, 1};
  if (is_at(i, "setengah")) {
    number = {value, 5, 10};
    i += 1;
  } else if (is_at(i, "seperempat")) {
    number = {value, 25, 100};
    i += 1;
  }
  if (i == 0) {
    return std::nullopt;
  }
  return NumberRead{number, words[i - 1].end};
}

} // namespace sopctl::time
