#pragma once

#include <site/context.hpp>
#include <string>

namespace sopctl::site {

// index.html, the Daftar SOP: a table `#sops` of the SOPs in force (rows
// `tr[data-sop=ID]`, in the input's register order) with links to each
// SOP's page and documents; below it (not in public) a table `#archive` of
// the superseded and revoked versions with their marks, and the files that
// did not load.
std::string register_page(const Context& context);

} // namespace sopctl::site
