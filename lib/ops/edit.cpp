#include <cstdlib>
#include <fcntl.h>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/change_lock.hpp>
#include <ops/drafts.hpp>
#include <ops/edit.hpp>
#include <ops/record_change.hpp>
#include <store/files.hpp>
#include <time/time_standard.hpp>
#include <unistd.h>
#include <yaml/draft_text.hpp>
#include <yaml/sop_reader.hpp>
#include <yaml/yaml_source.hpp>

namespace sopctl::ops {

namespace fs = std::filesystem;

namespace {

// A new file in the temporary directory holding `text`, where the user's
// edit happens and where it stays if the edit is refused.
fs::path write_edit_file(const std::string& id, const std::string& text)
{
  auto pattern = (fs::temp_directory_path() / ("sopctl-edit-" + id + "-XXXXXX.yaml")).string();
  int fd = ::mkostemps(pattern.data(), 5, O_CLOEXEC);
  if (fd < 0) {
    throw model::Error(
      trf("cannot create a temporary file for editing in {}", fs::temp_directory_path().string()));
  }
  ::close(fd);
  store::write_file_atomically(pattern, text);
  return pattern;
}

// The drafting record is sopctl's to write; a `drafting` key in the edited
// text would otherwise surface as a puzzling duplicate key.
void refuse_drafting_key(const std::string& edited, model::Diagnostics& diagnostics)
{
  auto root = yaml::parse_yaml(edited, diagnostics);
  if (!root || !root->is_map()) {
    return;
  }
  for (const auto& entry : root->entries()) {
    if (entry.key.text() == "drafting") {
      diagnostics.add(yaml::position_of(entry.key),
                      tr("the drafting record is kept by sopctl and is not "
                         "edited here; remove \"drafting\" from this text"));
    }
  }
}

model::Error refused(const std::string& draft_display,
                     const std::string& problems,
                     const fs::path& kept,
                     const std::string& id)
{
  return model::Error(trf("{}: edit refused, the draft is unchanged:\n{}\nyour text is kept in {}; "
                          "fix it and run: sopctl edit {} --from {}",
                          draft_display,
                          problems,
                          kept.string(),
                          id,
                          kept.string()));
}

} // namespace

void edit_draft(const store::Repository& repository,
                const std::string& query,
                const std::optional<fs::path>& from_file,
                const Editor& editor,
                std::ostream& out)
{
  auto procedure = store::load_procedure(repository);
  auto id = select_draft(repository, procedure, query);
  auto before = load_draft(repository, procedure, id);
  auto original = yaml::split_draft_text(before.file.text, before.file.sop);

  fs::path edit_path;
  std::string edited;
  if (from_file) {
    edit_path = (repository.cwd / *from_file).lexically_normal();
    edited = store::read_file(edit_path, edit_path.string());
  } else {
    edit_path = write_edit_file(id, original.content);
    int status = editor(edit_path);
    if (status != 0) {
      throw model::Error(trf("{}: the editor exited with status {}; "
                             "the draft is unchanged, your text is "
                             "kept in {}",
                             before.file.display,
                             status,
                             edit_path.string()));
    }
    edited = store::read_file(edit_path, edit_path.string());
  }
  if (edited == original.content) {
    if (!from_file) {
      fs::remove(edit_path);
    }
    out << trf("{}: no changes", before.file.display) << '\n';
    return;
  }
  if (!edited.empty() && edited.back() != '\n') {
    edited += '\n';
  }

  // The content comes first in the combined text, so positions of problems
  // in it are positions in the edited file.
  model::Diagnostics diagnostics(edit_path.string());
  refuse_drafting_key(edited, diagnostics);
  if (diagnostics.empty()) {
    if (auto sop = yaml::read_sop(edited + original.record, diagnostics)) {
      time::validate_time_standards(*sop, diagnostics);
    }
  }
  if (!diagnostics.empty()) {
    throw refused(before.file.display, model::format_all(diagnostics.list()), edit_path, id);
  }

  ChangeLock lock(repository, {}); // the edit is the user's own
  auto current = load_draft(repository, procedure, id);
  auto now = yaml::split_draft_text(current.file.text, current.file.sop);
  if (now.content != original.content) {
    throw refused(before.file.display,
                  tr("the draft's content was changed by someone else meanwhile"),
                  edit_path,
                  id);
  }
  // Events appended meanwhile are kept: only the content is replaced.
  write_change(repository, current.file.path, edited + now.record);
  if (!from_file && !repository.dry_run) {
    fs::remove(edit_path);
  }
  out << trf("{}: saved", current.file.display) << '\n';
  record_change(repository, {current.file.path}, fmt::format("edit {}: SOP content", id));
}

} // namespace sopctl::ops
