#pragma once

#include <filesystem>
#include <ops/format.hpp>
#include <ostream>
#include <store/repository.hpp>

namespace sopctl::ops {

// `sopctl calendar show`: working hours, half days and holidays (of `year`
// only, when not 0), as a table fitted to `style`, JSON or CSV.
void show_calendar(const store::Repository& repository,
                   int year,
                   std::ostream& out,
                   Format format = Format::table,
                   const view::TableStyle& style = {});

// `sopctl calendar import`: adds the all-day events of an iCalendar file to
// sopctl.yaml's holidays, skipping days already listed.
void import_calendar(const store::Repository& repository,
                     const std::filesystem::path& ics_file,
                     std::ostream& out);

} // namespace sopctl::ops
