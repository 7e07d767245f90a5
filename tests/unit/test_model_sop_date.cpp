// The dates of an SOP as offices print them (issue 9): a day, a month
// ("Agustus 2023") or a year; printed in words, counted from their first day.
#include <doctest/doctest.h>
#include <lifecycle/lifecycle.hpp>
#include <model/sop_date.hpp>
#include <render/dates.hpp>
#include <site/html.hpp>

using namespace sopctl;

TEST_SUITE("model::sop_date")
{
  TEST_CASE("a day, a month and a year are dates of the SOP")
  {
    CHECK(model::sop_date_precision("2020-09-29") == model::DatePrecision::day);
    CHECK(model::sop_date_precision("2023-08") == model::DatePrecision::month);
    CHECK(model::sop_date_precision("2023") == model::DatePrecision::year);
  }

  TEST_CASE("text that is no real day, month or year is not a date of the SOP")
  {
    for (const char* text : {"",
                             "Agustus 2023",
                             "2023-13",
                             "2023-00",
                             "2023-8",
                             "2023-02-30",
                             "23",
                             "20230",
                             "2023-08-",
                             "2023/08",
                             " 2023-08"}) {
      CAPTURE(text);
      CHECK_FALSE(model::is_sop_date(text));
    }
  }

  TEST_CASE("a date is printed as the office prints it")
  {
    CHECK(model::date_in_words("2020-09-29") == "29 September 2020");
    CHECK(model::date_in_words("2023-08") == "Agustus 2023");
    CHECK(model::date_in_words("2022-01") == "Januari 2022");
    CHECK(model::date_in_words("2023") == "2023");
    CHECK(model::date_in_words("") == "-");
    CHECK(model::date_in_words("kira-kira 2023") == "kira-kira 2023");
    CHECK(render::indonesian_date("2023-12") == "Desember 2023");
  }

  TEST_CASE("the site prints the date in words, the date as written in its datetime")
  {
    CHECK(site::sop_date_html("2023-08") == "<time datetime=\"2023-08\">Agustus 2023</time>");
    CHECK(site::sop_date_html("2022-02-13") ==
          "<time datetime=\"2022-02-13\">13 Februari 2022</time>");
    CHECK(site::sop_date_html("") == "-");
  }

  TEST_CASE("a month counts from its 1st and a year from 1 January")
  {
    CHECK(model::first_day("2023-08") == "2023-08-01");
    CHECK(model::first_day("2023") == "2023-01-01");
    CHECK(model::first_day("2020-09-29") == "2020-09-29");
    CHECK(model::first_day("Agustus 2023") == "");
  }
}

TEST_SUITE("lifecycle::derive")
{
  TEST_CASE("an SOP in force from a month is due for monitoring counted from its 1st")
  {
    model::Sop sop;
    sop.name = "Pengamanan Kantor";
    sop.dates.created = "2023-08";
    sop.dates.effective = "2023-08";
    auto entries = lifecycle::derive({{"pengamanan", &sop, nullptr, 0}}, {});
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].state == lifecycle::State::berlaku);
    CHECK(entries[0].effective == "2023-08"); // as written, for JSON and the documents
    CHECK(entries[0].next_monitoring == "2024-02-01");
    CHECK(entries[0].next_evaluation == "2024-08-01");
  }

  TEST_CASE("an SOP approved in a year only is in force, due from 1 January")
  {
    model::Sop sop;
    sop.name = "Rekap";
    sop.dates.approved = "2022";
    auto entries = lifecycle::derive({{"rekap", &sop, nullptr, 0}}, {});
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].state == lifecycle::State::berlaku);
    CHECK(entries[0].effective == "2022");
    CHECK(entries[0].next_monitoring == "2022-07-01");
  }
}
