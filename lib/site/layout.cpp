#include <site/html.hpp>
#include <site/layout.hpp>

namespace sopctl::site {

namespace {

struct NavEntry
{
  Section section;
  const char* path;
  const char* label;
  bool in_public;
};

constexpr NavEntry nav_entries[] = {
  {Section::sops, "index.html", "Daftar SOP", true},
  {Section::drafts, "konsep.html", "Konsep", false},
  {Section::desks, "meja.html", "Meja", false},
  {Section::assessments, "pemantauan.html", "Pemantauan", false},
  {Section::search, "cari.html", "Cari", true},
};

std::string navigation(const SiteOptions& options, const Frame& frame)
{
  std::string out = "<nav class=\"site\" aria-label=\"Navigasi\"><ul>\n";
  for (const auto& entry : nav_entries) {
    if (options.public_only && !entry.in_public) {
      continue;
    }
    out += "<li>";
    out += "<a href=\"" + escaped(frame.root + entry.path) + "\"";
    if (entry.section == frame.section) {
      out += " aria-current=\"page\"";
    }
    out += ">";
    out += entry.label;
    out += "</a></li>\n";
  }
  out += "</ul></nav>\n";
  return out;
}

std::string search_box(const Frame& frame)
{
  return "<form class=\"search\" role=\"search\" method=\"get\" action=\"" +
         escaped(frame.root + "cari.html") +
         "\">"
         "<label for=\"header-search\">Cari SOP</label> "
         "<input type=\"search\" id=\"header-search\" name=\"q\" "
         "placeholder=\"Nama, nomor, pelaksana...\"> "
         "<button type=\"submit\">Cari</button></form>\n";
}

} // namespace

std::string framed_page(const SiteInput& input,
                        const SiteOptions& options,
                        const Frame& frame,
                        std::string_view body)
{
  std::string office = input.office.empty() ? std::string("SOP") : input.office;
  std::string out;
  out.reserve(body.size() + 2048);
  out += "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"sopctl\">\n";
  out += "<title>" + escaped(frame.title) + " - " + escaped(office) + "</title>\n";
  out += "<link rel=\"stylesheet\" href=\"" + escaped(frame.root + "assets/site.css") + "\">\n";
  out += "</head>\n<body>\n<header class=\"site\">\n";
  out += "<p class=\"office\">" + link(frame.root + "index.html", escaped(office)) + "</p>\n";
  out += navigation(options, frame);
  out += search_box(frame);
  out += "</header>\n<main>\n";
  out += body;
  out += "</main>\n<footer class=\"site\">Dibuat oleh sopctl, " + escaped(input.generated_at) +
         "</footer>\n";
  if (frame.search_script) {
    out += "<script src=\"" + escaped(frame.root + "assets/search-index.js") + "\"></script>\n";
    out += "<script src=\"" + escaped(frame.root + "assets/site.js") + "\"></script>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

} // namespace sopctl::site
