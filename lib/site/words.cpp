#include <site/html.hpp>
#include <site/words.hpp>

namespace sopctl::site {

std::string state_word(std::string_view state)
{
  if (state == "berlaku") {
    return "Berlaku";
  }
  if (state == "digantikan") {
    return "Digantikan";
  }
  if (state == "dicabut") {
    return "Dicabut";
  }
  if (state == "konsep") {
    return "Konsep";
  }
  return std::string(state);
}

std::string lateness_html(const DraftRow& draft)
{
  if (draft.finished) {
    return "-";
  }
  if (draft.late) {
    std::string out = "<span class=\"late-word\">Terlambat</span>";
    if (!draft.late_by.empty()) {
      out += " " + escaped(draft.late_by);
    }
    return out;
  }
  // A step without a time standard has no clock: it is never late.
  return draft.due.empty() ? std::string("Tanpa mutu baku waktu")
                           : std::string("Belum jatuh tempo");
}

std::string assessment_kind_word(std::string_view kind)
{
  if (kind == "pemantauan") {
    return "Pemantauan";
  }
  if (kind == "evaluasi") {
    return "Evaluasi";
  }
  return std::string(kind);
}

std::string assessment_when_html(const AssessmentRow& row)
{
  if (row.late) {
    return "<span class=\"late-word\">Terlambat</span> " + std::to_string(row.days) + " hari";
  }
  if (row.days == 0) {
    return "Jatuh tempo hari ini";
  }
  return std::to_string(row.days) + " hari lagi";
}

} // namespace sopctl::site
