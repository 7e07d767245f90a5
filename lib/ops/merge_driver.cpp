#include <fmt/format.h>
#include <git/git.hpp>
#include <history/merge.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/merge_driver.hpp>
#include <store/counters.hpp>
#include <store/files.hpp>
#include <store/procedure.hpp>
#include <workflow/numbering.hpp>

namespace sopctl::ops {

namespace {

// The counters file merged: the larger count per pattern and year, so a
// number handed out in either clone is not handed out again. nullopt when a
// version does not load.
// Counters only grow, so the ancestor adds nothing to the merge.
std::optional<std::string> merge_counter_files(const std::filesystem::path& ours,
                                               const std::filesystem::path& theirs)
{
  model::Diagnostics ignored("");
  auto mine = store::read_counters(store::read_file(ours, ours.string()), ignored);
  auto other = store::read_counters(store::read_file(theirs, theirs.string()), ignored);
  if (!mine || !other) {
    return std::nullopt;
  }
  return store::write_counters(workflow::merge_counters(*mine, *other));
}

} // namespace

int merge_draft_versions(const std::filesystem::path& base,
                         const std::filesystem::path& ours,
                         const std::filesystem::path& theirs,
                         const std::string& path,
                         std::ostream& err)
{
  if (std::filesystem::path(path).filename() == store::counters_file_name) {
    if (auto merged = merge_counter_files(ours, theirs)) {
      store::write_file_atomically(ours, *merged);
      return 0;
    }
  }
  // Git runs the driver at the top of the work tree: the repository's own
  // procedure tells which outcomes fit together.
  std::optional<store::Procedure> procedure;
  try {
    procedure =
      store::load_procedure(store::open_repository(std::filesystem::current_path(), std::nullopt));
  } catch (const model::Error&) {
    // Without it every pair of outcomes is a conflict: the safe side.
  }
  auto merged = history::merge_drafts(store::read_file(base, base.string()),
                                      store::read_file(ours, ours.string()),
                                      store::read_file(theirs, theirs.string()),
                                      procedure ? &procedure->sop : nullptr);
  if (!merged) {
    // Not an SOP file we can read: let git merge its lines (writes OURS).
    auto result = git::run_git(std::filesystem::current_path(),
                               {"merge-file",
                                "-L",
                                "ours",
                                "-L",
                                "base",
                                "-L",
                                "theirs",
                                ours.string(),
                                base.string(),
                                theirs.string()});
    if (!result.ok()) {
      err << trf("{}: does not load as an SOP file, so it was merged line by line, "
                 "with conflicts; resolve them, then run sopctl check",
                 path)
          << '\n';
      return 1;
    }
    return 0;
  }
  store::write_file_atomically(ours, merged->text);
  for (const auto& conflict : merged->conflicts) {
    err << trf("{}: merge conflict: {}", path, conflict) << '\n';
  }
  return merged->clean() ? 0 : 1;
}

} // namespace sopctl::ops
