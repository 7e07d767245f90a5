#include <model/sop_date.hpp>
#include <render/dates.hpp>

namespace sopctl::render {

std::string indonesian_date(std::string_view iso_date)
{
  return model::date_in_words(iso_date);
}

std::string local_date(const model::Timestamp& moment)
{
  return model::format_short(moment).substr(0, 10);
}

} // namespace sopctl::render
