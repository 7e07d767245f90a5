#pragma once

#include <model/timestamp.hpp>
#include <ops/format.hpp>
#include <ops/records_output.hpp>
#include <optional>
#include <ostream>
#include <store/repository.hpp>
#include <string>
#include <view/report_view.hpp>

namespace sopctl::ops {

// Which report `sopctl report` prints.
enum class ReportKind
{
  overdue,
  due,
  performance,
};

// What `sopctl report` was asked for.
struct ReportRequest
{
  ReportKind kind = ReportKind::overdue;
  model::Timestamp now;
  std::optional<std::string> role;
  Format format = Format::table;
  view::TableStyle style; // colour and terminal width, for a table
  Destination destination;
  std::string within = "1 hari"; // for `due`
  bool exit_code = false;        // exit 3 when anything is overdue
};

// Exit code of `report overdue --exit-code` when something is late.
inline constexpr int exit_overdue = 3;

// `sopctl report`: prints the report; drafts that do not load are named on
// `err`. Returns the exit code: 1 when a draft did not load, else 3 for
// overdue steps with `exit_code`, else 0.
int write_report(const store::Repository& repository,
                 const ReportRequest& request,
                 std::ostream& out,
                 std::ostream& err);

} // namespace sopctl::ops
