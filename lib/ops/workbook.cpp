#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/workbook.hpp>
#include <store/files.hpp>
#include <unistd.h>
#include <xlsxwriter.h>

namespace sopctl::ops {

namespace fs = std::filesystem;

namespace {

// A temporary file that is removed when it goes out of scope.
class ScratchFile
{
public:
  ScratchFile()
  {
    auto pattern = (fs::temp_directory_path() / "sopctl-workbook-XXXXXX").string();
    int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
      throw model::Error(trf("cannot create a temporary file in {}: {}",
                             fs::temp_directory_path().string(),
                             std::strerror(errno)));
    }
    ::close(fd);
    path_ = pattern;
  }
  ~ScratchFile() { ::unlink(path_.c_str()); }
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;

  const fs::path& path() const { return path_; }

private:
  fs::path path_;
};

// The cell formats of a workbook.
struct Formats
{
  lxw_format* header;
  lxw_format* moment;
  lxw_format* day;
};

Formats add_formats(lxw_workbook* workbook)
{
  Formats formats{
    workbook_add_format(workbook), workbook_add_format(workbook), workbook_add_format(workbook)};
  format_set_bold(formats.header);
  format_set_num_format(formats.moment, "yyyy-mm-dd hh:mm");
  format_set_num_format(formats.day, "yyyy-mm-dd");
  return formats;
}

void write_cell(lxw_worksheet* sheet,
                lxw_row_t row,
                lxw_col_t column,
                const view::Cell& cell,
                const Formats& formats)
{
  if (const auto* text = std::get_if<std::string>(&cell)) {
    worksheet_write_string(sheet, row, column, text->c_str(), nullptr);
  } else if (const auto* number = std::get_if<std::int64_t>(&cell)) {
    worksheet_write_number(sheet, row, column, static_cast<double>(*number), nullptr);
  } else if (const auto* moment = std::get_if<model::Timestamp>(&cell)) {
    worksheet_write_number(sheet, row, column, view::excel_serial(*moment), formats.moment);
  } else if (const auto* day = std::get_if<view::Day>(&cell)) {
    worksheet_write_number(sheet, row, column, view::excel_serial(*day), formats.day);
  } else if (const auto* flag = std::get_if<bool>(&cell)) {
    worksheet_write_boolean(sheet, row, column, *flag, nullptr);
  } // nothing: the cell stays empty
}

void write_sheet(lxw_workbook* workbook, const view::Sheet& records, const Formats& formats)
{
  auto* sheet = workbook_add_worksheet(workbook, records.name.c_str());
  for (size_t i = 0; i < records.columns.size(); ++i) {
    worksheet_write_string(
      sheet, 0, static_cast<lxw_col_t>(i), records.columns[i].c_str(), formats.header);
  }
  for (size_t r = 0; r < records.rows.size(); ++r) {
    for (size_t i = 0; i < records.columns.size(); ++i) {
      write_cell(sheet,
                 static_cast<lxw_row_t>(r + 1),
                 static_cast<lxw_col_t>(i),
                 records.rows[r][i],
                 formats);
    }
  }
  auto widths = view::column_widths(records);
  for (size_t i = 0; i < widths.size(); ++i) {
    auto column = static_cast<lxw_col_t>(i);
    worksheet_set_column(sheet, column, column, widths[i], nullptr);
  }
  worksheet_freeze_panes(sheet, 1, 0);
  if (!records.columns.empty()) {
    worksheet_autofilter(sheet,
                         0,
                         0,
                         static_cast<lxw_row_t>(records.rows.size()),
                         static_cast<lxw_col_t>(records.columns.size() - 1));
  }
}

} // namespace

void write_workbook(const fs::path& path, const std::vector<view::Sheet>& sheets)
{
  // libxlsxwriter writes to a file name of its own choosing; it writes to a
  // scratch file, which is then put in place atomically like any file
  // sopctl writes.
  ScratchFile scratch;
  auto* workbook = workbook_new(scratch.path().c_str());
  if (!workbook) {
    throw model::Error(trf("{}: cannot start an Excel workbook", path.string()));
  }
  auto formats = add_formats(workbook);
  for (const auto& sheet : sheets) {
    write_sheet(workbook, sheet, formats);
  }
  auto result = workbook_close(workbook);
  if (result != LXW_NO_ERROR) {
    throw model::Error(
      trf("{}: cannot write the Excel workbook: {}", path.string(), lxw_strerror(result)));
  }
  auto bytes = store::read_file(scratch.path(), scratch.path().string());
  store::write_file_atomically(path, bytes);
}

} // namespace sopctl::ops
