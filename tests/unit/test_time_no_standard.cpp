// Time standards as real offices wrote them (issue 9, section 4): phrases that
// say when a step is done, or what it waits for, name no length of time and
// are no standard on purpose; any words after a complete time are a comment.
#include "fixtures.hpp"
#include "time_fixtures.hpp"

#include <doctest/doctest.h>
#include <fstream>
#include <iterator>
#include <time/time_standard.hpp>

using sopctl::time::parse_time_standard;
using sopctl::time::TimeStandard;

namespace {

using sopctl::test::error_of;
using sopctl::test::standard;

// The note for `text`, which must say there is no standard, on purpose.
std::string none_note(std::string_view text)
{
  auto parsed = parse_time_standard(text);
  INFO("text: ", text);
  CHECK_FALSE(parsed.has_standard);
  CHECK(parsed.error == "");
  CHECK(parsed.none_in_words);
  return parsed.note;
}

} // namespace

TEST_SUITE("time::TimeStandard no standard in words")
{
  TEST_CASE("every Waktu cell of the real SOPs that names no time is none, with its note")
  {
    CHECK(none_note("Sesuai jadwal yang telah dibuat") ==
          "no standard: the step is done when scheduled");
    CHECK(none_note("Waktu Tentatif sesuai Per UU") == "no standard: the time is tentative");
    CHECK(none_note("Relatif") == "no standard: the time is tentative");
    CHECK(none_note("Setiap Saat") == "no standard: the step is done at any time");
    CHECK(none_note("Pada hari dan jam kerja") ==
          "no standard: the step is done during office hours");
    CHECK(none_note("Hari dan Jam Kerja") == "no standard: the step is done during office hours");
    CHECK(none_note("Selama jam pelayanan kantor") ==
          "no standard: the step is done during office hours");
    CHECK(none_note("Sesuai Kebutuhan Pemohon") ==
          "no standard: the time is set by what the case needs");
    CHECK(none_note("Sesuai waktu konsultasi") ==
          "no standard: the time is set by what the case needs");
    CHECK(none_note("Secara berkala, serta merta dan setiap saat") ==
          "no standard: the step is done periodically");
    CHECK(none_note("Secara berkala sesuai kebutuhan dan berkelanjutan") ==
          "no standard: the step is done periodically");
    CHECK(none_note("Serta merta") == "no standard: the step is done at once, as the need arises");
    CHECK(none_note("Setelah DIDP terkumpul dari PPID Pembantu") ==
          "no standard: the step waits for the event named");
    CHECK(none_note("Setelah DIDP ditetapkan oleh Atasan PPID") ==
          "no standard: the step waits for the event named");
    CHECK(none_note("Setiap selesainya satu kegiatan permohonan permintaan data") ==
          "no standard: the step is done each time the event named happens");
    CHECK(none_note("Sebelum rapat dimulai") ==
          "no standard: the step is done before the event named");
    CHECK(none_note("Selama proses berlangsung") ==
          "no standard: the step lasts while the event named lasts");
  }

  TEST_CASE("the short words read before are still none, now with a note")
  {
    CHECK(none_note("Sesuai jadwal") == "no standard: the step is done when scheduled");
    CHECK(none_note("SESUAI JADWAL.") == "no standard: the step is done when scheduled");
    CHECK(none_note("Tentatif") == "no standard: the time is tentative");
    CHECK(none_note("Menyesuaikan") == "no standard: the time is set by what the case needs");
    CHECK(none_note("Sesuai  Kebutuhan ") == "no standard: the time is set by what the case needs");
    // A dash is a blank cell drawn: nothing to say.
    CHECK(none_note("-") == "");
  }

  TEST_CASE("a phrase matches whole words only")
  {
    // "setiapnya", "sesuaikan" are not the phrases; they stay unread.
    CHECK(error_of("Setiapnya") != "");
    CHECK(error_of("Sesuaikan") != "");
    CHECK(error_of("Jamkerja") != "");
  }

  TEST_CASE("a text opening with such a phrase that holds a time is read as that time")
  {
    auto parsed = parse_time_standard("Setelah berkas lengkap, paling lama 2 hari");
    REQUIRE(parsed.has_standard);
    CHECK(parsed.standard == TimeStandard{2, 0});
    CHECK_FALSE(parsed.none_in_words);
    CHECK(parsed.note ==
          "the standard is 2 hari; \"Setelah berkas lengkap\" before the time is not read");
  }

  TEST_CASE("Setelah 2 hari is 2 hari, never a silent no standard")
  {
    auto parsed = parse_time_standard("Setelah 2 hari");
    REQUIRE(parsed.has_standard);
    CHECK(parsed.standard == TimeStandard{2, 0});
    CHECK(parsed.note == "the standard is 2 hari; \"Setelah\" before the time is not read");
    CHECK(standard("Setiap 2 jam") == TimeStandard{0, 120});
    CHECK(standard("Sesuai jadwal, 1 (satu) hari kerja") == TimeStandard{1, 0});
    CHECK(standard("Selama satu hari") == TimeStandard{1, 0});
  }

  TEST_CASE("a number in the event is not taken for a time")
  {
    CHECK(none_note("Sesuai UU No. 14 Tahun 2008") ==
          "no standard: the time is set by what the case needs");
    CHECK(none_note("Setelah 2 berkas diterima") ==
          "no standard: the step waits for the event named");
  }

  TEST_CASE("a phrase with an alternative that cannot be read is still an error")
  {
    CHECK(error_of("Sesuai jadwal / abc") != "");
    auto parsed = parse_time_standard("Sesuai jadwal / 3 hari");
    CHECK(parsed.standard == TimeStandard{3, 0});
    CHECK(parsed.note == "the one reading, 3 hari, is the standard");
  }

  TEST_CASE("an alternative that words the phrase before it another way is part of it")
  {
    // PPID Prov. Kalimantan Timur, SOP-PPID-03 (tests/fixtures/real/
    // kaltim-ppid-uji-konsekuensi.yaml): the line under each Waktu cell.
    CHECK(none_note("Selama jam kerja / pelayanan kantor") ==
          "no standard: the step is done during office hours; \"pelayanan kantor\" is read "
          "as another wording of what comes before it");
    CHECK(none_note("Secara berkala sesuai kebutuhan dan berkelanjutan Selama jam kerja / "
                    "pelayanan kantor") ==
          "no standard: the step is done periodically; \"pelayanan kantor\" is read as another "
          "wording of what comes before it");
    // With a time beside it, the time is the standard.
    auto parsed = parse_time_standard("2 hari / Selama jam kerja / pelayanan kantor");
    CHECK(parsed.standard == TimeStandard{2, 0});
    // Words that make no phrase with those before them, or that hold a
    // number, are not taken for another wording.
    CHECK(error_of("Sesuai jadwal / abc") != "");
    CHECK(error_of("Selama jam kerja / segera") != "");
    CHECK(error_of("Selama jam kerja / pelayanan 2") != "");
    CHECK(error_of("pelayanan kantor / Selama jam kerja") != "");
  }

  TEST_CASE("text that opens with no such phrase is refused exactly as before")
  {
    CHECK(error_of("abc") ==
          "time standard \"abc\": expected a number; write it like \"5 menit\", \"2 jam\", "
          "\"1,5 jam\", \"2 hari\", \"1 minggu\" or leave it blank");
    CHECK(error_of("segera") != "");
    CHECK(error_of("Segera, 1 hari") != "");
  }
}

TEST_SUITE("time::TimeStandard words after the time")
{
  TEST_CASE("words after a complete time that no comment word opens are a comment with a note")
  {
    auto parsed = parse_time_standard("30 hari kerja diketemukan alasan");
    REQUIRE(parsed.has_standard);
    CHECK(parsed.standard == TimeStandard{30, 0});
    CHECK(parsed.note ==
          "the standard is 30 hari; \"diketemukan alasan\" after the time is not read");
    // A unit written wrong is a comment now, and the note shows it.
    parsed = parse_time_standard("2 jam jm");
    CHECK(parsed.standard == TimeStandard{0, 120});
    CHECK(parsed.note == "the standard is 2 jam; \"jm\" after the time is not read");
  }

  TEST_CASE("the comment words known before still need no note")
  {
    CHECK(parse_time_standard("30 hari kerja setelah diterima pengajuan keberatan").note == "");
    CHECK(parse_time_standard("7 hari dengan bupati").note == "");
    CHECK(parse_time_standard("1 (satu) hari kerja sejak permohonan informasi diterima oleh "
                              "PPID Pelaksana")
            .standard == TimeStandard{1, 0});
  }

  TEST_CASE("the forms that go on after a time still read as they did")
  {
    CHECK(standard("1 jam 30 menit") == TimeStandard{0, 90});
    CHECK(standard("1 s.d. 2 hari") == TimeStandard{2, 0});
    CHECK(standard("1 sampai dengan 2 hari") == TimeStandard{2, 0});
    CHECK(standard("30 menit - 1 jam") == TimeStandard{0, 60});
    CHECK(standard("120 Menit / 3 Hari") == TimeStandard{3, 0});
    CHECK(standard("1 jam tiga puluh menit") == TimeStandard{0, 90});
    CHECK(standard("14 hari kalender") == TimeStandard{0, 0, 14});
    CHECK(standard("2 hari kerja") == TimeStandard{2, 0});
    CHECK(parse_time_standard("1 jam 30 menit").note == "");
    CHECK(parse_time_standard("1 s.d. 2 hari").note == "");
  }

  TEST_CASE("words after a time that hold another time are refused, not half read")
  {
    auto why = error_of("1 jam dan 30 menit");
    CHECK(why == "time standard \"1 jam dan 30 menit\": the words after the time hold another "
                 "time; join the units, like \"1 jam 30 menit\", or give alternatives, like "
                 "\"1 jam / 2 jam\"; write it like \"5 menit\", \"2 jam\", \"1,5 jam\", \"2 "
                 "hari\", \"1 minggu\" or leave it blank");
    CHECK(error_of("2 hari lalu 3 jam") != "");
    CHECK(error_of("2 hari ditambah sehari") != "");
  }

  TEST_CASE("a number or a unit after a time is not a comment")
  {
    CHECK(error_of("1 jam 30") != "");       // a number without its unit
    CHECK(error_of("2 hari 5 detik") != ""); // a unit sopctl does not know
    CHECK(error_of("2 jam jam") != "");      // the same unit twice
    CHECK(error_of("1 jam dua") != "");      // a number in words without its unit
    CHECK(error_of("2 hari x 3") != "");     // a single letter is no word
  }
}

TEST_SUITE("time::TimeStandard forms table")
{
  TEST_CASE("every example of the forms table is in the README's time-standard section")
  {
    std::ifstream in(std::string(SOPCTL_SOURCE_DIR) + "/README.md");
    std::string readme{std::istreambuf_iterator<char>(in), {}};
    auto start = readme.find("### Time standards");
    REQUIRE(start != std::string::npos);
    auto end = readme.find("\n### ", start + 1);
    auto section = readme.substr(start, end - start);
    for (const auto& form : sopctl::time::time_standard_forms()) {
      INFO("example: ", form.example);
      CHECK(section.find("`" + std::string(form.example) + "`") != std::string::npos);
      if (!form.reading.empty()) {
        CHECK(section.find(std::string(form.reading)) != std::string::npos);
      }
    }
  }
}
