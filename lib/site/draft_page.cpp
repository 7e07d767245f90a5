#include <algorithm>
#include <site/draft_page.hpp>
#include <site/forms.hpp>
#include <site/html.hpp>
#include <site/layout.hpp>
#include <site/words.hpp>

namespace sopctl::site {

namespace {

std::string row(const char* label, const std::string& html)
{
  return std::string("<tr><th scope=\"row\">") + label + "</th><td>" + html + "</td></tr>\n";
}

std::string exits_html(const DraftRow& draft)
{
  std::string out = "<ul class=\"plain\">";
  for (const auto& exit : draft.exits) {
    std::string word = exit.value == "ya" ? "Ya" : exit.value == "tidak" ? "Tidak" : exit.value;
    out += "<li><b>" + escaped(word) + "</b>";
    if (!exit.label.empty() && exit.label != word) {
      out += ": " + escaped(exit.label);
    }
    if (!exit.target.empty()) {
      out += " (" + escaped(exit.target) + ")";
    }
    out += "</li>";
  }
  return out + "</ul>";
}

std::string state_table(const DraftRow& draft)
{
  std::string out = "<div class=\"table-wrap\"><table class=\"identity\" id=\"state\">\n";
  if (draft.finished) {
    out += row("Status", "Selesai" + (draft.outcome.empty() ? "" : ": " + escaped(draft.outcome)));
  } else {
    out += std::string("<tr") + (draft.late ? " class=\"late\"" : "") +
           "><th scope=\"row\">Keterangan</th><td>" + lateness_html(draft) + "</td></tr>\n";
    out += row("Langkah aktif", escaped_or_dash(draft.step));
    out += row("Kegiatan", escaped_lines(draft.activity));
    out +=
      row("Pelaksana", draft.performer_labels.empty() ? "-" : escaped_list(draft.performer_labels));
    out += row("Sejak", escaped_or_dash(draft.since));
    out += row("Jatuh tempo", escaped_or_dash(draft.due));
    out += row("Putaran", std::to_string(draft.round));
    if (!draft.exits.empty()) {
      out += row("Keputusan", exits_html(draft));
    }
    if (!draft.set_keys.empty()) {
      out += row("Nilai yang diperlukan", escaped_list(draft.set_keys));
    }
  }
  return out + "</table></div>\n";
}

std::string history_table(const DraftRow& draft)
{
  std::string out = "<h2>Riwayat</h2>\n";
  if (draft.history.empty()) {
    return out + "<p class=\"empty\">Belum ada riwayat.</p>\n";
  }
  out += "<div class=\"table-wrap\"><table id=\"history\" class=\"list\">\n<thead><tr>"
         "<th>Waktu</th><th>Kejadian</th><th>Langkah</th><th>Oleh</th><th>Sebagai</th>"
         "<th>Catatan</th></tr></thead>\n<tbody>\n";
  for (const auto& event : draft.history) {
    out += std::string("<tr") + (event.voided ? " class=\"voided\"" : "") + "><td>" +
           escaped_or_dash(event.at) + "</td><td>" + escaped_or_dash(event.what) +
           (event.voided ? " <span class=\"voided-word\">(dibatalkan)</span>" : "") +
           "</td><td class=\"number\">" + escaped_or_dash(event.step) + "</td><td>" +
           escaped_or_dash(event.by) + "</td><td>" + escaped_or_dash(event.role) + "</td><td>" +
           (event.note.empty() ? std::string("-") : escaped_lines(event.note)) + "</td></tr>\n";
  }
  return out + "</tbody></table></div>\n";
}

// Who acts through the forms and, with a roster, a warning when they hold
// none of the active step's roles (the server would refuse the step).
std::string viewer_html(const Context& context, const DraftRow& draft)
{
  const auto& viewer = context.options.viewer;
  if (!viewer) {
    return {};
  }
  std::string out =
    "<p class=\"viewer\">Anda bertindak sebagai <strong>" + escaped(viewer->name) + "</strong>.";
  bool holds = std::any_of(
    draft.performer_roles.begin(), draft.performer_roles.end(), [&viewer](const std::string& role) {
      return std::find(viewer->roles.begin(), viewer->roles.end(), role) != viewer->roles.end();
    });
  if (viewer->on_roster && !draft.finished && !draft.external && !holds &&
      !draft.performer_labels.empty()) {
    out += " <span class=\"not-yours\">Langkah " + escaped(draft.step) + " dikerjakan oleh " +
           escaped_list(draft.performer_labels) +
           "; Anda tidak memegang peran itu, jadi langkah ini akan ditolak bila Anda "
           "menyelesaikannya.</span>";
  }
  return out + "</p>\n";
}

} // namespace

std::string draft_page(const Context& context, const DraftRow& draft)
{
  std::string body =
    "<p class=\"kind\">Konsep SOP</p>\n<h1>" + escaped_or_dash(draft.title) + "</h1>\n";
  body += state_table(draft);
  body += "<p class=\"documents\">" +
          link("../dokumen/" + url_part(draft.id) + ".html", "Lihat KONSEP") + "</p>\n";
  if (context.act()) {
    body += viewer_html(context, draft);
    if (!draft.finished) {
      body += advance_form(draft);
    }
    body += note_form(draft);
  }
  body += history_table(draft);
  return framed_page(context.input,
                     context.options,
                     {draft.title.empty() ? draft.id : draft.title, "../", Section::drafts},
                     body);
}

} // namespace sopctl::site
