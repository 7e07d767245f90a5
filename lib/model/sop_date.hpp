#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sopctl::model {

// How much of a date of the SOP (Tgl Pembuatan, Revisi, Pengesahan, Efektif,
// a signatory's date) the office printed: a day `2020-09-29`, a month
// `2023-08` (printed "Agustus 2023") or a year `2023`.
enum class DatePrecision
{
  day,
  month,
  year,
};

// The precision of `text` when it is a date of the SOP written `YYYY-MM-DD`
// (a real day), `YYYY-MM` (a real month) or `YYYY`; nullopt otherwise.
std::optional<DatePrecision> sop_date_precision(std::string_view text);

// Whether `text` is a date of the SOP in one of the forms above.
bool is_sop_date(std::string_view text);

// The first day of a date of the SOP as `YYYY-MM-DD`: a month counts from its
// 1st, a year from 1 January, so that due dates and periods can be counted
// from it; empty when `text` is not a date of the SOP.
std::string first_day(std::string_view text);

// A date of the SOP as an Indonesian document prints it: "29 September
// 2020", "Agustus 2023", "2023"; empty is "-"; anything else as written.
std::string date_in_words(std::string_view text);

} // namespace sopctl::model
