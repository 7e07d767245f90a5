// Rendering cannot reach the machine (issue 10, section 4, in part): a logo
// or a draft that is a symbolic link, a logo outside the repository and a
// "logo" that is no image are refused without their bytes appearing anywhere.
#include "file_helpers.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// Makes the repository's sopctl.yaml name `logo`.
void set_logo(const Sandbox& sandbox, const std::string& logo)
{
  auto config = read_bytes(sandbox.repo() / "sopctl.yaml");
  write_bytes(sandbox.repo() / "sopctl.yaml",
              replace_once(config, "logo: \"\"", "logo: \"" + logo + "\""));
}

// A secret outside the repository that must never be printed.
fs::path secret(const Sandbox& sandbox)
{
  auto path = sandbox.root() / "secret.txt";
  write_bytes(path, "root:RAHASIA:19000:0:99999:7:::\n");
  return path;
}

} // namespace

TEST_SUITE("e2e: hostile files")
{
  TEST_CASE("a logo that is a symbolic link is refused without reading its target")
  {
    Sandbox sandbox;
    sandbox.init();
    set_logo(sandbox, "logo.png");
    fs::create_symlink(secret(sandbox), sandbox.repo() / "logo.png");
    auto result = sandbox.run({"render", seed_source_path().string()});
    CHECK(result.exit_code == 1);
    CHECK(
      contains(result.err, "logo.png: is a symbolic link; sopctl reads no file through a link"));
    CHECK_FALSE(contains(result.out + result.err, "RAHASIA"));
  }

  TEST_CASE("a logo outside the repository is refused")
  {
    Sandbox sandbox;
    sandbox.init();
    set_logo(sandbox, "../secret.png");
    write_bytes(sandbox.root() / "secret.png", "\x89PNG\r\n\x1a\nRAHASIA");
    auto result = sandbox.run({"render", seed_source_path().string()});
    CHECK(result.exit_code == 1);
    CHECK(contains(result.err, "logo \"../secret.png\" lies outside the repository"));
    CHECK_FALSE(contains(result.out, "data:image"));
  }

  TEST_CASE("a logo whose bytes are no image is refused")
  {
    Sandbox sandbox;
    sandbox.init();
    set_logo(sandbox, "logo.png");
    write_bytes(sandbox.repo() / "logo.png", "root:RAHASIA:19000\n");
    auto result = sandbox.run({"render", seed_source_path().string()});
    CHECK(result.exit_code == 1);
    CHECK(contains(result.err, "logo \"logo.png\" is not a image/png image"));
    CHECK_FALSE(contains(result.out + result.err, "RAHASIA"));
  }

  TEST_CASE("a draft that is a symbolic link is refused without printing its target's lines")
  {
    Sandbox sandbox;
    sandbox.init();
    fs::create_symlink(secret(sandbox), sandbox.repo() / "sops" / "x.yaml");
    auto result = sandbox.run({"check"});
    CHECK(result.exit_code == 1);
    CHECK(contains(result.out, "sops/x.yaml: is a symbolic link"));
    CHECK_FALSE(contains(result.out + result.err, "RAHASIA"));
  }
}
