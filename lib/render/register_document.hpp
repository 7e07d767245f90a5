#pragma once

#include <model/sop.hpp>
#include <render/kop.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::render {

// The template the Daftar SOP is printed through, by its name in
// templates/; its letterhead is kop.html.mustache (render/kop.hpp).
inline constexpr std::string_view register_html_template = "register.html.mustache";

// One SOP of the office's register, as its document prints it. Dates are
// ISO (YYYY-MM-DD) or empty, and printed in words ("-" when empty); the
// others as written.
struct RegisterRow
{
  std::string number;
  std::string name;
  std::string version;
  std::string created;   // Tgl Pembuatan
  std::string revised;   // Tgl Revisi
  std::string approved;  // Tgl Pengesahan
  std::string effective; // Tgl Efektif
  std::string status;    // Berlaku, Konsep, Digantikan oleh ..., Dicabut
  std::string next_monitoring;
};

// The Daftar SOP: the office's letterhead and approver (from sopctl.yaml),
// the day it is printed (ISO), its rows in order, and the logo (a data:
// URI, or empty for none).
struct RegisterDocument
{
  model::Office office;
  model::Approver approver;
  std::string date;
  std::string logo;
  std::vector<RegisterRow> rows;
};

// The Daftar SOP as one HTML page through `template_text`
// (register.html.mustache), its letterhead through `kop_template`; every
// value HTML-escaped.
std::string register_html(const RegisterDocument& document,
                          std::string_view kop_template,
                          std::string_view template_text);

} // namespace sopctl::render
