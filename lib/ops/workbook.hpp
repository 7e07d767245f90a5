#pragma once

#include <filesystem>
#include <vector>
#include <view/sheet.hpp>

namespace sopctl::ops {

// Writes `sheets` to `path` as an Excel workbook (libxlsxwriter), one
// worksheet per sheet: a bold header row that stays in view and filters,
// moments as Excel dates shown `yyyy-mm-dd hh:mm`, days as `yyyy-mm-dd`,
// whole numbers as numbers, text as text, columns as wide as their
// contents. The file is replaced atomically. Throws model::Error naming the
// file when it cannot be written.
void write_workbook(const std::filesystem::path& path, const std::vector<view::Sheet>& sheets);

} // namespace sopctl::ops
