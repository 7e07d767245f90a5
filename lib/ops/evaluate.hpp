#pragma once

#include <ops/assessment.hpp>
#include <ostream>
#include <store/repository.hpp>
#include <string>
#include <vector>

namespace sopctl::ops {

// The answers of `--criteria ya,tidak,...` as `kriteria.N` values, one per
// criterion of model::evaluation_criteria, in its order. Throws
// model::UsageError for an answer other than ya or tidak, or for a number
// of answers other than the number of criteria, naming the criteria.
std::map<std::string, std::string> parse_criteria(const std::string& answers);

// The overall result of an evaluation: baik when every criterion is
// answered ya, else tidak.
std::string evaluation_result(const std::map<std::string, std::string>& criteria);

// `sopctl evaluate`: records an `evaluated` event on SOP `query`, in force,
// with the answers `criteria` (from parse_criteria) and their overall
// result.
void evaluate_sop(const store::Repository& repository,
                  const std::string& query,
                  const std::map<std::string, std::string>& criteria,
                  const AssessmentRequest& request,
                  std::ostream& out);

} // namespace sopctl::ops
