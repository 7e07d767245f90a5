#include <history/sha256.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/expected_hash.hpp>
#include <store/files.hpp>

namespace sopctl::ops {

std::string file_hash(std::string_view bytes)
{
  return history::to_hex(history::sha256(bytes));
}

void check_unchanged(const std::string& expected,
                     std::string_view bytes,
                     const std::string& display)
{
  if (expected.empty() || expected == file_hash(bytes)) {
    return;
  }
  throw model::FileChanged(trf("{}: the file has changed since this page was opened (someone "
                               "acted on it, or it was edited); nothing was written: open the "
                               "page again, check what changed, and do it again if it is still "
                               "needed",
                               display));
}

void check_unchanged_draft(const store::Repository& repository,
                           const std::string& id,
                           const std::string& expected)
{
  if (expected.empty()) {
    return;
  }
  auto path = repository.draft_path(id);
  auto display = repository.display(path);
  check_unchanged(expected, store::read_file(path, display), display);
}

} // namespace sopctl::ops
