#include <algorithm>
#include <site/desk_pages.hpp>
#include <site/draft_table.hpp>
#include <site/html.hpp>
#include <site/layout.hpp>

namespace sopctl::site {

namespace {

// A role key in the words the drafts print it with ("kabid" -> "Kabid
// PIAK"), or the key when no draft names it.
std::string role_label(const SiteInput& input, const std::string& role)
{
  for (const auto& draft : input.drafts) {
    for (size_t i = 0; i < draft.performer_roles.size() && i < draft.performer_labels.size(); ++i) {
      if (draft.performer_roles[i] == role) {
        return draft.performer_labels[i];
      }
    }
  }
  return role;
}

std::string roles_html(const SiteInput& input, const Desk& desk)
{
  std::vector<std::string> labels;
  for (const auto& role : desk.roles) {
    labels.push_back(role_label(input, role));
  }
  return labels.empty() ? std::string("-") : escaped_list(labels);
}

} // namespace

std::vector<const DraftRow*> waiting_for(const SiteInput& input, const Desk& desk)
{
  std::vector<const DraftRow*> waiting;
  for (const auto& draft : input.drafts) {
    if (draft.finished) {
      continue;
    }
    bool mine = std::any_of(
      draft.performer_roles.begin(), draft.performer_roles.end(), [&](const std::string& role) {
        return std::find(desk.roles.begin(), desk.roles.end(), role) != desk.roles.end();
      });
    if (mine) {
      waiting.push_back(&draft);
    }
  }
  return waiting;
}

std::string desks_page(const Context& context)
{
  std::string body = "<h1>Meja</h1>\n<p class=\"lead\">Langkah yang menunggu setiap orang. Pilih "
                     "nama Anda untuk melihat meja Anda.</p>\n";
  if (context.input.desks.empty()) {
    body += "<p class=\"empty\">Belum ada meja.</p>\n";
  } else {
    body += "<div class=\"table-wrap\"><table id=\"desks\" class=\"list\">\n<thead><tr>"
            "<th>Nama</th><th>Peran</th><th>Menunggu</th><th>Terlambat</th></tr></thead>\n"
            "<tbody>\n";
    for (const auto& desk : context.input.desks) {
      auto waiting = waiting_for(context.input, desk);
      auto late = std::count_if(
        waiting.begin(), waiting.end(), [](const DraftRow* draft) { return draft->late; });
      body += "<tr data-desk=\"" + escaped(desk.key) + "\"" + (late > 0 ? " class=\"late\"" : "") +
              "><td>" + link("meja/" + url_part(desk.key) + ".html", escaped_or_dash(desk.name)) +
              "</td><td>" + roles_html(context.input, desk) + "</td><td class=\"number\">" +
              std::to_string(waiting.size()) + "</td><td class=\"number\">" +
              (late > 0 ? "<span class=\"late-word\">Terlambat</span> " + std::to_string(late)
                        : std::string("0")) +
              "</td></tr>\n";
    }
    body += "</tbody></table></div>\n";
  }
  return framed_page(context.input, context.options, {"Meja", "", Section::desks}, body);
}

std::string desk_page(const Context& context, const Desk& desk)
{
  auto waiting = waiting_for(context.input, desk);
  std::string body = "<p class=\"kind\">Meja saya</p>\n<h1>" + escaped_or_dash(desk.name) +
                     "</h1>\n<p class=\"lead\">Peran: " + roles_html(context.input, desk) + ". " +
                     std::to_string(waiting.size()) +
                     " langkah menunggu; yang terlambat di atas.</p>\n";
  body += draft_table(waiting, "waiting", "../", "Tidak ada langkah yang menunggu.");
  return framed_page(
    context.input, context.options, {"Meja saya: " + desk.name, "../", Section::desks}, body);
}

} // namespace sopctl::site
