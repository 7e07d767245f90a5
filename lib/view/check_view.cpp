#include <view/check_view.hpp>

namespace sopctl::view {

namespace {

void add_rows(Sheet& sheet, const std::vector<model::Diagnostic>& list, const char* severity)
{
  for (const auto& item : list) {
    bool placed = item.where.line > 0;
    sheet.rows.push_back({std::string(severity),
                          item.path.empty() ? Cell() : Cell(item.path),
                          placed ? Cell(std::int64_t{item.where.line}) : Cell(),
                          placed ? Cell(std::int64_t{item.where.column}) : Cell(),
                          item.message});
  }
}

} // namespace

Sheet check_sheet(const std::vector<model::Diagnostic>& errors,
                  const std::vector<model::Diagnostic>& warnings)
{
  Sheet sheet{"check", {"severity", "file", "line", "column", "message"}, {}};
  add_rows(sheet, errors, "error");
  add_rows(sheet, warnings, "warning");
  return sheet;
}

std::string check_json(const std::vector<model::Diagnostic>& errors,
                       const std::vector<model::Diagnostic>& warnings)
{
  JsonWriter json;
  json.begin_object();
  json.key("schema").value("sopctl.check/1");
  json.key("valid").value(errors.empty());
  json.key("problems");
  write_rows_json(json, check_sheet(errors, warnings));
  json.end_object();
  return json.str();
}

Sheet verify_sheet(const VerifyResult& result)
{
  Sheet sheet{"verify", {"message"}, {}};
  for (const auto& problem : result.problems) {
    sheet.rows.push_back({problem});
  }
  return sheet;
}

std::string verify_json(const VerifyResult& result)
{
  JsonWriter json;
  json.begin_object();
  json.key("schema").value("sopctl.verify/1");
  json.key("git").value(result.with_git);
  json.key("draft_count").value(static_cast<std::int64_t>(result.drafts));
  json.key("event_count").value(static_cast<std::int64_t>(result.events));
  json.key("intact").value(result.problems.empty());
  json.key("problems");
  write_rows_json(json, verify_sheet(result));
  json.end_object();
  return json.str();
}

} // namespace sopctl::view
