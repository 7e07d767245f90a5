#include <fmt/format.h>
#include <git/git.hpp>
#include <git/git_lock.hpp>
#include <model/errors.hpp>
#include <ops/record_change.hpp>
#include <view/text_table.hpp>

namespace sopctl::ops {

std::string subject_part(const std::string& text, size_t width)
{
  return view::truncate(text.substr(0, text.find('\n')), width);
}

std::string explain_failure(const store::Repository& repository, const git::GitResult& failure)
{
  auto lock = failure.lock_in_the_way();
  if (!lock) {
    return {};
  }
  return "\n" + git::explain_lock(git::inspect_lock(*lock), repository.display(*lock));
}

void record_change(const store::Repository& repository,
                   const std::vector<std::filesystem::path>& paths,
                   const std::string& message)
{
  if (!repository.config.git_commit || !git::is_work_tree(repository.root)) {
    return;
  }
  auto failure = git::commit_paths(repository.root, paths, message);
  if (!failure) {
    return;
  }
  std::string shown;
  for (const auto& path : paths) {
    shown += (shown.empty() ? "" : " ") + repository.display(path);
  }
  throw model::Error(fmt::format("{}: saved, but git did not commit it: {}{}\ncommit it yourself "
                                 "(git commit {}), or set git.commit to \"off\" in sopctl.yaml",
                                 shown,
                                 failure->first_error_line(),
                                 explain_failure(repository, *failure),
                                 shown));
}

} // namespace sopctl::ops
