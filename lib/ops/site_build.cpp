#include <history/sha256.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/loaded_sop.hpp>
#include <ops/logo.hpp>
#include <ops/render.hpp>
#include <ops/site.hpp>
#include <ops/site_directory.hpp>
#include <ops/site_pdfs.hpp>
#include <ops/site_sources.hpp>
#include <process/chromium.hpp>
#include <render/book.hpp>
#include <render/data_uri.hpp>

namespace sopctl::ops {

namespace {

std::string hash_of(const std::string& bytes)
{
  return history::to_hex(history::sha256(bytes));
}

// What the site's documents are made of, and what became of them.
struct Documents
{
  std::vector<render::BatchDocument> to_print;
  std::vector<std::string> print_paths; // dokumen/ID.pdf, one per to_print
  std::vector<std::string> print_hashes;
  int html = 0;
  int pdfs_kept = 0;
};

// The SOP document of `loaded` at dokumen/ID.html, and its PDF at
// dokumen/ID.pdf when `pdf`: kept from the previous site when printed from
// the same page, else queued for printing.
void add_document(const store::Repository& repository,
                  const SiteSources& sources,
                  const LoadedSop& loaded,
                  const std::string& id,
                  bool pdf,
                  const std::string& logo,
                  SiteDirectory& directory,
                  Documents& documents)
{
  auto html = sop_document_html(repository, loaded, logo, &sources.catalogue);
  directory.add("dokumen/" + id + ".html", html);
  ++documents.html;
  if (!pdf) {
    return;
  }
  auto path = "dokumen/" + id + ".pdf";
  auto hash = hash_of(html);
  if (auto kept = directory.previous(path, hash)) {
    directory.add(path, std::move(*kept), hash);
    ++documents.pdfs_kept;
    return;
  }
  documents.to_print.push_back({std::move(html), render::sop_sheets(loaded.sop).paper});
  documents.print_paths.push_back(path);
  documents.print_hashes.push_back(hash);
}

} // namespace

int build_site(const store::Repository& repository,
               const SiteBuildRequest& request,
               std::ostream& out,
               std::ostream& err)
{
  // The directory is refused before any work.
  SiteDirectory directory(repository, request.out);
  auto sources = gather_site_sources(repository, request.now, request.options);
  const auto& input = sources.input;
  auto problems = input.problems;
  auto pages = site::build_pages(input, request.options);
  for (auto& page : pages) {
    directory.add(page.path, std::move(page.content));
  }
  auto logo_image = read_logo(repository);
  auto logo = logo_image ? render::data_uri(logo_image->media_type, logo_image->bytes) : "";
  std::map<std::string, const CatalogueFile*> files;
  for (const auto& file : sources.catalogue.files) {
    files[file.id] = &file;
  }
  Documents documents;
  // A document that cannot be made is named, and the rest of the site made.
  auto make = [&](const std::string& id, bool pdf, const auto& load) {
    try {
      add_document(repository, sources, load(), id, pdf, logo, directory, documents);
    } catch (const model::Error& error) {
      problems.push_back(error.what());
    }
  };
  for (const auto& sop : input.sops) {
    make(sop.id, sop.has_pdf, [&] {
      return loaded_from(repository, *files.at(sop.id), sources.procedure);
    });
  }
  for (const auto& draft : input.drafts) {
    make(draft.id, false, [&] {
      auto found = files.find(draft.id);
      // A draft in progress was listed from its digest: read it now.
      return found != files.end()
               ? loaded_from(repository, *found->second, sources.procedure)
               : load_sop_file(repository, repository.draft_path(draft.id), sources.procedure);
    });
  }
  PdfTally tally;
  if (!documents.to_print.empty()) {
    auto chromium = chromium_for_pdf(request.search_path);
    auto pdfs = print_documents(
      documents.to_print,
      [&](const std::string& html) {
        return process::print_to_pdf(chromium, html, request.temp_dir);
      },
      tally);
    for (size_t i = 0; i < pdfs.size(); ++i) {
      directory.add(documents.print_paths[i], std::move(pdfs[i]), documents.print_hashes[i]);
    }
  }
  directory.publish();
  for (const auto& problem : problems) {
    err << problem << '\n';
  }
  // Counts follow their words ("pages: 1"), so no count needs a plural.
  out << trf("{}: the site is written: pages: {}, documents: {}, PDFs: {} (printed now: {}, "
             "Chromium runs: {}, kept from the previous build: {})",
             directory.display(),
             pages.size(),
             documents.html,
             documents.to_print.size() + documents.pdfs_kept,
             documents.to_print.size(),
             tally.prints,
             documents.pdfs_kept)
      << '\n';
  return problems.empty() ? 0 : 1;
}

} // namespace sopctl::ops
