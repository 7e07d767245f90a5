#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/book.hpp>
#include <ops/logo.hpp>
#include <process/chromium.hpp>
#include <render/data_uri.hpp>
#include <render/dates.hpp>
#include <render/letters.hpp>
#include <render/pdf_pages.hpp>
#include <store/templates.hpp>

namespace sopctl::ops {

namespace {

// Where each SOP of the book starts in `pdf`, by the destinations its
// anchors name.
std::vector<int> located_starts(const std::string& pdf, size_t sop_count)
{
  auto pages = render::read_pdf_pages(pdf);
  std::vector<int> starts;
  for (size_t i = 0; i < sop_count; ++i) {
    auto anchor = render::book_anchor(i);
    if (!pages || !pages->destinations.count(anchor)) {
      throw model::Error(
        trf("the PDF Chromium printed does not say on which page SOP {} of the book starts (no "
            "destination \"{}\"), so the table of contents cannot be numbered; keep each "
            "SOP's id and the link to it in your copy of {}",
            i + 1,
            anchor,
            render::book_html_template));
    }
    starts.push_back(pages->destinations.at(anchor));
  }
  return starts;
}

} // namespace

PrintedBook print_book(const render::BookCover& cover,
                       const std::vector<render::BookSop>& sops,
                       std::string_view template_text,
                       const std::function<std::string(const std::string& html)>& print)
{
  PrintedBook book;
  book.start_pages = render::estimated_start_pages(sops);
  book.pdf = print(render::book_html(cover, sops, book.start_pages, template_text));
  book.prints = 1;
  auto found = located_starts(book.pdf, sops.size());
  if (found == book.start_pages) {
    return book;
  }
  // The table of contents keeps its pages whatever numbers it holds (the
  // page column is as wide for any), so the pages found stay where they are.
  book.start_pages = found;
  book.pdf = print(render::book_html(cover, sops, book.start_pages, template_text));
  book.prints = 2;
  found = located_starts(book.pdf, sops.size());
  for (size_t i = 0; i < found.size(); ++i) {
    if (found[i] != book.start_pages[i]) {
      throw model::Error(trf("SOP {} of the book started on page {}, then on page {} when the "
                             "book was printed again; the table of contents cannot be numbered",
                             i + 1,
                             book.start_pages[i],
                             found[i]));
    }
  }
  return book;
}

std::vector<render::BookSop> book_sops(const store::Repository& repository,
                                       const Catalogue& catalogue,
                                       const store::Procedure& procedure,
                                       const std::string& logo)
{
  std::vector<render::BookSop> sops;
  for (size_t i = 0; i < catalogue.entries.size(); ++i) {
    const auto& entry = catalogue.entries[i];
    if (entry.state != lifecycle::State::berlaku) {
      continue;
    }
    auto loaded = loaded_from(repository, catalogue.files[i], procedure);
    render::BookSop sop;
    auto number = render::sop_number(loaded.sop);
    sop.number = number.empty() ? "-" : number;
    sop.name = loaded.sop.name.empty() ? "-" : loaded.sop.name;
    sop.version = std::to_string(entry.version);
    sop.document = sop_document_html(repository, loaded, logo);
    auto printed = loaded.sop;
    printed.number = render::sop_number(printed);
    sop.sheets = render::sop_sheets(printed, document_approval(repository, loaded), !logo.empty());
    sops.push_back(std::move(sop));
  }
  return sops;
}

void render_book(const store::Repository& repository,
                 const Catalogue& catalogue,
                 const store::Procedure& procedure,
                 const CollectionRequest& request,
                 std::ostream& out)
{
  std::optional<std::filesystem::path> chromium;
  if (request.format == DocumentFormat::pdf) {
    if (!request.output) {
      throw model::UsageError(
        tr("render book --format pdf writes a file: give -o FILE (without it, --format html "
           "prints the book's page to standard output)"));
    }
    chromium = chromium_for_pdf(request.search_path);
  }
  auto logo = read_logo(repository);
  auto logo_uri = logo ? render::data_uri(logo->media_type, logo->bytes) : "";
  auto book = book_sops(repository, catalogue, procedure, logo_uri);
  if (book.empty()) {
    throw model::Error(
      trf("{}: no SOP is in force, so there is no book to print: an SOP is in force once "
          "signed (an SOP file with dates.approved written, or a draft whose signing step is "
          "done) and until it is superseded or revoked; sopctl status lists the drafts",
          repository.display(repository.sops_dir())));
  }
  render::BookCover cover{
    repository.config.office, render::local_date(request.now).substr(0, 4), logo_uri};
  auto template_text = store::load_template(repository.root, render::book_html_template);
  if (!chromium) {
    write_rendered(
      repository,
      request.output,
      render::book_html(cover, book, render::estimated_start_pages(book), template_text),
      out);
    return;
  }
  auto printed = print_book(cover, book, template_text, [&](const std::string& html) {
    return process::print_to_pdf(*chromium, html, request.temp_dir);
  });
  write_rendered(repository, request.output, printed.pdf, out);
}

} // namespace sopctl::ops
