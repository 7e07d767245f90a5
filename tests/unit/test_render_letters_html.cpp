// The letters as HTML (issue 4, section 3): on the kop surat, with number,
// place and date in Indonesian, the day name, the values and the signer's
// block from the roster; every value escaped (`<script>` renders as text).
#include "letter_fixtures.hpp"

using namespace sopctl;
using test::contains;
using test::Drafting;
using test::letter;

TEST_SUITE("render::letter_html")
{
  TEST_CASE("the invitation: kop surat, number, place and date, day name, values")
  {
    Drafting d;
    d.done_until(2);
    d.draft.drafting->events[2].set = {{"meeting.date", "2026-11-26"},
                                       {"meeting.time", "09.00 WIB"},
                                       {"meeting.place", "Ruang Rapat Disdukcapil"},
                                       {"meeting.to", "Para Kabid"},
                                       {"number.undangan-rapat", "005/007/Disdukcapil/2026"}};
    auto html = d.html("undangan-rapat");
    CHECK(contains(html, "PEMERINTAH KOTA SIBOLGA"));
    CHECK(contains(html, "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"));
    CHECK(contains(html, "Jl. Tongkol No.12 Telp. (0631) 21799 Fax (0631) 21800"));
    CHECK(contains(html, "<td>Nomor</td><td>:</td><td>005/007/Disdukcapil/2026</td>"));
    // Dated the day step 2 was done (11:00 WIB on 24 November).
    CHECK(contains(html, "SIBOLGA, 24 November 2026"));
    CHECK(contains(html, "Kamis, 26 November 2026"));
    CHECK(contains(html, "09.00 WIB"));
    CHECK(contains(html, "Ruang Rapat Disdukcapil"));
    CHECK(contains(html, "Para Kabid"));
    CHECK(contains(html, "Pembahasan SOP Pelayanan")); // the agenda's default
    CHECK(contains(html, "(SOP) Akta Kelahiran"));
    // No roster: signed by whoever last acted as sekretaris, under the
    // procedure's name for the role.
    CHECK(contains(html, "<div>Sekretaris</div>"));
    CHECK(contains(html, "<div class=\"name\">Petugas 1</div>"));
  }

  TEST_CASE("day names and Indonesian months are right for any date")
  {
    Drafting d;
    d.done_until(2);
    const std::pair<const char*, const char*> days[] = {{"2026-11-29", "Minggu, 29 November 2026"},
                                                        {"2027-01-01", "Jumat, 1 Januari 2027"},
                                                        {"2024-02-29", "Kamis, 29 Februari 2024"},
                                                        {"2026-08-17", "Senin, 17 Agustus 2026"}};
    for (const auto& [date, words] : days) {
      CAPTURE(date);
      d.draft.data = {
        {"meeting.date", date}, {"meeting.time", "x"}, {"meeting.place", "x"}, {"meeting.to", "x"}};
      CHECK(contains(d.html("undangan-rapat"), words));
    }
  }

  TEST_CASE("the date of the letter is the office's local day, not UTC's")
  {
    Drafting d;
    d.done_until(1);
    // 18:00Z on 24 November is 01:00 on 25 November in WIB.
    d.add(model::EventKind::completed, 2, "staf", "Sari").at = {1795485600 + 16 * 3600, 7 * 60};
    d.draft.data = {{"meeting.date", "2026-11-26"},
                    {"meeting.time", "x"},
                    {"meeting.place", "x"},
                    {"meeting.to", "x"}};
    CHECK(contains(d.html("undangan-rapat"), "SIBOLGA, 25 November 2026"));
  }

  TEST_CASE("the cover letter: the SOP's number and the signer block from the roster")
  {
    Drafting d;
    d.done_until(9);
    d.draft.drafting->events[8].set["number.sop"] = "001/SOP-Disdukcapil/2026";
    d.draft.drafting->events[9].set["number.surat-pengantar"] = "470/001/Disdukcapil/2026";
    d.config.approver = {"Kepala Dinas", "Approver Lama", "Pembina", "1"};
    d.config.people.push_back({"Rina Siregar",
                               "19800101 200501 2 001",
                               "Pembina Tk. I",
                               "Plt. Kepala Dinas",
                               {"kabid", "kadis"},
                               "",
                               {}});
    auto html = d.html("surat-pengantar");
    CHECK(contains(html, "<td>Nomor</td><td>:</td><td>470/001/Disdukcapil/2026</td>"));
    CHECK(contains(html, "SOP) Akta Kelahiran Nomor 001/SOP-Disdukcapil/2026"));
    CHECK(contains(html, "Kepala Bappeda Kota Sibolga"));
    CHECK(contains(html, "1 (satu) berkas"));
    CHECK(contains(html, "<div>Plt. Kepala Dinas</div>"));
    CHECK(contains(html, "<div class=\"name\">Rina Siregar</div>"));
    CHECK(contains(html, "<div>Pembina Tk. I</div>"));
    CHECK(contains(html, "NIP. 19800101 200501 2 001"));
    CHECK_FALSE(contains(html, "Approver Lama"));
    // Without a roster the approver of sopctl.yaml signs.
    d.config.people.clear();
    html = d.html("surat-pengantar");
    CHECK(contains(html, "<div class=\"name\">Approver Lama</div>"));
    CHECK(contains(html, "NIP. 1</div>"));
  }

  TEST_CASE("every value is escaped: <script> renders as text")
  {
    Drafting d;
    d.done_until(2);
    const std::string evil = "<script>alert('x')</script> & \"q\"";
    d.draft.name = "Akta " + evil;
    d.draft.data = {{"meeting.date", "2026-11-26"},
                    {"meeting.time", evil},
                    {"meeting.place", evil},
                    {"meeting.to", evil},
                    {"meeting.agenda", evil},
                    {"number.undangan-rapat", evil}};
    d.config.office.government = evil;
    d.config.office.city = evil;
    d.config.people.push_back({evil, evil, evil, evil, {"sekretaris"}, "", {}});
    auto custom = letter("undangan-rapat");
    custom.title = "Undangan " + evil;
    auto html =
      render::letter_html(custom,
                          d.procedure,
                          d.draft,
                          d.state(),
                          d.config.document_settings(d.config.drafting_rules(d.procedure.rules)),
                          *embedded::embedded_file("templates/letter.html.mustache"));
    CHECK_FALSE(contains(html, "<script"));
    CHECK_FALSE(contains(html, "& \""));
    CHECK(contains(html, "&lt;script&gt;"));
    CHECK(contains(html, "&amp;"));
  }
}
