// lib/i18n/id/view.po (and register.po, for the register's view) holds an
// Indonesian translation of every message the tables, status words and
// report lines of lib/view (and the formats' own messages) pass to tr() or
// trf(), with the same placeholders.
#include "catalogue_fixtures.hpp"

#include <doctest/doctest.h>

using namespace sopctl::test;

namespace {

const fs::path source_dir = SOPCTL_SOURCE_DIR;

} // namespace

TEST_SUITE("i18n::view catalogue")
{
  TEST_CASE("every table heading, status word and report line of lib/view has its Indonesian")
  {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(source_dir / "lib/view")) {
      if (entry.path().extension() == ".cpp") {
        files.push_back(entry.path());
      }
    }
    for (const char* file :
         {"lib/ops/records_output.cpp", "lib/ops/workbook.cpp", "cmd/terminal.cpp"}) {
      files.push_back(source_dir / file);
    }
    auto ids = message_ids(files);
    CHECK(ids.size() > 60);
    CHECK(ids.contains("LATE BY"));
    // The register's view (register_view.cpp) has its own piece.
    auto messages = catalogue(source_dir / "lib/i18n/id/view.po");
    messages.merge(catalogue(source_dir / "lib/i18n/id/register.po"));
    for (const auto& id : ids) {
      CAPTURE(id);
      REQUIRE(messages.contains(id));
      const auto& translation = messages.at(id);
      CHECK_FALSE(translation.empty());
      CHECK(placeholders(translation) == placeholders(id));
    }
  }

  TEST_CASE("the office's words are used for the headings")
  {
    auto messages = catalogue(source_dir / "lib/i18n/id/view.po");
    CHECK(messages.at("STEP") == "LANGKAH");
    CHECK(messages.at("PERFORMER") == "PELAKSANA");
    CHECK(messages.at("DUE") == "JATUH TEMPO");
    CHECK(messages.at("LATE BY") == "TERLAMBAT");
    CHECK(messages.at("STANDARD") == "MUTU BAKU");
    CHECK(messages.at("ROUND") == "PUTARAN");
    CHECK(messages.at("DRAFT") == "KONSEP");
  }
}
