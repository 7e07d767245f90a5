// The criteria of the yearly evaluation (model/evaluation_criteria.hpp says
// where their wording comes from): seven, in the regulation's order, each
// recorded as kriteria.N.
#include <doctest/doctest.h>
#include <model/evaluation_criteria.hpp>

using namespace sopctl;

TEST_SUITE("model::evaluation_criteria")
{
  TEST_CASE("seven criteria, worded as the offices' forms word them, in order")
  {
    REQUIRE(model::evaluation_criteria.size() == 7);
    CHECK(model::evaluation_criteria[0] == "Mampu mendorong peningkatan kinerja");
    CHECK(model::evaluation_criteria[1] == "Mudah dipahami");
    CHECK(model::evaluation_criteria[2] == "Mudah dilaksanakan");
    CHECK(model::evaluation_criteria[3] == "Semua orang dapat menjalankan perannya masing-masing");
    CHECK(model::evaluation_criteria[4] ==
          "Mampu mengatasi permasalahan yang berkaitan dengan proses");
    CHECK(model::evaluation_criteria[5] ==
          "Mampu menjawab kebutuhan peningkatan kinerja organisasi");
    CHECK(model::evaluation_criteria[6] == "Sinergi satu dengan lainnya");
  }

  TEST_CASE("criterion N is recorded under kriteria.N")
  {
    CHECK(model::criterion_field(1) == "kriteria.1");
    CHECK(model::criterion_field(7) == "kriteria.7");
  }
}
