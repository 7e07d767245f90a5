#pragma once

#include <model/sop.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace sopctl::yaml {

// The text of an SOP file that has no record yet (an SOP signed on paper),
// with a record of an SOP signed on paper (`drafting:` without procedure)
// holding `event` appended at its end: every byte of `text` is kept. A file
// with CR LF line ends gets its new lines written so. Nullopt when the
// result would not read back as `sop` with that one event (a file whose
// text cannot take a top-level key at its end).
std::optional<std::string> append_paper_record(std::string_view text,
                                               const model::Sop& sop,
                                               const model::Event& event);

} // namespace sopctl::yaml
