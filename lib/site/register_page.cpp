#include <site/html.hpp>
#include <site/layout.hpp>
#include <site/register_page.hpp>
#include <site/words.hpp>

namespace sopctl::site {

namespace {

std::string document_links(const SopRow& sop)
{
  std::string out = link("dokumen/" + url_part(sop.id) + ".html", "Dokumen");
  if (sop.has_pdf) {
    out += " &middot; " + link("dokumen/" + url_part(sop.id) + ".pdf", "PDF");
  }
  return out;
}

// The next monitoring's date, and, when it is late or due soon, how late or
// how soon in words (a late one marked as the monitoring page marks it).
std::string next_monitoring_cell(const Context& context, const SopRow& sop)
{
  for (const auto& assessment : context.input.assessments) {
    if (assessment.sop == sop.id && assessment.kind == "pemantauan") {
      return std::string("<td") + (assessment.late ? " class=\"late\"" : "") +
             "><span class=\"when\">" +
             escaped_or_dash(assessment.due.empty() ? sop.next_monitoring : assessment.due) +
             "</span> " + assessment_when_html(assessment) + "</td>";
    }
  }
  return "<td class=\"when\">" + escaped_or_dash(sop.next_monitoring) + "</td>";
}

std::string in_force_table(const Context& context)
{
  bool show_monitoring = !context.options.public_only;
  std::string out = "<div class=\"table-wrap\"><table id=\"sops\" class=\"list\">\n<thead><tr>"
                    "<th>No</th><th>Nomor SOP</th><th>Nama SOP</th><th>Versi</th>"
                    "<th>Unit</th><th>Tgl Pengesahan</th><th>Tgl Efektif</th>";
  if (show_monitoring) {
    out += "<th>Pemantauan berikutnya</th>";
  }
  out += "<th>Dokumen</th></tr></thead>\n<tbody>\n";
  int index = 0;
  for (const auto& sop : context.input.sops) {
    if (sop.state != "berlaku") {
      continue;
    }
    ++index;
    out += "<tr data-sop=\"" + escaped(sop.id) + "\"><td class=\"number\">" +
           std::to_string(index) + ".</td><td>" + escaped_or_dash(sop.number) + "</td><td>" +
           link("sop/" + url_part(sop.id) + ".html", escaped_or_dash(sop.name)) +
           "</td><td class=\"number\">" + std::to_string(sop.version) + "</td><td>" +
           escaped_or_dash(sop.unit) + "</td><td class=\"when\">" + sop_date_html(sop.approved) +
           "</td><td class=\"when\">" + sop_date_html(sop.effective) + "</td>";
    if (show_monitoring) {
      out += next_monitoring_cell(context, sop);
    }
    out += "<td>" + document_links(sop) + "</td></tr>\n";
  }
  if (index == 0) {
    out += "<tr><td class=\"empty\" colspan=\"" + std::to_string(show_monitoring ? 9 : 8) +
           "\">Belum ada SOP yang berlaku.</td></tr>\n";
  }
  out += "</tbody></table></div>\n";
  return out;
}

// What became of a version that is no longer in force.
std::string mark_html(const Context& context, const SopRow& sop)
{
  if (sop.state == "digantikan") {
    std::string out = "Digantikan";
    if (!sop.replaced_by.empty()) {
      const SopRow* next = context.sop(sop.replaced_by);
      std::string text = next ? "versi " + std::to_string(next->version) : sop.replaced_by;
      out += " oleh " + (context.has_sop_page(sop.replaced_by)
                           ? link("sop/" + url_part(sop.replaced_by) + ".html", escaped(text))
                           : escaped(text));
    }
    return out;
  }
  if (sop.state == "dicabut") {
    std::string out = "Dicabut";
    if (!sop.revoked_on.empty()) {
      out += " pada " + escaped(sop.revoked_on);
    }
    if (!sop.revoke_reason.empty()) {
      out += ": " + escaped_one_line(sop.revoke_reason);
    }
    if (!sop.revoke_ref.empty()) {
      out += " (" + escaped(sop.revoke_ref) + ")";
    }
    return out;
  }
  return escaped(state_word(sop.state));
}

std::string archive_section(const Context& context)
{
  std::string rows;
  for (const auto& sop : context.input.sops) {
    if (sop.state == "berlaku") {
      continue;
    }
    rows += "<tr data-sop=\"" + escaped(sop.id) + "\" class=\"" + escaped(sop.state) + "\"><td>" +
            escaped_or_dash(sop.number) + "</td><td>" +
            link("sop/" + url_part(sop.id) + ".html", escaped_or_dash(sop.name)) +
            "</td><td class=\"number\">" + std::to_string(sop.version) + "</td><td>" +
            escaped(state_word(sop.state)) + "</td><td>" + mark_html(context, sop) + "</td><td>" +
            document_links(sop) + "</td></tr>\n";
  }
  std::string out = "<section id=\"archived\">\n<h2>SOP yang digantikan dan dicabut</h2>\n";
  if (rows.empty()) {
    return out + "<p class=\"empty\">Tidak ada SOP yang digantikan atau dicabut.</p>\n</section>\n";
  }
  out += "<div class=\"table-wrap\"><table id=\"archive\" class=\"list\">\n<thead><tr>"
         "<th>Nomor SOP</th><th>Nama SOP</th><th>Versi</th><th>Status</th><th>Keterangan</th>"
         "<th>Dokumen</th></tr></thead>\n<tbody>\n" +
         rows + "</tbody></table></div>\n</section>\n";
  return out;
}

std::string problems_section(const Context& context)
{
  if (context.input.problems.empty()) {
    return {};
  }
  std::string out = "<section id=\"problems\" class=\"problems\">\n<h2>Berkas yang tidak dapat "
                    "dibaca</h2>\n<ul>\n";
  for (const auto& problem : context.input.problems) {
    out += "<li>" + escaped_lines(problem) + "</li>\n";
  }
  return out + "</ul>\n</section>\n";
}

} // namespace

std::string register_page(const Context& context)
{
  std::string body = "<h1>Daftar SOP</h1>\n<p class=\"lead\">Standar Operasional Prosedur yang "
                     "berlaku";
  if (!context.input.office.empty()) {
    body += " di " + escaped(context.input.office);
  }
  body += ".</p>\n";
  body += in_force_table(context);
  if (!context.options.public_only) {
    body += archive_section(context);
    body += problems_section(context);
  }
  return framed_page(
    context.input, context.options, {"Daftar SOP", "", Section::sops, false}, body);
}

} // namespace sopctl::site
