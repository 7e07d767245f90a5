// The letters as HTML (issues 4 and 11, section 3), each through its own
// template in the form of Permendagri 1/2023 (see
// tests/e2e/test_render_letters.cpp for the sources): the kop surat with
// the emblem, the place and date with the city in title case, Nomor /
// Sifat / Lampiran / Hal, "Yth.", the body naming the SOP being drafted,
// the signature block with "a.n.", the surat pengantar's own form and its
// receipt block; every value escaped (`<script>` renders as text).
#include "letter_fixtures.hpp"

using namespace sopctl;
using test::contains;
using test::Drafting;
using test::letter;

namespace {

// A draft of "Pelayanan Akta Kelahiran" with the invitation's values given
// at step 2, and a full roster.
Drafting invitation_draft()
{
  Drafting d;
  d.draft.name = "Pelayanan Akta Kelahiran";
  d.with_roster().done_until(2);
  d.draft.drafting->events[2].set = {{"meeting.date", "2026-11-26"},
                                     {"meeting.time", "09.00 WIB"},
                                     {"meeting.place", "Ruang Rapat Disdukcapil"},
                                     {"meeting.to", "Para Kabid"},
                                     {"number.undangan-rapat", "005/007/Disdukcapil/2026"}};
  return d;
}

// The same draft signed and sent: numbers of the SOP and the cover letter.
Drafting cover_draft()
{
  Drafting d;
  d.draft.name = "Pelayanan Akta Kelahiran";
  d.with_roster().done_until(9);
  d.draft.drafting->events[8].set["number.sop"] = "001/SOP-Disdukcapil/2026";
  d.draft.drafting->events[9].set["number.surat-pengantar"] = "470/001/Disdukcapil/2026";
  return d;
}

// The text between `from` and `to` in `html` (both must be there).
std::string between(const std::string& html, const std::string& from, const std::string& to)
{
  auto start = html.find(from);
  REQUIRE(start != std::string::npos);
  auto end = html.find(to, start);
  REQUIRE(end != std::string::npos);
  return html.substr(start, end - start);
}

// The position of `part` in `html`; fails the test when it is not there.
size_t at(const std::string& html, const std::string& part)
{
  auto found = html.find(part);
  INFO("looking for ", part);
  REQUIRE(found != std::string::npos);
  return found;
}

} // namespace

TEST_SUITE("render::letter_html")
{
  TEST_CASE("the city is written in title case, unless written in mixed case already")
  {
    CHECK(render::place_name("SIBOLGA") == "Sibolga");
    CHECK(render::place_name("KOTA SIBOLGA") == "Kota Sibolga");
    CHECK(render::place_name("PADANG SIDEMPUAN") == "Padang Sidempuan");
    CHECK(render::place_name("TANJUNG-BALAI") == "Tanjung-Balai");
    CHECK(render::place_name("Sibolga") == "Sibolga");
    CHECK(render::place_name("Tanjungpinang") == "Tanjungpinang");
    CHECK(render::place_name("") == "");
  }

  TEST_CASE("{sop.name} in a default is the name of the SOP being drafted")
  {
    CHECK(render::expand_default("Pembahasan SOP {sop.name}", "Pelayanan Akta Kelahiran") ==
          "Pembahasan SOP Pelayanan Akta Kelahiran");
    CHECK(render::expand_default("{sop.name} / {sop.name}", "A") == "A / A");
    CHECK(render::expand_default("Kepala Bappeda", "A") == "Kepala Bappeda");
  }

  TEST_CASE("the invitation, part by part in the order of Permendagri 1/2023")
  {
    auto html = invitation_draft().html("undangan-rapat");
    // Kop: the office as sopctl.yaml writes it, centred, ruled off with a
    // double line.
    auto kop = at(html, "<table class=\"kop\"");
    CHECK(contains(html,
                   "<td class=\"office\" align=\"center\" valign=\"middle\"><p align=\"center\">"
                   "<span class=\"kop-government\">PEMERINTAH KOTA SIBOLGA</span>"));
    CHECK(
      contains(html, "<span class=\"kop-office\">DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL</span>"));
    CHECK(contains(html, "Jl. Tongkol No.12 Telp. (0631) 21799 Fax (0631) 21800"));
    auto rule = at(html, "<p class=\"kop-rule\">");
    CHECK(contains(html, "p.kop-rule { border-bottom: 4px double #000;"));
    // Place and date at the right, the city in title case; dated the day
    // step 2 was done (11:00 WIB on 24 November).
    auto date = at(html, "<p align=\"right\">Sibolga, 24 November 2026</p>");
    CHECK_FALSE(contains(html, "SIBOLGA, "));
    auto number = at(html, "<td width=\"44%\">005/007/Disdukcapil/2026</td>");
    auto sifat = at(html, "<tr><td>Sifat</td><td>:</td><td>Biasa</td></tr>");
    auto lampiran = at(html, "<tr><td>Lampiran</td><td>:</td><td>-</td></tr>");
    auto hal = at(html,
                  "<tr><td>Hal</td><td>:</td><td>Undangan Rapat Pembahasan SOP Pelayanan Akta "
                  "Kelahiran</td></tr>");
    CHECK_FALSE(contains(html, "Perihal"));
    auto to = at(html, "<p class=\"to\">Yth. Para Kabid<br>di<br>Sibolga</p>");
    auto body = at(html,
                   "Dalam rangka penyusunan Standar Operasional Prosedur (SOP) Pelayanan "
                   "Akta Kelahiran");
    auto day = at(html, "<tr><td>Hari/tanggal</td><td>:</td><td>Kamis, 26 November 2026</td>");
    auto time = at(html, "<tr><td>Waktu</td><td>:</td><td>09.00 WIB</td>");
    auto place = at(html, "<tr><td>Tempat</td><td>:</td><td>Ruang Rapat Disdukcapil</td>");
    auto agenda =
      at(html, "<tr><td>Acara</td><td>:</td><td>Pembahasan SOP Pelayanan Akta Kelahiran</td>");
    // The signature block in the right half of the page.
    auto block = at(html, "<table class=\"signature\" width=\"100%\"");
    auto on_behalf = at(html,
                        "<td width=\"50%\"></td><td width=\"50%\"><span class=\"on-behalf-of\">"
                        "a.n. Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Sibolga</span>");
    auto position = at(html, "<span class=\"position\">Sekretaris,</span>");
    // Room for a wet signature and the stamp: 95 px, 25 mm.
    auto space = at(html, "<td class=\"space\" height=\"95\"></td>");
    auto name = at(html, "<span class=\"name\"><b><u>Hotma Sitompul, S.Sos</u></b></span>");
    auto rank = at(html, "<span class=\"rank\">Pembina</span>");
    auto nip = at(html, "<span class=\"nip\">NIP. 19750101 200003 1 002</span>");
    // The date cell, at the right of Nomor, follows it in the HTML and
    // spans the heading's rows.
    std::vector<size_t> order = {kop,       rule,     number, date, sifat, lampiran, hal,
                                 to,        body,     day,    time, place, agenda,   block,
                                 on_behalf, position, space,  name, rank,  nip};
    CHECK(std::is_sorted(order.begin(), order.end()));
  }

  TEST_CASE("the agenda and the subject given by hand replace the defaults")
  {
    auto d = invitation_draft();
    d.draft.data = {{"meeting.agenda", "Finalisasi SOP"}, {"letter.subject", "Undangan"}};
    auto html = d.html("undangan-rapat");
    CHECK(contains(html, "<td>Acara</td><td>:</td><td>Finalisasi SOP</td>"));
    CHECK(contains(html, "<td>Hal</td><td>:</td><td>Undangan</td>"));
  }

  TEST_CASE("day names and Indonesian months are right for any date")
  {
    auto d = invitation_draft();
    const std::pair<const char*, const char*> days[] = {{"2026-11-29", "Minggu, 29 November 2026"},
                                                        {"2027-01-01", "Jumat, 1 Januari 2027"},
                                                        {"2024-02-29", "Kamis, 29 Februari 2024"},
                                                        {"2026-08-17", "Senin, 17 Agustus 2026"}};
    for (const auto& [date, words] : days) {
      CAPTURE(date);
      d.draft.data = {{"meeting.date", date}};
      CHECK(contains(d.html("undangan-rapat"), words));
    }
  }

  TEST_CASE("the date of the letter is the office's local day, not UTC's")
  {
    Drafting d;
    d.with_roster().done_until(1);
    // 18:00Z on 24 November is 01:00 on 25 November in WIB.
    d.add(model::EventKind::completed, 2, "staf", "Sari").at = {1795485600 + 16 * 3600, 7 * 60};
    d.draft.data = {{"meeting.date", "2026-11-26"},
                    {"meeting.time", "x"},
                    {"meeting.place", "x"},
                    {"meeting.to", "x"}};
    CHECK(contains(d.html("undangan-rapat"), "Sibolga, 25 November 2026"));
  }

  TEST_CASE("the kop embeds the logo, and without one there is no empty frame")
  {
    auto d = invitation_draft();
    const std::string logo = "data:image/png;base64,iVBORw0KGgo=";
    for (const auto* name : {"undangan-rapat", "surat-pengantar"}) {
      CAPTURE(name);
      auto source = std::string(name) == "undangan-rapat" ? d : cover_draft();
      auto with = source.html(name, logo);
      CHECK(contains(with,
                     "<td class=\"emblem\" width=\"15%\" valign=\"middle\"><img src=\"" + logo +
                       "\" alt=\"Logo\" height=\"91\"></td>"));
      auto without = source.html(name);
      CHECK_FALSE(contains(without, "<img"));
      CHECK_FALSE(contains(without, "class=\"emblem\""));
    }
  }

  TEST_CASE("both letters have the same kop surat")
  {
    const std::string logo = "data:image/png;base64,iVBORw0KGgo=";
    auto kop = [](const std::string& html) {
      return between(html, "<table class=\"kop\"", "<span>&nbsp;</span></p>");
    };
    auto invitation = invitation_draft().html("undangan-rapat", logo);
    auto cover = cover_draft().html("surat-pengantar", logo);
    CHECK(kop(invitation) == kop(cover));
    auto style = [](const std::string& html) { return between(html, "@page", ".kop-rule span"); };
    CHECK(style(invitation) == style(cover));
  }

  TEST_CASE("the surat pengantar in its own form, the receipt block at the bottom left")
  {
    auto html = cover_draft().html("surat-pengantar");
    auto kop = at(html, "<table class=\"kop\"");
    // The addressee in the right part of the page.
    auto to = at(html,
                 "<td width=\"55%\"></td><td width=\"45%\">Yth. Kepala Bappeda Kota Sibolga<br>di"
                 "<br>Sibolga</td>");
    auto title = at(html,
                    "<p class=\"title\" align=\"center\"><span class=\"name\"><b><u>SURAT "
                    "PENGANTAR</u></b></span>");
    auto number = at(html, "<span class=\"number\">Nomor 470/001/Disdukcapil/2026</span>");
    auto table = at(html, "<table class=\"list\" width=\"100%\" border=\"1\"");
    auto header =
      at(html, ">No</th><th width=\"43%\" align=\"center\">Naskah Dinas yang Dikirimkan</th>");
    auto banyaknya =
      at(html, ">Banyaknya</th><th width=\"32%\" align=\"center\">Keterangan</th></tr>");
    auto row = at(html,
                  "<tr><td align=\"center\">1.</td><td>Standar Operasional Prosedur (SOP) "
                  "Pelayanan Akta Kelahiran Nomor 001/SOP-Disdukcapil/2026</td>");
    auto copies = at(html, "<td align=\"center\">1 (satu) berkas</td>");
    auto remarks = at(html,
                      "<td>Disampaikan dengan hormat untuk diketahui dan dipergunakan "
                      "sebagaimana mestinya.</td>");
    // The receipt block in the left columns, the sender's in the right half
    // of the same table.
    auto received = at(html,
                       "<td class=\"receipt\" width=\"21%\" nowrap>Diterima tanggal</td>"
                       "<td width=\"3%\">:</td><td class=\"blank\"");
    // Dated the day step 9 was done (18:00 WIB on 24 November).
    auto sender = at(html, "<td class=\"signature\" width=\"50%\" rowspan=\"2\">");
    auto date = at(html, "<span class=\"place-date\">Sibolga, 24 November 2026</span>");
    auto position = at(html,
                       "<span class=\"position\">Plt. Kepala Dinas Kependudukan dan Pencatatan "
                       "Sipil Kota Sibolga,</span>");
    auto receiver = at(html, "<td colspan=\"3\">Penerima,</td>");
    auto receiver_name = at(html, "<td class=\"room\">Nama</td><td class=\"room\">:</td>");
    // Three receipt rows of room for the sender's signature and stamp.
    auto space = at(html, "<td class=\"space\" rowspan=\"3\"></td>");
    auto receiver_position = at(html, "<td class=\"room\">Jabatan</td>");
    auto receiver_nip = at(html, "<td class=\"room\">NIP</td>");
    auto receiver_sign =
      at(html, "<td class=\"sign\" height=\"72\" valign=\"bottom\">Tanda tangan</td>");
    auto name = at(html, "<span class=\"name\"><b><u>AMARULLAH GULTOM, SE, M.M</u></b></span>");
    auto rank = at(html, "<span class=\"rank\">Pembina Tk. I</span>");
    auto nip = at(html, "<span class=\"nip\">NIP. 19670312 199103 1 007</span>");
    std::vector<size_t> order = {kop,          to,
                                 title,        number,
                                 table,        header,
                                 banyaknya,    row,
                                 copies,       remarks,
                                 received,     sender,
                                 date,         position,
                                 receiver,     receiver_name,
                                 space,        receiver_position,
                                 receiver_nip, receiver_sign,
                                 name,         rank,
                                 nip};
    CHECK(std::is_sorted(order.begin(), order.end()));
    // The head signs in their own name: no a.n.; no Nomor/Sifat/Hal block.
    CHECK_FALSE(contains(html, "a.n."));
    CHECK_FALSE(contains(html, "<td>Sifat</td>"));
  }

  TEST_CASE("every value is escaped: <script> renders as text")
  {
    const std::string evil = "<script>alert('x')</script> & \"q\"";
    for (const auto* name : {"undangan-rapat", "surat-pengantar"}) {
      CAPTURE(name);
      Drafting d;
      d.done_until(9);
      d.draft.name = "Akta " + evil;
      d.draft.number = evil;
      d.draft.data = {{"meeting.date", "2026-11-26"},
                      {"meeting.time", evil},
                      {"meeting.place", evil},
                      {"meeting.to", evil},
                      {"meeting.agenda", evil},
                      {"letter.to", evil},
                      {"letter.remarks", evil},
                      {"number.undangan-rapat", evil},
                      {"number.surat-pengantar", evil}};
      d.config.office.government = evil;
      d.config.office.city = evil;
      d.config.people.push_back({evil, evil, evil, evil, {"sekretaris", "kadis"}, "", {}});
      auto custom = letter(name);
      custom.title = "Surat " + evil;
      auto html = d.html(custom, "data:image/png;base64,\"><script>");
      CHECK_FALSE(contains(html, "<script"));
      CHECK_FALSE(contains(html, "& \""));
      CHECK(contains(html, "&lt;script&gt;"));
      CHECK(contains(html, "&amp;"));
    }
  }
}
