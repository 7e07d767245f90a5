#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <string_view>
#include <vector>
#include <view/format.hpp>
#include <view/sheet.hpp>

namespace sopctl::ops {

// Where a command's records go: `-o FILE` (relative to where sopctl was
// started), else standard output.
struct Destination
{
  std::optional<std::filesystem::path> file;
};

// Refuses `--format xlsx` without `-o FILE` (a workbook is binary and has
// no place on a terminal or in a pipe): throws model::UsageError. Call it
// before any work is done.
void require_file_for_xlsx(view::Format format, const Destination& destination);

// Writes `text` to the destination's file (atomically: the old file or the
// new one, never half of it), else to `out`.
void deliver(const Destination& destination,
             const std::filesystem::path& cwd,
             std::string_view text,
             std::ostream& out);

// Writes `sheets` to the destination's file as an Excel workbook
// (ops/workbook.hpp).
void deliver_workbook(const Destination& destination,
                      const std::filesystem::path& cwd,
                      const std::vector<view::Sheet>& sheets);

} // namespace sopctl::ops
