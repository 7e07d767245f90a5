#include <doctest/doctest.h>
#include <fstream>
#include <model/errors.hpp>
#include <store/draft_index.hpp>
#include <unistd.h>

using sopctl::store::list_sop_ids;
using sopctl::store::resolve_id;

namespace {

const std::vector<std::string> ids = {"akta-kelahiran", "akta-kematian", "ktp-el"};

std::string refusal(const std::vector<std::string>& known, std::string_view query)
{
  try {
    return "resolved to " + resolve_id(known, query, "sops/");
  } catch (const sopctl::model::Error& error) {
    return error.what();
  }
}

} // namespace

TEST_SUITE("store::draft_index")
{
  TEST_CASE("an id or a unique prefix names one draft")
  {
    CHECK(resolve_id(ids, "ktp-el", "sops/") == "ktp-el");
    CHECK(resolve_id(ids, "k", "sops/") == "ktp-el");
    CHECK(resolve_id(ids, "akta-kel", "sops/") == "akta-kelahiran");
  }

  TEST_CASE("an exact id wins over longer ids it is a prefix of")
  {
    CHECK(resolve_id({"akta", "akta-2"}, "akta", "sops/") == "akta");
  }

  TEST_CASE("an ambiguous prefix is refused with the candidates")
  {
    CHECK(refusal(ids, "akta") == "\"akta\" is ambiguous: it starts akta-kelahiran, akta-kematian; "
                                  "give more of the id");
  }

  TEST_CASE("an unknown id is refused with the drafts listed")
  {
    CHECK(refusal(ids, "kk") == "no draft \"kk\" in sops/; the drafts are: "
                                "akta-kelahiran, akta-kematian, ktp-el");
    CHECK(refusal({}, "kk") == "no draft \"kk\" in sops/; the drafts are: "
                               "none (start one with: sopctl start TITLE)");
  }

  TEST_CASE("the ids are the sorted .yaml files, hidden files skipped")
  {
    auto dir =
      std::filesystem::temp_directory_path() / ("sopctl-unit-index-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir / "sub.yaml");
    for (const char* name : {"b.yaml", "a.yaml", ".hidden.yaml", "notes.txt", "c.yml"}) {
      std::ofstream(dir / name) << "name: x\n";
    }
    auto found = list_sop_ids(dir);
    std::filesystem::remove_all(dir);
    CHECK(found == std::vector<std::string>{"a", "b"});
    CHECK(list_sop_ids(dir).empty());
  }
}
