#include <algorithm>
#include <cctype>
#include <command.hpp>
#include <cstdlib>
#include <defaults.hpp>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/book.hpp>
#include <ops/loaded_sop.hpp>
#include <ops/register_document.hpp>
#include <ops/render.hpp>
#include <render_forms.hpp>
#include <store/procedure.hpp>

namespace sopctl::cmd {

namespace {

// --format as given; without it, what -o's extension says, else html.
ops::DocumentFormat document_format(const std::string& format, const std::string& output)
{
  auto chosen = format;
  if (chosen.empty()) {
    // Case does not matter: an office's "SOP.DOCX" is a docx.
    auto extension = std::filesystem::path(output).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) {
      return static_cast<char>(std::tolower(c));
    });
    for (const auto* known : {"pdf", "md", "docx", "odt", "html"}) {
      if (extension == std::string(".") + known) {
        chosen = known;
      }
    }
    if (chosen.empty()) {
      chosen = "html";
    }
  }
  if (chosen == "html") {
    return ops::DocumentFormat::html;
  }
  if (chosen == "md") {
    return ops::DocumentFormat::markdown;
  }
  if (chosen == "pdf") {
    return ops::DocumentFormat::pdf;
  }
  if (chosen == "docx") {
    return ops::DocumentFormat::docx;
  }
  if (chosen == "odt") {
    return ops::DocumentFormat::odt;
  }
  throw model::UsageError(trf("--format \"{}\": use html, md, pdf, docx or odt", format));
}

// The documents of the whole repository `render` prints, by the word given
// instead of an SOP: `render book`, `render register`. These words always
// name the documents; a draft with such an id is rendered by its path.
bool names_collection(const std::string& word)
{
  return word == "book" || word == "register";
}

// `render book` or `render register`: html or pdf, no letters.
int render_collection(const std::string& word,
                      const std::string& format,
                      const std::string& file,
                      bool letters_asked,
                      bool dry_run,
                      const Context& context)
{
  auto repository = open_repository(context);
  if (dry_run) {
    repository.dry_run = &context.out;
  }
  if (letters_asked) {
    throw model::UsageError(
      trf("render {}: --output and --list-outputs are a draft's letters; leave them out", word));
  }
  ops::CollectionRequest request;
  request.format = document_format(format, file);
  if (request.format != ops::DocumentFormat::html && request.format != ops::DocumentFormat::pdf) {
    throw model::UsageError(trf("render {} writes html or pdf; use --format html or pdf", word));
  }
  const char* path = std::getenv("PATH");
  request.search_path = path ? path : "";
  request.temp_dir = std::filesystem::temp_directory_path();
  request.now = now(repository);
  if (!file.empty()) {
    request.output = file;
  }
  auto same_name = repository.draft_path(word);
  std::error_code error;
  if (std::filesystem::exists(same_name, error)) {
    context.err << trf("note: {0} is not printed: render {1} prints a document of the whole "
                       "repository; render that file by its path: sopctl render {0}",
                       repository.display(same_name),
                       word)
                << '\n';
  }
  auto procedure = store::load_procedure(repository);
  auto catalogue = ops::load_whole_catalogue(repository, procedure);
  if (word == "book") {
    ops::render_book(repository, catalogue, procedure, request, context.out);
  } else {
    ops::render_register(repository, catalogue, request, context.out);
  }
  return 0;
}

} // namespace

Definition define_render(Options& options)
{
  struct Given
  {
    std::string sop;
    std::string format; // html, md, pdf, docx or odt; empty: from -o's extension, else html
    std::string file;   // -o FILE
    std::string letter; // --output NAME
    bool list_outputs = false;
    bool dry_run = false;
    std::string period; // --period, for the monitoring and evaluation forms
  };
  auto given = std::make_shared<Given>();
  options
    .positional(
      "sop",
      given->sop,
      tr("Draft id or unique prefix, or an SOP file's path; or book (every SOP in force bound "
         "into one document) or register (the Daftar SOP)"),
      Need::required)
    .completes(Completes::documents)
    .choice("--format",
            given->format,
            {"html", "md", "pdf", "docx", "odt", "xlsx"},
            tr("html (default), md, pdf (needs chromium), docx or odt (need libreoffice and, "
               "for the SOP, chromium)"))
    .option(
      "-o", given->file, tr("Write to FILE (default: standard output)"), Need::optional, "FILE")
    .option("--output",
            given->letter,
            tr("Write the letter NAME of the draft instead"),
            Need::optional,
            "NAME")
    .flag("--list-outputs", given->list_outputs, tr("List the letters the draft makes"))
    .flag(
      "--dry-run", given->dry_run, tr("With -o, print which file it would write; change nothing"))
    .option("--period",
            given->period,
            tr("For render monitoring: the half year (2026-H1, 2026-H2); for render evaluation: "
               "the year (2026); these two forms print as html, pdf or xlsx"),
            Need::optional,
            "PERIOD");
  return {tr("Print an SOP document: identity, boxes, procedure table and flowchart"),
          [given](const Context& context) {
            if (is_monev_form(given->sop)) {
              return render_monev(context,
                                  FormArguments{given->sop,
                                                given->period,
                                                given->format,
                                                given->file,
                                                given->dry_run,
                                                !given->letter.empty() || given->list_outputs});
            }
            if (!given->period.empty()) {
              throw model::UsageError(
                tr("--period is only for render monitoring and render evaluation"));
            }
            if (names_collection(given->sop)) {
              return render_collection(given->sop,
                                       given->format,
                                       given->file,
                                       !given->letter.empty() || given->list_outputs,
                                       given->dry_run,
                                       context);
            }
            auto repository = open_repository(context);
            if (given->dry_run) {
              repository.dry_run = &context.out;
            }
            const char* path = std::getenv("PATH");
            ops::RenderRequest request;
            request.sop = given->sop;
            request.format = document_format(given->format, given->file);
            request.search_path = path ? path : "";
            request.temp_dir = std::filesystem::temp_directory_path();
            if (!given->file.empty()) {
              request.output = given->file;
            }
            request.letter = given->letter;
            request.list_outputs = given->list_outputs;
            ops::render_sop(repository, request, context.out);
            return 0;
          }};
}

} // namespace sopctl::cmd
