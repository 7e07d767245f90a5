// `check` and `verify` as records: one convention, a schema field.
#include <doctest/doctest.h>
#include <view/check_view.hpp>

using namespace sopctl;

TEST_SUITE("view::check_view")
{
  TEST_CASE("check's JSON names its schema and places each problem")
  {
    std::vector<model::Diagnostic> errors = {{"sops/ktp.yaml", {3, 5}, "unknown key \"lama\""},
                                             {"", {}, "cannot read sopctl.yaml"}};
    std::vector<model::Diagnostic> warnings = {{"sops/x.yaml", {7, 1}, "unreadable time"}};
    CHECK(view::check_json(errors, warnings) == R"({
  "schema": "sopctl.check/1",
  "valid": false,
  "problems": [
    {
      "severity": "error",
      "file": "sops/ktp.yaml",
      "line": 3,
      "column": 5,
      "message": "unknown key \"lama\""
    },
    {
      "severity": "error",
      "file": null,
      "line": null,
      "column": null,
      "message": "cannot read sopctl.yaml"
    },
    {
      "severity": "warning",
      "file": "sops/x.yaml",
      "line": 7,
      "column": 1,
      "message": "unreadable time"
    }
  ]
}
)");
  }

  TEST_CASE("verify's CSV has one row per problem, its JSON the counts")
  {
    view::VerifyResult result{true, 2, 9, {"sops/a.yaml:4:3: hash mismatch"}};
    CHECK(view::sheet_csv(view::verify_sheet(result), view::CsvStyle::rfc4180) ==
          "message\r\nsops/a.yaml:4:3: hash mismatch\r\n");
    auto json = view::verify_json(result);
    CHECK(json.find("\"schema\": \"sopctl.verify/1\"") != std::string::npos);
    CHECK(json.find("\"draft_count\": 2") != std::string::npos);
    CHECK(json.find("\"event_count\": 9") != std::string::npos);
    CHECK(json.find("\"intact\": false") != std::string::npos);
  }
}
