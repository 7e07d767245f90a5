#include <site/draft_table.hpp>
#include <site/html.hpp>
#include <site/words.hpp>

namespace sopctl::site {

std::string draft_table(const std::vector<const DraftRow*>& drafts,
                        const std::string& table_id,
                        const std::string& root,
                        const std::string& empty)
{
  if (drafts.empty()) {
    return "<p class=\"empty\" id=\"" + escaped(table_id) + "-empty\">" + escaped(empty) + "</p>\n";
  }
  std::string out = "<div class=\"table-wrap\"><table id=\"" + escaped(table_id) +
                    "\" class=\"list\">\n<thead><tr><th>Konsep</th><th>Langkah</th>"
                    "<th>Kegiatan</th><th>Pelaksana</th><th>Sejak</th><th>Jatuh tempo</th>"
                    "<th>Keterangan</th></tr></thead>\n<tbody>\n";
  for (const DraftRow* draft : drafts) {
    out += "<tr data-draft=\"" + escaped(draft->id) + "\"" +
           (draft->late ? " class=\"late\"" : "") + ">";
    out += "<td>" +
           link(root + "konsep/" + url_part(draft->id) + ".html", escaped_or_dash(draft->title)) +
           "</td>";
    out += "<td class=\"number\">" + escaped_or_dash(draft->step) + "</td>";
    out += "<td>" + escaped_one_line(draft->activity) + "</td>";
    out +=
      "<td>" +
      (draft->performer_labels.empty() ? std::string("-") : escaped_list(draft->performer_labels)) +
      "</td>";
    out += "<td class=\"when\">" + escaped_or_dash(draft->since) + "</td>";
    out += "<td class=\"when\">" + escaped_or_dash(draft->due) + "</td>";
    out += "<td>" + lateness_html(*draft) + "</td></tr>\n";
  }
  return out + "</tbody></table></div>\n";
}

} // namespace sopctl::site
