#include <algorithm>
#include <fmt/format.h>
#include <model/errors.hpp>
#include <ops/render.hpp>
#include <serve/site_pages.hpp>
#include <sstream>

namespace sopctl::serve {

namespace {

// `path` as `prefix` ID `suffix`: the ID; nullopt when it is not shaped so.
std::optional<std::string> id_in(std::string_view path,
                                 std::string_view prefix,
                                 std::string_view suffix)
{
  if (!path.starts_with(prefix) || !path.ends_with(suffix) ||
      path.size() <= prefix.size() + suffix.size()) {
    return std::nullopt;
  }
  return std::string(path.substr(prefix.size(), path.size() - prefix.size() - suffix.size()));
}

const site::SopRow* find_sop(const site::SiteInput& input, const std::string& id)
{
  auto found = std::find_if(
    input.sops.begin(), input.sops.end(), [&](const site::SopRow& row) { return row.id == id; });
  return found == input.sops.end() ? nullptr : &*found;
}

bool has_draft(const site::SiteInput& input, const std::string& id)
{
  return std::any_of(input.drafts.begin(), input.drafts.end(), [&](const site::DraftRow& row) {
    return row.id == id;
  });
}

// The document of `id` (one the site shows, so a file of sops/) rendered as
// `sopctl render` does. The file is named by the repository's own path for
// the id, never by the request's text.
Answer rendered(const store::Repository& repository,
                const std::string& id,
                ops::DocumentFormat format,
                const PdfTools& tools)
{
  ops::RenderRequest request;
  request.sop = repository.draft_path(id).string();
  request.format = format;
  request.search_path = tools.search_path;
  request.temp_dir = tools.temp_dir;
  std::ostringstream document;
  Answer answer;
  try {
    ops::render_sop(repository, request, document);
  } catch (const model::Error& error) {
    answer.status = 500;
    answer.title = "Dokumen tidak dapat dibuat";
    answer.message = error.what();
    return answer;
  }
  answer.body = std::move(document).str();
  answer.content_type =
    format == ops::DocumentFormat::pdf ? "application/pdf" : "text/html; charset=utf-8";
  return answer;
}

} // namespace

Answer answer_get(const store::Repository& repository,
                  std::string_view path,
                  const site::SiteInput& input,
                  const std::vector<site::Page>& pages,
                  const PdfTools& tools)
{
  if (path.empty()) {
    path = "index.html";
  }
  for (const auto& page : pages) {
    if (page.path == path) {
      return {200, page.content_type, page.content, "", "", "", ""};
    }
  }
  if (auto id = id_in(path, "dokumen/", ".html");
      id && (find_sop(input, *id) || has_draft(input, *id))) {
    return rendered(repository, *id, ops::DocumentFormat::html, tools);
  }
  if (auto id = id_in(path, "dokumen/", ".pdf")) {
    const auto* sop = find_sop(input, *id);
    if (sop && sop->has_pdf) {
      return rendered(repository, *id, ops::DocumentFormat::pdf, tools);
    }
  }
  if (auto id = id_in(path, "konsep/", ".html"); id && find_sop(input, *id)) {
    // A draft's page once it is signed: the SOP in force it became.
    Answer moved;
    moved.status = 303;
    moved.location = "../sop/" + *id + ".html";
    return moved;
  }
  Answer missing;
  missing.status = 404;
  missing.title = "Halaman tidak ditemukan";
  missing.message = fmt::format("Situs ini tidak memiliki halaman /{}.", path);
  return missing;
}

} // namespace sopctl::serve
