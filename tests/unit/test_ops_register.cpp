// `sopctl register`'s state filter as the command line gives it.
#include <doctest/doctest.h>
#include <model/errors.hpp>
#include <ops/register.hpp>

using namespace sopctl;
using lifecycle::State;

TEST_SUITE("ops::register")
{
  TEST_CASE("--state words name the states, each once, in the order given")
  {
    CHECK(ops::parse_states({}).empty());
    CHECK(ops::parse_states({"dicabut", "konsep", "dicabut"}) ==
          view::StateFilter{State::dicabut, State::konsep});
  }

  TEST_CASE("a word that is not a state is a usage error listing the four")
  {
    CHECK_THROWS_WITH_AS(ops::parse_states({"berlaku", "aktif"}),
                         "--state \"aktif\" is not a state; the states are konsep, berlaku, "
                         "digantikan and dicabut",
                         model::UsageError);
  }
}
