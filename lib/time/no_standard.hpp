#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sopctl::time {

// What a phrase that names no length of time says about a step: when it is
// done, or what it waits for (`Sesuai jadwal yang telah dibuat`, `Setiap
// Saat`, `Setelah DIDP ditetapkan oleh Atasan PPID`).
enum class NoStandardMeaning
{
  scheduled,    // sesuai jadwal, terjadwal
  as_needed,    // sesuai ..., menyesuaikan, tergantung ...
  tentative,    // tentatif, waktu tentatif, relatif
  any_time,     // setiap saat, kapan saja, sewaktu-waktu
  office_hours, // pada hari dan jam kerja, selama jam pelayanan kantor
  periodic,     // secara berkala, berkala, rutin
  immediately,  // serta merta
  each_time,    // setiap / tiap + an event
  after_event,  // setelah, sesudah, menunggu + an event
  before_event, // sebelum + an event
  during_event, // selama + an event
};

// The no-standard phrase `text` starts with, if any: `text` is lower case,
// and words are compared with punctuation and runs of spaces between them
// ignored. The longest phrase wins (`setiap saat` before `setiap`).
std::optional<NoStandardMeaning> no_standard_lead(std::string_view text);

// Whether `part`, an alternative written after `previous` (both lower
// case), words a phrase of `previous` another way: `selama jam kerja /
// pelayanan kantor` is `selama jam pelayanan kantor`, office hours. Some
// words of `previous` followed by `part` must make a phrase that reaches
// into `part`; `sesuai jadwal / abc` does not.
bool rewords_phrase(std::string_view previous, std::string_view part);

// What `check` notes for a time standard that starts with such a phrase
// and holds no time: "no standard: the step is done when scheduled".
std::string no_standard_note(NoStandardMeaning meaning);

} // namespace sopctl::time
