// The library's messages reach the user in Indonesian when the sopctl domain
// is bound to the catalogue built from lib/i18n/id/*.po (tests/CMakeLists.txt
// compiles it into SOPCTL_TEST_LOCALE_DIR), and in English otherwise.
#include "catalogue_fixtures.hpp"
#include "fixtures.hpp"

#include <clocale>
#include <cstdlib>
#include <doctest/doctest.h>
#include <i18n/tr.hpp>
#include <libintl.h>
#include <map>
#include <optional>
#include <string>
#include <time/time_standard.hpp>
#include <workflow/draft_id.hpp>

namespace sopctl {

namespace {

// Binds the domain to the test catalogue with LANGUAGE=id for its lifetime,
// then puts back the locale, LANGUAGE and the binding it found.
class IndonesianMessages
{
public:
  IndonesianMessages()
    : locale_(std::setlocale(LC_ALL, nullptr))
    , directory_(::bindtextdomain(text_domain, nullptr))
  {
    if (const char* language = std::getenv("LANGUAGE")) {
      language_ = language;
    }
    // gettext ignores LANGUAGE in the C locale; C.UTF-8 is not "C".
    REQUIRE(std::setlocale(LC_ALL, "C.UTF-8") != nullptr);
    ::setenv("LANGUAGE", "id", 1);
    // Binding again also makes gettext forget what it looked up before.
    ::bindtextdomain(text_domain, SOPCTL_TEST_LOCALE_DIR);
  }

  ~IndonesianMessages()
  {
    if (language_) {
      ::setenv("LANGUAGE", language_->c_str(), 1);
    } else {
      ::unsetenv("LANGUAGE");
    }
    std::setlocale(LC_ALL, locale_.c_str());
    ::bindtextdomain(text_domain, directory_.c_str());
  }

  IndonesianMessages(const IndonesianMessages&) = delete;
  IndonesianMessages& operator=(const IndonesianMessages&) = delete;

private:
  std::string locale_;
  std::string directory_;
  std::optional<std::string> language_;
};

// A procedure with a key sopctl does not know, at line 2.
constexpr std::string_view faulty_sop = "name: Uji\n"
                                        "warna: merah\n"
                                        "performers:\n"
                                        "  - {key: cs, name: Petugas CS}\n"
                                        "steps:\n"
                                        "  - step: 1\n"
                                        "    performer: cs\n";

// The same procedure with no unknown key: its step still has no activity.
constexpr std::string_view no_activity = "name: Uji\n"
                                         "performers:\n"
                                         "  - {key: cs, name: Petugas CS}\n"
                                         "steps:\n"
                                         "  - step: 1\n"
                                         "    performer: cs\n";

} // namespace

TEST_SUITE("i18n library messages")
{
  TEST_CASE("a YAML reader error is in Indonesian, with its file, line and column kept")
  {
    IndonesianMessages indonesian;
    auto errors = test::sop_errors(faulty_sop);
    CHECK(errors.find("input:2:1: kunci \"warna\" pada SOP tidak dikenal; kunci yang berlaku: "
                      "number, name, ") != std::string::npos);
  }

  TEST_CASE("a validation error is in Indonesian")
  {
    IndonesianMessages indonesian;
    model::Diagnostics diagnostics("input");
    yaml::read_sop(no_activity, diagnostics);
    CHECK(model::format_all(diagnostics.list())
            .find("langkah 1 tidak memiliki kegiatan; tulis apa yang dikerjakan pada "
                  "\"activity\"") != std::string::npos);
  }

  TEST_CASE("a workflow refusal and a time-standard warning are in Indonesian")
  {
    IndonesianMessages indonesian;
    CHECK(workflow::check_draft_id("") == "id kosong");
    CHECK(time::parse_time_standard("24 jam").warning ==
          "24 jam dihitung sebagai jam kerja, yaitu lebih dari 3 hari kerja masing-masing 7,5 jam; "
          "bila yang "
          "dimaksud "
          "1 hari, tulis \"1 hari\" atau \"1 x 24 jam\"");
  }

  TEST_CASE("the note on a time standard that names no time, or words not read, is in Indonesian")
  {
    IndonesianMessages indonesian;
    auto sop = test::seed();
    sop.steps[0].time = "Setiap Saat";
    sop.steps[0].time_where = {10, 9};
    sop.steps[1].time = "30 hari kerja diketemukan alasan";
    sop.steps[1].time_where = {20, 9};
    model::Diagnostics diagnostics("p.yaml");
    CHECK(model::format_all(time::validate_time_standards(sop, diagnostics)) ==
          "p.yaml:10:9: catatan: langkah 1: mutu baku waktu \"Setiap Saat\": tanpa mutu baku "
          "waktu: langkah dapat dikerjakan setiap saat\n"
          "p.yaml:20:9: catatan: langkah 2: mutu baku waktu \"30 hari kerja diketemukan "
          "alasan\": mutu baku waktunya 30 hari; \"diketemukan alasan\" setelah waktu tidak "
          "dibaca");
  }

  TEST_CASE("without the catalogue bound the same messages are English")
  {
    {
      IndonesianMessages indonesian;
      CHECK(workflow::check_draft_id("") == "id kosong");
    }
    CHECK(workflow::check_draft_id("") == "the id is empty");
    CHECK(test::sop_errors(faulty_sop).find("input:2:1: unknown key \"warna\" in the SOP; ") !=
          std::string::npos);
  }

  TEST_CASE("every message of the library's folders has its Indonesian in the catalogue")
  {
    const std::filesystem::path source_dir = SOPCTL_SOURCE_DIR;
    // Every piece: a message added to these folders by another part of
    // sopctl may have its Indonesian in that part's piece.
    std::map<std::string, std::string> messages;
    for (const auto& piece : std::filesystem::directory_iterator(source_dir / "lib/i18n/id")) {
      if (piece.path().extension() == ".po") {
        messages.merge(test::catalogue(piece.path()));
      }
    }
    size_t total = 0;
    for (const char* folder : {"yaml",
                               "model",
                               "workflow",
                               "time",
                               "config",
                               "store",
                               "render",
                               "history",
                               "git",
                               "process"}) {
      CAPTURE(folder);
      std::vector<std::filesystem::path> files;
      for (const auto& entry : std::filesystem::directory_iterator(source_dir / "lib" / folder)) {
        if (entry.path().extension() == ".cpp" || entry.path().extension() == ".hpp") {
          files.push_back(entry.path());
        }
      }
      auto ids = test::message_ids(files);
      CHECK_FALSE(ids.empty());
      total += ids.size();
      for (const auto& id : ids) {
        CAPTURE(id);
        REQUIRE(messages.contains(id));
        CHECK_FALSE(messages.at(id).empty());
        CHECK(test::placeholders(messages.at(id)) == test::placeholders(id));
      }
    }
    CHECK(total > 300);
  }
}

} // namespace sopctl
