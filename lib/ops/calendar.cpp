#include <config/config_edit.hpp>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <map>
#include <model/errors.hpp>
#include <ops/calendar.hpp>
#include <ops/change_lock.hpp>
#include <ops/record_change.hpp>
#include <store/files.hpp>
#include <time/ics.hpp>
#include <view/calendar_view.hpp>

namespace sopctl::ops {

void show_calendar(const store::Repository& repository,
                   int year,
                   std::ostream& out,
                   Format format,
                   const view::TableStyle& style)
{
  if (format == Format::xlsx) {
    throw model::UsageError(
      tr("--format xlsx is for status and reports; use csv for the calendar"));
  }
  view::CalendarShown shown{repository.config.calendar, repository.config.timezone, year};
  switch (format) {
    case Format::json:
      out << view::calendar_json(shown);
      break;
    case Format::csv:
    case Format::csv_rfc4180:
      out << view::sheet_csv(view::calendar_sheet(shown), csv_style(format));
      break;
    default:
      out << view::calendar_table(shown, style);
  }
}

void import_calendar(const store::Repository& repository,
                     const std::filesystem::path& ics_file,
                     std::ostream& out)
{
  if (!repository.has_config) {
    throw model::Error(trf("{}: no sopctl.yaml to add holidays to; run sopctl "
                           "init first",
                           repository.display(repository.config_path())));
  }
  auto ics_path = (repository.cwd / ics_file).lexically_normal();
  auto ics_display = repository.display(ics_path);
  auto imported = time::read_ics_holidays(store::read_file(ics_path, ics_display), ics_display);

  std::error_code error;
  std::filesystem::create_directories(repository.sops_dir(), error);
  ChangeLock lock(repository, {repository.config_path()}); // the repository's write lock
  auto config_display = repository.display(repository.config_path());
  auto text = store::read_file(repository.config_path(), config_display);
  model::Diagnostics diagnostics(config_display);
  auto config = config::read_config(text, diagnostics);
  diagnostics.throw_if_any();

  auto holidays = config->calendar.holidays;
  int added = 0;
  int skipped = 0;
  for (const auto& entry : imported.days) {
    if (holidays.emplace(entry.day, entry.name).second) {
      ++added;
    } else {
      ++skipped;
    }
  }
  if (added > 0) {
    auto updated = config::with_holidays(text, holidays);
    // Make sure the edit reads back as intended before it replaces the file.
    model::Diagnostics check(config_display);
    auto reread = config::read_config(updated, check);
    if (!reread || reread->calendar.holidays != holidays) {
      throw model::Error(trf("{}: could not add the holidays without disturbing "
                             "the file's layout; add them under \"holidays\" by hand",
                             config_display));
    }
    write_change(repository, repository.config_path(), updated);
  }
  // One clause per count, each whole for the translator.
  out << (added == 1
            ? trf("{}: 1 holiday added, {} already listed", config_display, skipped)
            : trf("{}: {} holidays added, {} already listed", config_display, added, skipped));
  if (imported.skipped_timed > 0) {
    out << ", "
        << (imported.skipped_timed == 1 ? std::string(tr("1 timed event ignored"))
                                        : trf("{} timed events ignored", imported.skipped_timed));
  }
  if (imported.skipped_recurring > 0) {
    out << ", "
        << (imported.skipped_recurring == 1
              ? std::string(tr("1 recurring event taken for their first date only"))
              : trf("{} recurring events taken for their first date only",
                    imported.skipped_recurring));
  }
  if (imported.skipped_cancelled > 0) {
    out << ", "
        << (imported.skipped_cancelled == 1
              ? std::string(tr("1 cancelled event skipped"))
              : trf("{} cancelled events skipped", imported.skipped_cancelled));
  }
  out << '\n';
  if (added > 0) {
    record_change(repository,
                  {repository.config_path()},
                  fmt::format("calendar: {} holiday{} from {}",
                              added,
                              added == 1 ? "" : "s",
                              ics_path.filename().string()));
  }
}

} // namespace sopctl::ops
