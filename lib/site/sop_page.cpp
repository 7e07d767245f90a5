#include <site/forms.hpp>
#include <site/html.hpp>
#include <site/layout.hpp>
#include <site/sop_page.hpp>
#include <site/words.hpp>

namespace sopctl::site {

namespace {

std::string row(const char* label, const std::string& html)
{
  return std::string("<tr><th scope=\"row\">") + label + "</th><td>" + html + "</td></tr>\n";
}

// A link to another version's page when the site has it, else its id.
std::string version_link(const Context& context, const std::string& id)
{
  const SopRow* other = context.sop(id);
  std::string text =
    other ? (other->name.empty() ? id : other->name) + ", versi " + std::to_string(other->version)
          : id;
  if (!context.has_sop_page(id)) {
    return escaped(text);
  }
  return link(url_part(id) + ".html", escaped(text));
}

std::string list_html(const std::vector<std::string>& items)
{
  if (items.empty()) {
    return "-";
  }
  std::string out = "<ol class=\"plain\">";
  for (const auto& item : items) {
    out += "<li>" + escaped_lines(item) + "</li>";
  }
  return out + "</ol>";
}

std::string state_html(const Context& context, const SopRow& sop)
{
  std::string out = "<span class=\"state " + escaped(sop.state) + "\">" +
                    escaped(state_word(sop.state)) + "</span>";
  if (sop.state == "digantikan" && !sop.replaced_by.empty()) {
    out += " oleh " + version_link(context, sop.replaced_by);
  }
  if (sop.state == "dicabut") {
    if (!sop.revoked_on.empty()) {
      out += " pada " + escaped(sop.revoked_on);
    }
    if (!sop.revoke_reason.empty()) {
      out += "<br>Alasan: " + escaped_lines(sop.revoke_reason);
    }
    if (!sop.revoke_ref.empty()) {
      out += "<br>Dasar pencabutan: " + escaped(sop.revoke_ref);
    }
  }
  return out;
}

std::string documents_html(const SopRow& sop)
{
  std::string out = "<ul class=\"documents\"><li>" +
                    link("../dokumen/" + url_part(sop.id) + ".html", "Dokumen SOP (HTML)") +
                    "</li>";
  if (sop.has_pdf) {
    out += "<li>" + link("../dokumen/" + url_part(sop.id) + ".pdf", "Dokumen SOP (PDF)") + "</li>";
  }
  return out + "</ul>\n";
}

// The next monitoring or evaluation; when it is late or due soon, how far
// from due, the row marked when late.
std::string next_assessment_row(const Context& context,
                                const SopRow& sop,
                                const char* label,
                                const char* kind,
                                const std::string& next)
{
  for (const auto& assessment : context.input.assessments) {
    if (assessment.sop == sop.id && assessment.kind == kind) {
      return std::string("<tr") + (assessment.late ? " class=\"late\"" : "") +
             "><th scope=\"row\">" + label + "</th><td>" +
             escaped_or_dash(assessment.due.empty() ? next : assessment.due) + ", " +
             assessment_when_html(assessment) + "</td></tr>\n";
    }
  }
  return row(label, escaped_or_dash(next));
}

} // namespace

std::string sop_page(const Context& context, const SopRow& sop)
{
  std::string body = "<h1>" + escaped_or_dash(sop.name) + "</h1>\n";
  body += "<div class=\"table-wrap\"><table class=\"identity\" id=\"identity\">\n";
  body += row("Nomor SOP", escaped_or_dash(sop.number));
  body += row("Nama SOP", escaped_or_dash(sop.name));
  body += row("Versi", std::to_string(sop.version));
  body += row("Status", state_html(context, sop));
  body += row("Unit", escaped_or_dash(sop.unit));
  body += row("Tgl Pengesahan", sop_date_html(sop.approved));
  body += row("Tgl Efektif", sop_date_html(sop.effective));
  body += row("Tgl Revisi", sop_date_html(sop.revised));
  body += row("Disahkan oleh", escaped_or_dash(sop.signer));
  if (!sop.revises.empty()) {
    body += row("Revisi dari", version_link(context, sop.revises));
  }
  body += row("Dasar Hukum", list_html(sop.legal_bases));
  body += row("Pelaksana", list_html(sop.performers));
  if (!context.options.public_only) {
    body +=
      next_assessment_row(context, sop, "Pemantauan berikutnya", "pemantauan", sop.next_monitoring);
    body +=
      next_assessment_row(context, sop, "Evaluasi berikutnya", "evaluasi", sop.next_evaluation);
  }
  body += "</table></div>\n<h2>Dokumen</h2>\n" + documents_html(sop);
  if (context.act() && sop.state == "berlaku") {
    body += monitor_form(sop);
  }
  return framed_page(context.input,
                     context.options,
                     {sop.name.empty() ? sop.id : sop.name, "../", Section::sops},
                     body);
}

} // namespace sopctl::site
