#pragma once

// The forms of `sopctl serve --allow act` (never in a site that is built):
// each POSTs to /aksi/... with the file's hash as the page was drawn, which
// the server checks before acting (409 when the file changed).

#include <site/site_input.hpp>
#include <string>

namespace sopctl::site {

// `form#advance` to /aksi/maju: draft, hash, peran (a select of the active
// step's roles, hidden when one), keputusan (ya/tidak radios at a decision,
// with the procedure's labels), catatan, set (KEY=VALUE lines, when the step
// needs values).
std::string advance_form(const DraftRow& draft);

// `form#note` to /aksi/catatan: draft, hash, catatan.
std::string note_form(const DraftRow& draft);

// `form#monitor` to /aksi/pantau: sop, hash, hasil (baik/tidak), catatan,
// tindakan.
std::string monitor_form(const SopRow& sop);

} // namespace sopctl::site
