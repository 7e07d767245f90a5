#include <algorithm>
#include <fmt/format.h>
#include <git/git.hpp>
#include <git/git_lock.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/record_change.hpp>
#include <store/files.hpp>
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

namespace {

// Whether `text` reads as text on a terminal (no NUL, no other control
// character than tab, newline and carriage return).
bool printable(const std::string& text)
{
  return std::none_of(text.begin(), text.end(), [](unsigned char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
  });
}

} // namespace

void write_change(const store::Repository& repository,
                  const std::filesystem::path& path,
                  const std::string& text)
{
  if (!repository.dry_run) {
    store::write_file_atomically(path, text);
    return;
  }
  auto& out = *repository.dry_run;
  auto shown = repository.display(path);
  std::error_code error;
  std::optional<std::string> before;
  if (std::filesystem::is_regular_file(path, error)) {
    before = store::read_file(path, shown);
  }
  if (!printable(text)) {
    out << trf("dry run: would write {} ({} bytes)", shown, text.size()) << '\n';
  } else if (before && *before == text) {
    out << trf("dry run: {} would stay as it is", shown) << '\n';
  } else if (before && text.starts_with(*before) && !before->empty() && before->back() == '\n') {
    out << trf("dry run: would append to {}:", shown) << '\n' << text.substr(before->size());
  } else {
    out << (before ? trf("dry run: would rewrite {}:", shown)
                   : trf("dry run: would create {}:", shown))
        << '\n'
        << text << (text.empty() || text.back() == '\n' ? "" : "\n");
  }
}

void record_change(const store::Repository& repository,
                   const std::vector<std::filesystem::path>& paths,
                   const std::string& message)
{
  bool commits = repository.config.git_commit && git::is_work_tree(repository.root);
  if (repository.dry_run) {
    std::string shown;
    for (const auto& path : paths) {
      shown += (shown.empty() ? "" : " ") + repository.display(path);
    }
    auto& out = *repository.dry_run;
    if (commits) {
      out << trf("dry run: would commit {} with the message:", shown) << '\n' << message << '\n';
    }
    out << tr("dry run: nothing was written") << '\n';
    return;
  }
  if (!commits) {
    return;
  }
  auto failure = git::commit_paths(repository.root, paths, message, repository.commit_author);
  if (!failure) {
    return;
  }
  std::string shown;
  for (const auto& path : paths) {
    shown += (shown.empty() ? "" : " ") + repository.display(path);
  }
  throw model::Error(trf("{}: saved, but git did not commit it: {}{}\ncommit it yourself "
                         "(git commit {}), or set git.commit to \"off\" in sopctl.yaml",
                         shown,
                         failure->first_error_line(),
                         explain_failure(repository, *failure),
                         shown));
}

} // namespace sopctl::ops
