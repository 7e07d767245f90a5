#pragma once

#include <site/context.hpp>
#include <string>

namespace sopctl::site {

// sop/ID.html: one SOP's identity, state and its mark, dates, signer, Dasar
// Hukum, Pelaksana, its documents (../dokumen/ID.html and .pdf), the
// versions it revises or that replaced it, and (not in public) its next
// monitoring and evaluation; with act, for an SOP in force, form#monitor.
std::string sop_page(const Context& context, const SopRow& sop);

} // namespace sopctl::site
