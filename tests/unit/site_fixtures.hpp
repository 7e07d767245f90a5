#pragma once

// A hand-made SiteInput for the site's page tests (tests/unit/test_site_*):
// two SOPs in force (one revising a superseded version), one revoked, a late
// draft at a decision, a draft on time with two roles, a finished draft,
// desks and assessments; and a checker that every link of a page leads to a
// page of the set or to a document under dokumen/.

#include <algorithm>
#include <set>
#include <site/pages.hpp>
#include <string>
#include <vector>

namespace site_fixtures {

using namespace sopctl;

inline site::SiteInput sample_input()
{
  site::SiteInput input;
  input.office = "Dinas Kependudukan dan Pencatatan Sipil";
  input.generated_at = "2026-11-24 09:11 WIB";

  site::SopRow old_version;
  old_version.id = "akta-kelahiran";
  old_version.number = "01/SOP/2020";
  old_version.name = "Pelayanan Akta Kelahiran";
  old_version.version = 1;
  old_version.state = "digantikan";
  old_version.replaced_by = "akta-kelahiran-v2";
  old_version.signer = "Kepala Dinas, AMARULLAH";
  old_version.has_pdf = true;
  old_version.file_hash = "hash-old";

  site::SopRow current = old_version;
  current.id = "akta-kelahiran-v2";
  current.number = "01/SOP/2026";
  current.version = 2;
  current.state = "berlaku";
  current.replaced_by.clear();
  current.revises = "akta-kelahiran";
  current.performers = {"Pemohon", "Petugas Loket", "Kasi Pelayanan"};
  current.legal_bases = {"Undang-Undang Nomor 24 Tahun 2013", "Perpres 96/2018"};
  current.next_monitoring = "2027-05-01";
  current.file_hash = "hash-current";

  site::SopRow seed;
  seed.id = "penyusunan-sop";
  seed.number = "07/SOP-Disdukcapil/SES/2020";
  seed.name = "Penyusunan SOP Pelayanan";
  seed.state = "berlaku";
  seed.performers = {"Kadis", "Sekretaris", "Kabid PIAK"};
  seed.legal_bases = {"Permendagri 52/2011"};
  seed.has_pdf = false;
  seed.file_hash = "hash-seed";

  site::SopRow revoked;
  revoked.id = "surat-pindah";
  revoked.name = "Surat Pindah Lama";
  revoked.state = "dicabut";
  revoked.revoked_on = "2026-10-01";
  revoked.revoke_reason = "Tidak dipakai lagi";
  revoked.revoke_ref = "SK 12/2026";

  input.sops = {current, seed, old_version, revoked};

  site::DraftRow late;
  late.id = "akta-kematian";
  late.title = "Pelayanan Akta Kematian";
  late.file_hash = "0123abcd";
  late.step = "6/10";
  late.activity = "Mengoreksi konsep SOP;\njika benar, meneruskan";
  late.performer_roles = {"kabid"};
  late.performer_labels = {"Kabid PIAK"};
  late.since = "2026-11-20 08:00";
  late.due = "2026-11-20 09:00";
  late.late = true;
  late.late_minutes = 1500;
  late.late_by = "3 hari 1 jam";
  late.round = 2;
  late.exits = {{"ya", "Benar", "lanjut ke langkah 7", false},
                {"tidak", "Perlu perbaikan", "kembali ke langkah 5", true}};
  late.history = {
    {"2026-11-19 10:00", "Langkah 5 selesai", "5", "Siti Rahma", "Kasi", "", false},
    {"2026-11-19 11:00",
     "Catatan",
     "",
     "Budi Santoso",
     "Kabid PIAK",
     "Baris pertama\nbaris kedua",
     false},
    {"2026-11-19 12:00", "Langkah 6 selesai", "6", "Budi Santoso", "Kabid PIAK", "", true}};

  site::DraftRow on_time;
  on_time.id = "kartu-keluarga";
  on_time.title = "Pelayanan Kartu Keluarga";
  on_time.file_hash = "4567ef";
  on_time.step = "3/10";
  on_time.activity = "Melaksanakan rapat";
  on_time.performer_roles = {"sekretaris", "kasi"};
  on_time.performer_labels = {"Sekretaris", "Kasi Kerjasama dan Inovasi"};
  on_time.due = "2026-11-25 10:00";
  on_time.set_keys = {"nomor_undangan"};
  on_time.history = {
    {"2026-11-23 08:00", "Langkah 2 selesai", "2", "Dewi Lestari", "Staf", "", false}};

  site::DraftRow finished;
  finished.id = "ktp-el";
  finished.title = "Pelayanan KTP-el";
  finished.finished = true;
  finished.outcome = "Prosedur selesai, menunggu pengesahan";

  input.drafts = {late, on_time, finished};
  input.desks = {{"budi", "Budi Santoso", {"kabid"}},
                 {"siti", "Siti Rahma", {"kasi", "staf"}},
                 {"kadis", "Kadis", {"kadis"}}};
  input.assessments = {
    {"pemantauan", "akta-kelahiran-v2", "Pelayanan Akta Kelahiran", "2026-11-01", true, 23},
    {"evaluasi", "penyusunan-sop", "Penyusunan SOP Pelayanan", "2026-12-10", false, 16}};
  input.problems = {"sops/rusak.yaml:3:1: a mapping was expected"};
  return input;
}

inline const site::Page* find_page(const std::vector<site::Page>& pages, const std::string& path)
{
  for (const auto& page : pages) {
    if (page.path == path) {
      return &page;
    }
  }
  return nullptr;
}

inline std::string page_text(const std::vector<site::Page>& pages, const std::string& path)
{
  const site::Page* page = find_page(pages, path);
  return page ? page->content : std::string();
}

inline bool contains(const std::string& text, const std::string& part)
{
  return text.find(part) != std::string::npos;
}

// The values of every `name="..."` attribute in `html`, entities undone.
inline std::vector<std::string> attribute_values(const std::string& html, const std::string& name)
{
  std::vector<std::string> values;
  std::string marker = " " + name + "=\"";
  for (size_t at = html.find(marker); at != std::string::npos; at = html.find(marker, at + 1)) {
    auto start = at + marker.size();
    auto end = html.find('"', start);
    std::string value = html.substr(start, end - start);
    for (size_t amp = value.find("&amp;"); amp != std::string::npos; amp = value.find("&amp;")) {
      value.replace(amp, 5, "&");
    }
    values.push_back(value);
  }
  return values;
}

inline std::string percent_decoded(const std::string& text)
{
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

// Where a relative `href` on the page at `page_path` leads, from the site's
// root ("sop/x.html" + "../index.html" -> "index.html"); "!" when it leaves
// the site or is absolute.
inline std::string resolved(const std::string& page_path, std::string href)
{
  if (href.empty() || href.front() == '/' || contains(href, "://") || contains(href, ":")) {
    return "!";
  }
  href = href.substr(0, href.find_first_of("?#"));
  std::vector<std::string> parts;
  auto slash = page_path.rfind('/');
  std::string dir = slash == std::string::npos ? "" : page_path.substr(0, slash);
  std::string joined = dir.empty() ? href : dir + "/" + href;
  size_t start = 0;
  while (start <= joined.size()) {
    auto end = joined.find('/', start);
    std::string part =
      joined.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (part == "..") {
      if (parts.empty()) {
        return "!";
      }
      parts.pop_back();
    } else if (part != "." && !part.empty()) {
      parts.push_back(percent_decoded(part));
    }
    if (end == std::string::npos) {
      break;
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& part : parts) {
    out += (out.empty() ? "" : "/") + part;
  }
  return out;
}

// Every link (href, src, a form's action) of every HTML page that does not
// lead to a page of `pages` or to dokumen/ID.html or .pdf, as "page -> link";
// the act forms' /aksi/ actions are the server's and allowed.
inline std::vector<std::string> broken_links(const std::vector<site::Page>& pages)
{
  std::set<std::string> paths;
  for (const auto& page : pages) {
    paths.insert(page.path);
  }
  std::vector<std::string> broken;
  for (const auto& page : pages) {
    if (!page.path.ends_with(".html")) {
      continue;
    }
    for (const char* attribute : {"href", "src", "action"}) {
      for (const auto& href : attribute_values(page.content, attribute)) {
        if (std::string(attribute) == "action" && href.starts_with("/aksi/")) {
          continue;
        }
        auto target = resolved(page.path, href);
        // dokumen/ID.html of an SOP or a draft with a page, .pdf of an SOP.
        bool document = false;
        if (target.starts_with("dokumen/") && target.find('/', 8) == std::string::npos) {
          auto dot = target.rfind('.');
          auto id = target.substr(8, dot - 8);
          auto kind = target.substr(dot);
          document = (kind == ".html" && (paths.count("sop/" + id + ".html") ||
                                          paths.count("konsep/" + id + ".html"))) ||
                     (kind == ".pdf" && paths.count("sop/" + id + ".html"));
        }
        if (target == "!" || (!paths.count(target) && !document)) {
          broken.push_back(page.path + " -> " + href);
        }
      }
    }
  }
  return broken;
}

} // namespace site_fixtures
