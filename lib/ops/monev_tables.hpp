#pragma once

#include <filesystem>
#include <model/timestamp.hpp>
#include <optional>
#include <ostream>
#include <store/repository.hpp>
#include <string>
#include <time/period.hpp>

namespace sopctl::ops {

// Which of PermenPAN-RB 35/2012's forms `sopctl render` prints.
enum class MonevForm
{
  monitoring, // Tabel 7, every six months
  evaluation, // the yearly evaluation
};

// The formats the forms are printed in.
enum class MonevFormat
{
  html,
  pdf,  // through Chromium
  xlsx, // a workbook with the form's columns; needs -o
};

// What `sopctl render monitoring|evaluation` was asked for.
struct MonevRequest
{
  MonevForm form = MonevForm::monitoring;
  std::string period; // --period as given: 2026-H1, 2026-H2 (monitoring), 2026 (evaluation)
  MonevFormat format = MonevFormat::html;
  std::optional<std::filesystem::path> output; // -o FILE; else the stream
  std::string search_path;                     // $PATH, where chromium is looked for
  std::filesystem::path temp_dir;              // where a PDF is made
  model::Timestamp now;                        // the form is dated this day
};

// The period `text` names, of the kind `form` is printed for (a half year
// for monitoring, a year for evaluation). Throws model::UsageError saying
// the forms it takes otherwise.
time::Period monev_period(MonevForm form, const std::string& text);

// `sopctl render monitoring|evaluation`: the form of every SOP in force
// (berlaku) on some day of the period, one row each with what was recorded
// within the period (blank where nothing was), on the office's letterhead
// and signed by the head of the office; written to `request.output`
// atomically (respecting --dry-run) or to `out`. Throws model::UsageError
// for a period the form does not take and for xlsx without -o, and
// model::Error for PDF without Chromium; all before any work.
void render_monev_form(const store::Repository& repository,
                       const MonevRequest& request,
                       std::ostream& out);

} // namespace sopctl::ops
