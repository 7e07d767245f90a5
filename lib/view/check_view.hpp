#pragma once

#include <cstddef>
#include <model/diagnostics.hpp>
#include <string>
#include <vector>
#include <view/sheet.hpp>

namespace sopctl::view {

// `sopctl check` as records: one row per problem (`error`, which fails the
// check) and per warning, with its file, line and column when known.
Sheet check_sheet(const std::vector<model::Diagnostic>& errors,
                  const std::vector<model::Diagnostic>& warnings);

// `sopctl check --format json`: schema `sopctl.check/1`.
std::string check_json(const std::vector<model::Diagnostic>& errors,
                       const std::vector<model::Diagnostic>& warnings);

// What `sopctl verify` found.
struct VerifyResult
{
  bool with_git = false;
  std::size_t drafts = 0; // drafts whose history was checked
  std::size_t events = 0; // their events
  std::vector<std::string> problems;
};

// `sopctl verify` as records: one row per problem.
Sheet verify_sheet(const VerifyResult& result);

// `sopctl verify --format json`: schema `sopctl.verify/1`.
std::string verify_json(const VerifyResult& result);

} // namespace sopctl::view
