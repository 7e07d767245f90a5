#pragma once

#include <string>
#include <string_view>

namespace sopctl::workflow {

// A readable id for a draft titled `title`: lower-case ASCII words joined
// by `-`, at most 60 characters, cut at a word boundary
// ("Pelayanan Akta Kelahiran" -> "pelayanan-akta-kelahiran"). Empty when the
// title has no ASCII letters or digits.
std::string make_draft_id(std::string_view title);

// Why `id` cannot name a draft file, or an empty string when it can.
std::string check_draft_id(std::string_view id);

} // namespace sopctl::workflow
