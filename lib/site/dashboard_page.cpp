#include <site/dashboard_page.hpp>
#include <site/draft_table.hpp>
#include <site/html.hpp>
#include <site/layout.hpp>

namespace sopctl::site {

namespace {

std::string finished_table(const std::vector<const DraftRow*>& finished)
{
  if (finished.empty()) {
    return {};
  }
  std::string out =
    "<h2>Konsep lain yang belum berlaku</h2>\n<div class=\"table-wrap\"><table id=\"finished\" "
    "class=\"list\">\n<thead><tr><th>Konsep</th><th>Keterangan</th></tr></thead>\n"
    "<tbody>\n";
  for (const DraftRow* draft : finished) {
    out += "<tr data-draft=\"" + escaped(draft->id) + "\"><td>" +
           link("konsep/" + url_part(draft->id) + ".html", escaped_or_dash(draft->title)) +
           "</td><td>" + escaped_or_dash(draft->outcome) + "</td></tr>\n";
  }
  return out + "</tbody></table></div>\n";
}

} // namespace

std::string dashboard_page(const Context& context)
{
  std::vector<const DraftRow*> active;
  std::vector<const DraftRow*> finished;
  int late = 0;
  for (const auto& draft : context.input.drafts) {
    (draft.finished ? finished : active).push_back(&draft);
    late += draft.late && !draft.finished ? 1 : 0;
  }
  std::string body = "<h1>Konsep dalam proses</h1>\n<p class=\"lead\">" +
                     std::to_string(active.size()) + " konsep dalam proses, " +
                     std::to_string(late) +
                     " terlambat. Yang terlambat di atas (paling lama terlambat lebih dulu), "
                     "lalu menurut jatuh tempo.</p>\n";
  body += draft_table(active, "drafts", "", "Tidak ada konsep dalam proses.");
  body += finished_table(finished);
  return framed_page(
    context.input, context.options, {"Konsep dalam proses", "", Section::drafts}, body);
}

} // namespace sopctl::site
