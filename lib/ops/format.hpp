#pragma once

#include <view/csv_writer.hpp>
#include <view/format.hpp>

namespace sopctl::ops {

// How a command that prints records is asked to print them.
using Format = view::Format;

// The CSV dialect of a CSV format.
inline view::CsvStyle csv_style(Format format)
{
  return format == Format::csv ? view::CsvStyle::excel : view::CsvStyle::rfc4180;
}

} // namespace sopctl::ops
