#include <cstdlib>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <process/scratch_directory.hpp>

namespace sopctl::process {

ScratchDirectory::ScratchDirectory(const std::filesystem::path& parent)
{
  auto pattern = (parent / "sopctl-render-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) {
    throw model::Error(trf("cannot make a temporary directory in {}", parent.string()));
  }
  path_ = pattern;
}

ScratchDirectory::~ScratchDirectory()
{
  std::error_code ignored; // never throw from a destructor
  std::filesystem::remove_all(path_, ignored);
}

} // namespace sopctl::process
