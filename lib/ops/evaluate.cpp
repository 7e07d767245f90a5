#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <model/evaluation_criteria.hpp>
#include <ops/evaluate.hpp>

namespace sopctl::ops {

namespace {

// The criteria, numbered, one a line, for a refusal.
std::string criteria_list()
{
  std::string list;
  for (size_t i = 0; i < model::evaluation_criteria.size(); ++i) {
    list += fmt::format("\n  {}. {}", i + 1, model::evaluation_criteria[i]);
  }
  return list;
}

std::string trimmed(std::string_view text)
{
  auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) {
    return {};
  }
  auto last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

} // namespace

std::map<std::string, std::string> parse_criteria(const std::string& answers)
{
  std::vector<std::string> given;
  size_t start = 0;
  while (start <= answers.size()) {
    auto end = std::min(answers.find(',', start), answers.size());
    given.push_back(trimmed(std::string_view(answers).substr(start, end - start)));
    start = end + 1;
  }
  for (size_t i = 0; i < given.size(); ++i) {
    if (given[i] != "ya" && given[i] != "tidak") {
      throw model::UsageError(trf("--criteria: answer {} is \"{}\"; answer each criterion with ya "
                                  "or tidak, in this order:{}",
                                  i + 1,
                                  given[i],
                                  criteria_list()));
    }
  }
  if (given.size() != model::evaluation_criteria.size()) {
    throw model::UsageError(trf("--criteria gives {} answers; the evaluation has {} criteria, "
                                "answer each with ya or tidak, in this order:{}",
                                given.size(),
                                model::evaluation_criteria.size(),
                                criteria_list()));
  }
  std::map<std::string, std::string> criteria;
  for (size_t i = 0; i < given.size(); ++i) {
    criteria[model::criterion_field(i + 1)] = given[i];
  }
  return criteria;
}

std::string evaluation_result(const std::map<std::string, std::string>& criteria)
{
  for (const auto& [key, answer] : criteria) {
    if (answer != "ya") {
      return "tidak";
    }
  }
  return "baik";
}

void evaluate_sop(const store::Repository& repository,
                  const std::string& query,
                  const std::map<std::string, std::string>& criteria,
                  const AssessmentRequest& request,
                  std::ostream& out)
{
  auto evaluation = request;
  evaluation.set = criteria;
  evaluation.result = evaluation_result(criteria);
  record_assessment(repository, query, model::EventKind::evaluated, evaluation, out);
}

} // namespace sopctl::ops
