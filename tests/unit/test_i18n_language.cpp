#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <i18n/language.hpp>
#include <unistd.h>

using sopctl::i18n::catalogue_dir_beside;
using sopctl::i18n::choose_language;
using sopctl::i18n::is_english;
using sopctl::i18n::LanguageSource;
using sopctl::i18n::LanguageVariables;

namespace fs = std::filesystem;

namespace {

// The language chosen, as "languages (source)".
std::string chosen(const LanguageVariables& variables, std::string_view office = "")
{
  auto choice = choose_language(variables, office);
  const char* sources[] = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "office", "LANG", "none"};
  return choice.languages + " (" + sources[static_cast<int>(choice.source)] + ")";
}

} // namespace

TEST_SUITE("i18n::language")
{
  TEST_CASE("nothing set is English")
  {
    CHECK(chosen({}) == " (none)");
    CHECK(is_english(""));
  }

  TEST_CASE("LANGUAGE wins, also with no locale variable at all")
  {
    CHECK(chosen({"id", "", "", ""}) == "id (LANGUAGE)");
    CHECK(chosen({"id:en", "en_US.UTF-8", "", ""}, "en") == "id:en (LANGUAGE)");
    CHECK(chosen({"en", "", "", "id_ID.UTF-8"}, "id") == "en (LANGUAGE)");
  }

  TEST_CASE("LANGUAGE is ignored under the C locale, as gettext does")
  {
    CHECK(chosen({"id", "C", "", ""}) == "C (LC_ALL)");
    CHECK(chosen({"id", "", "POSIX", ""}) == "POSIX (LC_MESSAGES)");
    CHECK(chosen({"id", "", "", "C"}, "") == "C (LANG)");
    CHECK(chosen({"id", "", "", "C.UTF-8"}) == "id (LANGUAGE)");
  }

  TEST_CASE("LC_ALL and LC_MESSAGES win over the office's language, LANG does not")
  {
    CHECK(chosen({"", "C.UTF-8", "", ""}, "id") == "C.UTF-8 (LC_ALL)");
    CHECK(chosen({"", "", "id_ID.UTF-8", "en_US.UTF-8"}, "en") == "id_ID.UTF-8 (LC_MESSAGES)");
    CHECK(chosen({"", "", "", "id_ID.UTF-8"}, "en") == "en (office)");
    CHECK(chosen({"", "", "", "C.UTF-8"}, "id") == "id (office)");
    CHECK(chosen({"", "", "", "id_ID.UTF-8"}) == "id_ID.UTF-8 (LANG)");
  }

  TEST_CASE("English is C, POSIX or en first in the list")
  {
    CHECK(is_english("C"));
    CHECK(is_english("POSIX"));
    CHECK(is_english("C.UTF-8"));
    CHECK(is_english("en"));
    CHECK(is_english("en_GB.UTF-8:id"));
    CHECK_FALSE(is_english("id"));
    CHECK_FALSE(is_english("id_ID.UTF-8"));
    CHECK_FALSE(is_english("fr:id"));
  }

  TEST_CASE("the catalogue is found beside the binary, else under ../share/locale")
  {
    char pattern[] = "/tmp/sopctl-locale-XXXXXX";
    REQUIRE(::mkdtemp(pattern));
    fs::path root = pattern;
    auto put_catalogue = [](const fs::path& dir) {
      fs::create_directories(dir / "id" / "LC_MESSAGES");
      std::ofstream(dir / "id" / "LC_MESSAGES" / "sopctl.mo") << "mo";
    };
    CHECK_FALSE(catalogue_dir_beside(root / "bin" / "sopctl"));
    put_catalogue(root / "share" / "locale");
    CHECK(catalogue_dir_beside(root / "bin" / "sopctl") == root / "share" / "locale");
    put_catalogue(root / "bin" / "locale");
    CHECK(catalogue_dir_beside(root / "bin" / "sopctl") == root / "bin" / "locale");
    fs::remove_all(root);
  }
}
