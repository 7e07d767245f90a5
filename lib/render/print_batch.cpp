#include <render/book.hpp>
#include <render/print_batch.hpp>
#include <render/sop_document.hpp>

namespace sopctl::render {

std::string batch_anchor(size_t index)
{
  return "dokumen-" + std::to_string(index + 1);
}

std::string print_batch_html(const std::vector<BatchDocument>& documents)
{
  // The sheet and type sop.html.mustache gives its own page: its html, body
  // and @page rules do not reach into a shadow root (see book.html.mustache).
  std::string html = R"(<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="generator" content="sopctl">
<title>SOP</title>
<style>
@page { size: A4 landscape; margin: 10mm; }
@page a3 { size: A3 landscape; margin: 10mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #000; font-family: "Liberation Sans", Arial, Helvetica, sans-serif;
  font-size: 11px; line-height: 14px; }
.sop { break-before: page; }
.anchors + .sop { break-before: auto; }
.sop.paper-A3 { page: a3; }
.anchors { height: 0; overflow: hidden; }
</style>
</head>
<body>
)";
  // Chromium names a destination in the PDF only for an element a link
  // points to: links that take no room and print nothing.
  html += "<div class=\"anchors\">";
  for (size_t i = 0; i < documents.size(); ++i) {
    html += "<a href=\"#" + batch_anchor(i) + "\">.</a>";
  }
  html += "</div>\n";
  for (size_t i = 0; i < documents.size(); ++i) {
    auto parts = page_parts(documents[i].html, sop_html_template);
    auto paper = documents[i].paper == "A3" ? "A3" : "A4";
    html += "<div class=\"sop paper-" + std::string(paper) + "\" id=\"" + batch_anchor(i) +
            "\"><template shadowrootmode=\"open\"><style>" + parts.style + "</style>\n" +
            parts.body + "</template></div>\n";
  }
  html += "</body>\n</html>\n";
  return html;
}

} // namespace sopctl::render
