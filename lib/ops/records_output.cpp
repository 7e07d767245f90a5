#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/records_output.hpp>
#include <ops/workbook.hpp>
#include <store/files.hpp>

namespace sopctl::ops {

void require_file_for_xlsx(view::Format format, const Destination& destination)
{
  if (format == view::Format::xlsx && !destination.file) {
    throw model::UsageError(
      tr("--format xlsx writes an Excel workbook, which is binary: give the file to write with "
         "-o FILE.xlsx"));
  }
}

void deliver(const Destination& destination,
             const std::filesystem::path& cwd,
             std::string_view text,
             std::ostream& out)
{
  if (!destination.file) {
    out << text;
    return;
  }
  store::write_file_atomically(cwd / *destination.file, text);
}

void deliver_workbook(const Destination& destination,
                      const std::filesystem::path& cwd,
                      const std::vector<view::Sheet>& sheets)
{
  write_workbook(cwd / destination.file.value(), sheets);
}

} // namespace sopctl::ops
