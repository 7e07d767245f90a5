#pragma once

// The Indonesian words the office's SOP site shows about drafts: what each
// event of a history did, where a decision's exit leads, how late a step
// is, the zone of the times. The site is Indonesian whatever language the
// user's terminal speaks, like the rendered documents, so these are written
// here in Indonesian and never go through tr().

#include <cstdint>
#include <model/sop.hpp>
#include <string>

namespace sopctl::ops::site_words {

// Where `exit` of decision `step` leads: "lanjut ke langkah 7", "kembali ke
// langkah 5", "prosedur selesai".
std::string exit_target(const model::Step& step, model::Exit exit);

// What `event` did, for its row of a history: "Konsep dimulai", "Langkah 3
// selesai", "Tidak: kembali ke langkah 5", "Catatan", "Pembatalan".
// `procedure` governs the draft.
std::string event_what(const model::Sop& procedure, const model::Event& event);

// A span of working time: "2 hari 3 jam", "45 menit".
std::string working_span(int days, std::int64_t minutes);

// The zone of `offset_minutes` east of UTC: "WIB", "WITA", "WIT", else
// "UTC+05:30".
std::string zone_name(int offset_minutes);

} // namespace sopctl::ops::site_words
