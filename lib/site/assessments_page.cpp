#include <site/assessments_page.hpp>
#include <site/html.hpp>
#include <site/layout.hpp>
#include <site/words.hpp>

namespace sopctl::site {

std::string assessments_page(const Context& context)
{
  std::string body = "<h1>Pemantauan dan evaluasi</h1>\n<p class=\"lead\">Pemantauan (setiap 6 "
                     "bulan) dan evaluasi SOP yang berlaku yang terlambat atau segera jatuh "
                     "tempo; yang terlambat di atas.</p>\n";
  if (context.input.assessments.empty()) {
    body += "<p class=\"empty\">Tidak ada pemantauan atau evaluasi yang terlambat atau segera "
            "jatuh tempo.</p>\n";
  } else {
    body += "<div class=\"table-wrap\"><table id=\"assessments\" class=\"list\">\n<thead><tr>"
            "<th>Jenis</th><th>SOP</th><th>Jatuh tempo</th><th>Keterangan</th></tr></thead>\n"
            "<tbody>\n";
    for (const auto& row : context.input.assessments) {
      std::string name = escaped_or_dash(row.name.empty() ? row.sop : row.name);
      body +=
        "<tr data-sop=\"" + escaped(row.sop) + "\"" + (row.late ? " class=\"late\"" : "") +
        "><td>" + escaped(assessment_kind_word(row.kind)) + "</td><td>" +
        (context.has_sop_page(row.sop) ? link("sop/" + url_part(row.sop) + ".html", name) : name) +
        "</td><td>" + escaped_or_dash(row.due) + "</td><td>" + assessment_when_html(row) +
        "</td></tr>\n";
    }
    body += "</tbody></table></div>\n";
  }
  return framed_page(
    context.input, context.options, {"Pemantauan dan evaluasi", "", Section::assessments}, body);
}

} // namespace sopctl::site
