#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <model/text.hpp>
#include <model/validation.hpp>
#include <ops/assignments.hpp>

namespace sopctl::ops {

std::map<std::string, std::string> parse_assignments(const std::vector<std::string>& options)
{
  std::map<std::string, std::string> values;
  for (const auto& option : options) {
    auto equals = option.find('=');
    auto key = option.substr(0, equals);
    if (equals == std::string::npos || !model::is_valid_data_key(key)) {
      throw model::UsageError(trf("--set \"{}\": write it as KEY=VALUE with a key of "
                                  "lower-case letters, digits, '.', '-' or '_', like "
                                  "meeting.date=2026-11-26",
                                  option));
    }
    auto value = option.substr(equals + 1);
    if (model::is_date_key(key) && !model::is_iso_date(model::trim(value))) {
      throw model::UsageError(trf("--set \"{}\": {} is a date: write it YYYY-MM-DD, a day "
                                  "that exists, like {}=2026-11-26",
                                  option,
                                  key,
                                  key));
    }
    if (!values.emplace(key, value).second) {
      throw model::UsageError(trf("--set {} is given twice; give it once", key));
    }
  }
  return values;
}

} // namespace sopctl::ops
