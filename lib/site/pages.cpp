#include <site/assessments_page.hpp>
#include <site/context.hpp>
#include <site/dashboard_page.hpp>
#include <site/desk_pages.hpp>
#include <site/draft_page.hpp>
#include <site/html.hpp>
#include <site/layout.hpp>
#include <site/pages.hpp>
#include <site/register_page.hpp>
#include <site/search.hpp>
#include <site/sop_page.hpp>
#include <site/stylesheet.hpp>

namespace sopctl::site {

namespace {

// A site-relative path with each segment's bytes kept as they are but for
// those a URL cannot hold as written.
std::string url_part_path(std::string_view path)
{
  std::string out;
  size_t start = 0;
  while (true) {
    auto slash = path.find('/', start);
    out += url_part(
      path.substr(start, slash == std::string_view::npos ? path.size() - start : slash - start));
    if (slash == std::string_view::npos) {
      return out;
    }
    out += '/';
    start = slash + 1;
  }
}

void check_keys(const SiteInput& input)
{
  for (const auto& sop : input.sops) {
    check_file_key(sop.id);
  }
  for (const auto& draft : input.drafts) {
    check_file_key(draft.id);
  }
  for (const auto& desk : input.desks) {
    check_file_key(desk.key);
  }
}

} // namespace

std::vector<Page> build_pages(const SiteInput& input, const SiteOptions& options)
{
  check_keys(input);
  Context context(input, options);
  std::vector<Page> pages;
  pages.push_back({"assets/site.css", site_css(), "text/css; charset=utf-8"});
  pages.push_back({"assets/site.js", search_script_js(), "text/javascript; charset=utf-8"});
  pages.push_back(
    {"assets/search-index.js", search_index_js(context), "text/javascript; charset=utf-8"});
  pages.push_back({"index.html", register_page(context), html_type});
  pages.push_back({"cari.html", search_page(context), html_type});
  for (const auto& sop : input.sops) {
    if (context.has_sop_page(sop.id)) {
      pages.push_back({"sop/" + sop.id + ".html", sop_page(context, sop), html_type});
    }
  }
  if (options.public_only) {
    return pages;
  }
  pages.push_back({"konsep.html", dashboard_page(context), html_type});
  for (const auto& draft : input.drafts) {
    pages.push_back({"konsep/" + draft.id + ".html", draft_page(context, draft), html_type});
  }
  pages.push_back({"meja.html", desks_page(context), html_type});
  for (const auto& desk : input.desks) {
    pages.push_back({"meja/" + desk.key + ".html", desk_page(context, desk), html_type});
  }
  pages.push_back({"pemantauan.html", assessments_page(context), html_type});
  return pages;
}

std::string notice_page(const SiteInput& input,
                        const SiteOptions& options,
                        std::string_view title,
                        std::string_view message,
                        std::string_view back)
{
  // Root-absolute links: the server draws a notice at any path (/aksi/maju,
  // an unknown page); a leading '/' of `back` is dropped so "//host" cannot
  // come of it.
  while (!back.empty() && back.front() == '/') {
    back.remove_prefix(1);
  }
  std::string body = "<h1>" + escaped(title) + "</h1>\n<p class=\"notice\" id=\"notice\">" +
                     escaped_lines(message) + "</p>\n<p>" +
                     link("/" + url_part_path(back), "Kembali") + "</p>\n";
  return framed_page(input, options, {std::string(title), "/", Section::none}, body);
}

} // namespace sopctl::site
