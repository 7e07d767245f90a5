// The one process runner: what a child sees of its environment.
#include <cstdlib>
#include <doctest/doctest.h>
#include <process/process.hpp>

using namespace sopctl::process;

TEST_SUITE("process::run")
{
  TEST_CASE("a request's variables are set in the child, the rest of the environment passed on")
  {
    ::setenv("SOPCTL_TEST_KEPT", "tetap", 1);
    ::setenv("SOPCTL_TEST_REPLACED", "lama", 1);
    Request request;
    request.argv = {
      "sh", "-c", "echo \"$SOPCTL_TEST_KEPT $SOPCTL_TEST_REPLACED $SOPCTL_TEST_NEW\""};
    request.environment = {{"SOPCTL_TEST_REPLACED", "baru"}, {"SOPCTL_TEST_NEW", "juga"}};
    auto result = run(request);
    CHECK(result.status == 0);
    CHECK(result.out == "tetap baru juga\n");
    // sopctl's own environment is not changed.
    CHECK(std::string(std::getenv("SOPCTL_TEST_REPLACED")) == "lama");
    ::unsetenv("SOPCTL_TEST_KEPT");
    ::unsetenv("SOPCTL_TEST_REPLACED");
  }
}
