#pragma once

// The table of drafts' active steps that the dashboard (konsep.html) and
// each desk (meja/KEY.html) show: one row `tr[data-draft=ID]` per draft,
// class `late` and the word "Terlambat" when its step is late, in the order
// given (the caller's order is the page's order).

#include <site/site_input.hpp>
#include <string>
#include <vector>

namespace sopctl::site {

// `<table id="TABLE_ID">` of `drafts`; `root` leads to the site's root
// from the page ("" or "../"). `empty` is shown when there is no row.
std::string draft_table(const std::vector<const DraftRow*>& drafts,
                        const std::string& table_id,
                        const std::string& root,
                        const std::string& empty);

} // namespace sopctl::site
