// `sopctl evaluate --criteria`: one answer per criterion of the yearly
// evaluation, ya or tidak, and the overall result (issue 13, section 3).
#include <doctest/doctest.h>
#include <model/errors.hpp>
#include <ops/assessment.hpp>
#include <ops/evaluate.hpp>

using namespace sopctl;

namespace {

std::string refusal(const std::string& answers)
{
  try {
    ops::parse_criteria(answers);
  } catch (const model::UsageError& error) {
    return error.what();
  }
  return "";
}

const char* criteria_lines = "\n  1. Mampu mendorong peningkatan kinerja"
                             "\n  2. Mudah dipahami"
                             "\n  3. Mudah dilaksanakan"
                             "\n  4. Semua orang dapat menjalankan perannya masing-masing"
                             "\n  5. Mampu mengatasi permasalahan yang berkaitan dengan proses"
                             "\n  6. Mampu menjawab kebutuhan peningkatan kinerja organisasi"
                             "\n  7. Sinergi satu dengan lainnya";

} // namespace

TEST_SUITE("ops::evaluate")
{
  TEST_CASE("seven answers become kriteria.1 to kriteria.7, baik only when all are ya")
  {
    auto all = ops::parse_criteria("ya,ya,ya,ya,ya,ya,ya");
    REQUIRE(all.size() == 7);
    CHECK(all.at("kriteria.1") == "ya");
    CHECK(all.at("kriteria.7") == "ya");
    CHECK(ops::evaluation_result(all) == "baik");
    auto one = ops::parse_criteria("ya, tidak ,ya,ya,ya,ya,ya");
    CHECK(one.at("kriteria.2") == "tidak");
    CHECK(ops::evaluation_result(one) == "tidak");
  }

  TEST_CASE("a wrong number of answers is refused, naming the criteria in order")
  {
    CHECK(refusal("ya,ya,tidak") ==
          std::string("--criteria gives 3 answers; the evaluation has 7 criteria, answer each "
                      "with ya or tidak, in this order:") +
            criteria_lines);
    CHECK(refusal("ya,ya,ya,ya,ya,ya,ya,ya").starts_with("--criteria gives 8 answers;"));
  }

  TEST_CASE("an answer other than ya or tidak is refused, naming its place")
  {
    CHECK(refusal("ya,Y,ya,ya,ya,ya,ya") ==
          std::string("--criteria: answer 2 is \"Y\"; answer each criterion with ya or tidak, "
                      "in this order:") +
            criteria_lines);
    CHECK(refusal("").starts_with("--criteria: answer 1 is \"\";"));
  }

  TEST_CASE("an action saying revisi, in any case, asks for a revision")
  {
    CHECK(ops::asks_revision("Revisi SOP"));
    CHECK(ops::asks_revision("perlu REVISI langkah 3"));
    CHECK_FALSE(ops::asks_revision("Sosialisasi ulang"));
    CHECK(ops::revise_command("akta", "Revisi \"SOP\" $x") ==
          "sopctl revise akta --reason \"Revisi \\\"SOP\\\" \\$x\"");
  }
}
