#pragma once

namespace sopctl::ops {

// How a command that prints records is asked to print them.
enum class Format
{
  table,
  json,
};

} // namespace sopctl::ops
