#include <site/forms.hpp>
#include <site/html.hpp>

namespace sopctl::site {

namespace {

std::string hidden(const char* name, const std::string& value)
{
  return std::string("<input type=\"hidden\" name=\"") + name + "\" value=\"" + escaped(value) +
         "\">\n";
}

std::string role_field(const DraftRow& draft)
{
  const auto& roles = draft.performer_roles;
  if (roles.empty()) {
    return {};
  }
  if (roles.size() == 1) {
    return hidden("peran", roles.front());
  }
  std::string out = "<p><label for=\"advance-peran\">Bertindak sebagai</label>\n"
                    "<select id=\"advance-peran\" name=\"peran\">\n";
  for (size_t i = 0; i < roles.size(); ++i) {
    const auto& label = i < draft.performer_labels.size() ? draft.performer_labels[i] : roles[i];
    out += "<option value=\"" + escaped(roles[i]) + "\">" + escaped(label) + "</option>\n";
  }
  return out + "</select></p>\n";
}

std::string decision_field(const DraftRow& draft)
{
  if (draft.exits.empty()) {
    return {};
  }
  std::string out = "<fieldset class=\"decision\"><legend>Keputusan</legend>\n";
  for (const auto& exit : draft.exits) {
    std::string word = exit.value == "ya" ? "Ya" : exit.value == "tidak" ? "Tidak" : exit.value;
    std::string id = "advance-keputusan-" + url_part(exit.value);
    out += "<p><input type=\"radio\" name=\"keputusan\" required id=\"" + escaped(id) +
           "\" value=\"" + escaped(exit.value) + "\"> <label for=\"" + escaped(id) + "\"><b>" +
           escaped(word) + "</b>";
    if (!exit.label.empty() && exit.label != word) {
      out += ": " + escaped(exit.label);
    }
    if (!exit.target.empty()) {
      out += " (" + escaped(exit.target) + ")";
    }
    if (exit.needs_note) {
      out += " &mdash; wajib dengan catatan";
    }
    out += "</label></p>\n";
  }
  return out + "</fieldset>\n";
}

std::string set_field(const DraftRow& draft)
{
  if (draft.set_keys.empty()) {
    return {};
  }
  // Not prefilled: an untouched "KEY=" would be sent as an empty value. The
  // placeholder shows the shape, one line per key.
  std::string keys;
  std::string example;
  for (const auto& key : draft.set_keys) {
    keys += (keys.empty() ? "" : ", ") + escaped(key);
    example += (example.empty() ? "" : "&#10;") + escaped(key) + "=...";
  }
  return "<p><label for=\"advance-set\">Nilai yang diperlukan langkah ini, satu KUNCI=NILAI per "
         "baris (" +
         keys + ")</label>\n<textarea id=\"advance-set\" name=\"set\" rows=\"" +
         std::to_string(draft.set_keys.size() + 1) + "\" placeholder=\"" + example +
         "\"></textarea></p>\n";
}

} // namespace

std::string advance_form(const DraftRow& draft)
{
  std::string out = "<form id=\"advance\" class=\"act\" method=\"post\" action=\"/aksi/maju\" "
                    "enctype=\"application/x-www-form-urlencoded\">\n"
                    "<h2>Selesaikan langkah " +
                    escaped(draft.step) + "</h2>\n";
  out += hidden("draft", draft.id);
  out += hidden("hash", draft.file_hash);
  out += role_field(draft);
  out += decision_field(draft);
  out += "<p><label for=\"advance-catatan\">Catatan</label>\n"
         "<textarea id=\"advance-catatan\" name=\"catatan\" rows=\"3\"></textarea></p>\n";
  out += set_field(draft);
  out += "<p><button type=\"submit\">Selesaikan langkah " + escaped(draft.step) +
         "</button></p>\n</form>\n";
  return out;
}

std::string note_form(const DraftRow& draft)
{
  std::string out = "<form id=\"note\" class=\"act\" method=\"post\" action=\"/aksi/catatan\" "
                    "enctype=\"application/x-www-form-urlencoded\">\n"
                    "<h2>Tambahkan catatan</h2>\n";
  out += hidden("draft", draft.id);
  out += hidden("hash", draft.file_hash);
  out += "<p><label for=\"note-catatan\">Catatan</label>\n"
         "<textarea id=\"note-catatan\" name=\"catatan\" rows=\"3\" required></textarea></p>\n"
         "<p><button type=\"submit\">Simpan catatan</button></p>\n</form>\n";
  return out;
}

std::string monitor_form(const SopRow& sop)
{
  std::string out = "<form id=\"monitor\" class=\"act\" method=\"post\" action=\"/aksi/pantau\" "
                    "enctype=\"application/x-www-form-urlencoded\">\n"
                    "<h2>Catat pemantauan</h2>\n";
  out += hidden("sop", sop.id);
  out += hidden("hash", sop.file_hash);
  out += "<fieldset><legend>Penilaian terhadap penerapan</legend>\n"
         "<p><input type=\"radio\" name=\"hasil\" id=\"monitor-baik\" value=\"baik\" required> "
         "<label for=\"monitor-baik\">Berjalan dengan baik</label></p>\n"
         "<p><input type=\"radio\" name=\"hasil\" id=\"monitor-tidak\" value=\"tidak\"> "
         "<label for=\"monitor-tidak\">Tidak berjalan dengan baik</label></p>\n"
         "</fieldset>\n"
         "<p><label for=\"monitor-catatan\">Catatan hasil penilaian</label>\n"
         "<textarea id=\"monitor-catatan\" name=\"catatan\" rows=\"3\"></textarea></p>\n"
         "<p><label for=\"monitor-tindakan\">Tindakan yang harus diambil</label>\n"
         "<textarea id=\"monitor-tindakan\" name=\"tindakan\" rows=\"3\"></textarea></p>\n"
         "<p><button type=\"submit\">Catat pemantauan</button></p>\n</form>\n";
  return out;
}

} // namespace sopctl::site
