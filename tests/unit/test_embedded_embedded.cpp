#include "fixtures.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <embedded/embedded.hpp>

using sopctl::embedded::embedded_file;
using sopctl::test::seed;

namespace {

size_t line_count(const std::string& text)
{
  return text.empty() ? 0 : std::count(text.begin(), text.end(), '\n') + 1;
}

} // namespace

TEST_SUITE("store::embedded")
{
  TEST_CASE("the seed procedure and the templates are compiled in")
  {
    CHECK(embedded_file(sopctl::embedded::embedded_procedure_name));
    CHECK(embedded_file("templates/draft.yaml"));
    CHECK(embedded_file("templates/sopctl.yaml"));
    CHECK_FALSE(embedded_file("sops/missing.yaml"));
  }

  TEST_CASE("the seed loads with its ten steps and five performers")
  {
    auto sop = seed();
    CHECK(sop.number == "07/SOP-Disdukcapil/SES/2020");
    CHECK(sop.name == "Penyusunan Standar Operasional Prosedur (SOP) Pelayanan");
    CHECK(sop.office.government == "PEMERINTAH KOTA SIBOLGA");
    CHECK(sop.office.phone == "(0631) 21799");
    CHECK(sop.dates.created == "2020-09-01");
    CHECK(sop.dates.revised == "");
    CHECK(sop.dates.approved == "2020-09-29");
    CHECK(sop.approver.name == "AMARULLAH GULTOM, SE, M.M");
    CHECK(sop.approver.rank == "Pembina Tk. I");
    CHECK(sop.approver.nip == "19670312 199103 1 007");
    CHECK(sop.legal_basis.size() == 2);
    CHECK(sop.qualifications.size() == 5);
    CHECK(sop.related.empty());
    CHECK(sop.equipment == std::vector<std::string>{"ATK", "Tupoksi Dinas", "Komputer/Laptop"});
    CHECK_FALSE(sop.drafting);
    REQUIRE(sop.performers.size() == 5);
    std::vector<std::string> keys;
    for (const auto& performer : sop.performers) {
      keys.push_back(performer.key);
    }
    CHECK(keys == std::vector<std::string>{"kadis", "sekretaris", "kabid", "kasi", "staf"});
    CHECK(sop.performers[2].name == "Kabid PIAK");
    REQUIRE(sop.steps.size() == 10);
    for (int i = 0; i < 10; ++i) {
      CHECK(sop.steps[i].number == i + 1);
    }
  }

  TEST_CASE("the seed's steps carry performer, time and output")
  {
    auto sop = seed();
    std::vector<std::string> performers, times;
    for (const auto& step : sop.steps) {
      performers.push_back(step.performers.front());
      times.push_back(step.time);
    }
    CHECK(performers == std::vector<std::string>{"sekretaris",
                                                 "staf",
                                                 "sekretaris",
                                                 "kasi",
                                                 "kasi",
                                                 "kabid",
                                                 "sekretaris",
                                                 "kadis",
                                                 "staf",
                                                 "staf"});
    CHECK(times == std::vector<std::string>{"5 menit",
                                            "10 menit",
                                            "2 jam",
                                            "2 hari",
                                            "5 hari",
                                            "1 jam",
                                            "",
                                            "1 jam",
                                            "10 menit",
                                            "1 jam"});
    CHECK(sop.find_step(7)->output == "Paraf koordinasi");
    CHECK(sop.find_step(9)->output == "Surat Pengantar");
  }

  TEST_CASE("the seed's only decision is step 6: Ya to 7, Tidak back to 5")
  {
    auto sop = seed();
    for (const auto& step : sop.steps) {
      CAPTURE(step.number);
      CHECK(step.decision.has_value() == (step.number == 6));
    }
    REQUIRE(sop.find_step(6)->decision);
    CHECK(sop.find_step(6)->decision->yes == 7);
    CHECK(sop.find_step(6)->decision->no == 5);
  }

  TEST_CASE("the seed's Peringatan and Pencatatan dan Pendataan are its two cells, in order")
  {
    // The seed flattens the row "Peringatan | Pencatatan dan Pendataan":
    // the first paragraph is the left cell, the second the right one.
    auto sop = seed();
    CHECK(sop.warning.starts_with("SOP Pelayanan akan dijadikan sebagai pedoman"));
    CHECK(sop.warning.ends_with("tidak akan berjalan lancar."));
    CHECK(line_count(sop.warning) == 1);
    CHECK(sop.records.starts_with("SOP Pelayanan sewaktu-waktu dapat dilakukan revisi"));
    CHECK(sop.records.ends_with("administrasi kependudukan dan pencatatan sipil."));
    CHECK(line_count(sop.records) == 1);
  }
}
