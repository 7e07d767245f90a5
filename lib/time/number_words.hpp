#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace sopctl::time {

// A non-negative decimal held exactly as whole + fraction / scale, so that
// "2,05 jam" comes to 123 minutes and not a hair less.
struct ExactNumber
{
  long long whole = 0;
  long long fraction = 0; // 0 <= fraction < scale
  long long scale = 1;    // a power of ten
};

// Whether two numbers have the same value however they are spelled: 0,5 and
// 0,50 are the same.
bool same_value(const ExactNumber& a, const ExactNumber& b);

// A number read from the start of some text and how many characters it took.
struct NumberRead
{
  ExactNumber number;
  std::size_t length = 0;
};

// Reads Indonesian number words from the start of lower-case `text`: "tiga",
// "sebelas", "dua belas", "tiga puluh lima", "seratus dua puluh",
// "setengah" (0,5), "seperempat" (0,25), "satu setengah" (1,5). Up to 999;
// nullopt when `text` does not start with a number word.
std::optional<NumberRead> read_number_words(std::string_view text);

} // namespace sopctl::time
