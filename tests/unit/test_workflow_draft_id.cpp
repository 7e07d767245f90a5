#include <doctest/doctest.h>
#include <string>
#include <vector>
#include <workflow/draft_id.hpp>

using sopctl::workflow::check_draft_id;
using sopctl::workflow::make_draft_id;

TEST_SUITE("workflow::draft_id")
{
  TEST_CASE("a title becomes lower-case words joined by dashes")
  {
    CHECK(make_draft_id("Pelayanan Akta Kelahiran") == "pelayanan-akta-kelahiran");
    CHECK(make_draft_id("SOP 12 Tahun 2017") == "sop-12-tahun-2017");
  }

  TEST_CASE("punctuation and runs of blanks become one dash")
  {
    CHECK(make_draft_id("  Penerbitan KTP-el (Baru), & Rusak!  ") ==
          "penerbitan-ktp-el-baru-rusak");
    CHECK(make_draft_id("Akta/Kematian:\tLuar\nDaerah") == "akta-kematian-luar-daerah");
  }

  TEST_CASE("non-ASCII characters between words act as a separator")
  {
    CHECK(make_draft_id("Legalisir – Dokumen") == "legalisir-dokumen");
    CHECK(make_draft_id("Pelayanan “Jemput Bola”") == "pelayanan-jemput-bola");
  }

  TEST_CASE("non-ASCII letters inside a word are dropped without splitting it")
  {
    // A readable slug keeps a word whole: "Café" -> "caf", "Réka" -> "rka".
    CHECK(make_draft_id("Pendaftaran Café") == "pendaftaran-caf");
    CHECK(make_draft_id("Réka Ulang Data") == "rka-ulang-data");
  }

  TEST_CASE("a title without ASCII letters or digits gives an empty id")
  {
    CHECK(make_draft_id("") == "");
    CHECK(make_draft_id("–– … ––") == "");
  }

  TEST_CASE("a long title is cut at a word boundary to at most 60 characters")
  {
    auto id = make_draft_id("Penerbitan Kartu Identitas Anak dan Kartu Keluarga bagi Penduduk "
                            "Pindah Datang Antar Kabupaten");
    CHECK(id == "penerbitan-kartu-identitas-anak-dan-kartu-keluarga-bagi");
    CHECK(id.size() <= 60);
  }

  TEST_CASE("a word ending exactly at 60 characters is kept")
  {
    // "aaa...a-bbbb" is 60 characters; the dash after it is the cut.
    std::string exact = std::string(55, 'a') + " bbbb cc";
    CHECK(make_draft_id(exact) == std::string(55, 'a') + "-bbbb");
  }

  TEST_CASE("a word that would pass 60 characters is left out whole")
  {
    // "aaa...a-b" would be 61 characters.
    std::string title = std::string(59, 'a') + " b cc";
    CHECK(make_draft_id(title) == std::string(59, 'a'));
  }

  TEST_CASE("a single word longer than 60 characters is cut at 60")
  {
    CHECK(make_draft_id(std::string(70, 'x')) == std::string(60, 'x'));
  }

  TEST_CASE("every slug is a valid id")
  {
    for (const auto& title :
         std::vector<std::string>{"Pelayanan Akta Kelahiran",
                                  "-- Akta --",
                                  "A",
                                  "2026 Laporan",
                                  std::string(100, 'k'),
                                  "a b c d e f g h i j k l m n o p q r s t u v"}) {
      CAPTURE(title);
      CHECK(check_draft_id(make_draft_id(title)) == "");
    }
  }

  TEST_CASE("ids of lower-case letters, digits, dashes, dots and underscores are valid")
  {
    CHECK(check_draft_id("pelayanan-akta-kelahiran") == "");
    CHECK(check_draft_id("akta_2026.v2") == "");
    CHECK(check_draft_id("7-sop") == "");
    CHECK(check_draft_id(std::string(60, 'a')) == "");
  }

  TEST_CASE("invalid ids are refused with the rule they break")
  {
    CHECK(check_draft_id("") == "the id is empty");
    CHECK(check_draft_id(std::string(61, 'a')) == "the id is longer than 60 characters");
    for (std::string id : {"-akta", ".akta", "_akta", "Akta", "../akta"}) {
      CAPTURE(id);
      CHECK(check_draft_id(id) == "the id must start with a lower-case letter or a digit");
    }
    for (std::string id : {"akta/kelahiran", "akta kelahiran", "aktA", "akta\\x", "akté"}) {
      CAPTURE(id);
      CHECK(check_draft_id(id) == "the id may hold only lower-case letters, "
                                  "digits, '-', '_' and '.'");
    }
  }
}
