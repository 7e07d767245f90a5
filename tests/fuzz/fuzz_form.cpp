// libFuzzer harness for the text fields of `sopctl serve`'s forms (README
// "sopctl serve", "The forms"): any bytes as the `set` textarea. httplib
// decodes the body; these are the steps sopctl's own code takes after it.
// For any text: an answer or a refusal, never a crash; what is read holds no
// control character but a tab, every key can name a value, and the lines
// `KEY=VALUE` written back from it read as the same values.
#include <cstddef>
#include <cstdint>
#include <map>
#include <model/errors.hpp>
#include <model/validation.hpp>
#include <serve/form_fields.hpp>
#include <string>

namespace {

bool has_control(const std::string& text)
{
  for (unsigned char c : text) {
    if ((c < 0x20 && c != '\t') || c == 0x7f) {
      return true;
    }
  }
  return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  std::string text(reinterpret_cast<const char*>(data), size);
  std::map<std::string, std::string> values;
  try {
    values = sopctl::serve::form_assignments(text);
  } catch (const sopctl::model::UsageError&) {
    return 0; // refused, with a message: the 422 page
  }
  std::string again;
  for (const auto& [key, value] : values) {
    if (!sopctl::model::is_valid_data_key(key) || has_control(key) || has_control(value)) {
      __builtin_trap();
    }
    again += key + "=" + value + "\r\n";
  }
  if (sopctl::serve::form_assignments(again) != values) {
    __builtin_trap();
  }
  auto plain = sopctl::serve::form_text(text);
  if (plain.find('\r') != std::string::npos) {
    __builtin_trap();
  }
  return 0;
}
