#include <algorithm>
#include <fmt/format.h>
#include <future>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/catalogue.hpp>
#include <ops/drafts.hpp>
#include <ops/letter_list.hpp>
#include <ops/loaded_sop.hpp>
#include <ops/logo.hpp>
#include <ops/record_change.hpp>
#include <ops/render.hpp>
#include <ops/sop_target.hpp>
#include <process/chromium.hpp>
#include <process/libreoffice.hpp>
#include <process/process.hpp>
#include <render/approval.hpp>
#include <render/data_uri.hpp>
#include <render/kop.hpp>
#include <render/letters.hpp>
#include <render/sop_document.hpp>
#include <render/sop_odt.hpp>
#include <render/templates.hpp>
#include <store/files.hpp>
#include <store/procedure.hpp>
#include <store/templates.hpp>
#include <yaml/sop_reader.hpp>

namespace sopctl::ops {

namespace fs = std::filesystem;

namespace {

using SopToRender = LoadedSop;

// The draft's id, for commands a message suggests.
std::string request_id(const SopToRender& loaded)
{
  return loaded.id();
}

bool looks_like_path(const std::string& text)
{
  return text.find('/') != std::string::npos || text.ends_with(".yaml") || text.ends_with(".yml");
}

// The SOP `query` names: a file (relative to where sopctl was started), or
// a draft id or prefix in sops/.
SopToRender load(const store::Repository& repository, const std::string& query)
{
  auto path = (repository.cwd / query).lexically_normal();
  std::optional<store::Procedure> procedure;
  if (!fs::is_regular_file(path)) {
    if (looks_like_path(query)) {
      throw model::Error(trf("{}: no such SOP file", repository.display(path)));
    }
    procedure = store::load_procedure(repository);
    path = repository.draft_path(select_draft(repository, *procedure, query));
  }
  return load_sop_file(repository, path, std::move(procedure));
}

// The logo `sopctl.yaml` names, checked; nullopt when it names none.
std::optional<Logo> logo_image(const store::Repository& repository)
{
  return read_logo(repository);
}

// The logo as a data: URI; empty when sopctl.yaml names none.
std::string logo_uri(const store::Repository& repository)
{
  auto logo = logo_image(repository);
  return logo ? render::data_uri(logo->media_type, logo->bytes) : "";
}

// Where template `name` comes from, for an error about what it made: the
// repository's own copy, else sopctl's built-in one.
std::string template_origin(const store::Repository& repository, std::string_view name)
{
  auto own = repository.root / "templates" / std::string(name);
  std::error_code error;
  return std::filesystem::exists(own, error) ? repository.display(own)
                                             : trf("sopctl's built-in {}", name);
}

bool is_word(DocumentFormat format)
{
  return format == DocumentFormat::docx || format == DocumentFormat::odt;
}

process::WordFormat word_format(DocumentFormat format)
{
  return format == DocumentFormat::docx ? process::WordFormat::docx : process::WordFormat::odt;
}

// The programs a docx or odt is made with.
struct WordTools
{
  std::filesystem::path soffice;
  std::filesystem::path chromium; // for the SOP document's flowchart
};

// Chromium's pictures of `pages`, a few at a time: each run waits mostly
// on Chromium starting, so two cores take three at once in little more
// than the time of one.
std::vector<std::string> take_pictures(const fs::path& chromium,
                                       const std::vector<render::ChartPicturePage>& pages,
                                       const RenderRequest& request)
{
  constexpr size_t at_once = 3;
  std::vector<std::string> pictures;
  for (size_t first = 0; first < pages.size(); first += at_once) {
    std::vector<std::future<std::string>> running;
    for (size_t i = first; i < std::min(pages.size(), first + at_once); ++i) {
      running.push_back(std::async(std::launch::async, [&, i] {
        const auto& page = pages[i];
        return process::picture_png(
          chromium,
          page.html,
          process::PictureSize{page.width, page.height, render::picture_scale},
          request.temp_dir);
      }));
    }
    // get() rethrows a failed picture's model::Error; the others are
    // still waited for, by their futures' destructors.
    for (auto& picture : running) {
      pictures.push_back(picture.get());
    }
  }
  return pictures;
}

// Marks an SOP of sops/ that is no longer in force, as the office's
// register says (it is in another file what superseded it): DIGANTIKAN by
// the signed revision, DICABUT by its decree.
void mark_standing_in_sops(const store::Repository& repository,
                           const SopToRender& loaded,
                           render::Approval& approval)
{
  auto path = (repository.cwd / loaded.display).lexically_normal();
  std::error_code error;
  if (!fs::equivalent(path.parent_path(), repository.sops_dir(), error)) {
    return; // a file elsewhere is printed as written
  }
  auto procedure = loaded.procedure ? *loaded.procedure : store::load_procedure(repository);
  mark_standing(load_catalogue(repository, procedure), path.stem().string(), approval);
}

std::string render_text(const store::Repository& repository,
                        const SopToRender& loaded,
                        const RenderRequest& request,
                        const std::optional<WordTools>& word)
{
  auto approval = document_approval(repository, loaded);
  mark_standing_in_sops(repository, loaded, approval);
  auto sop = loaded.sop;
  sop.number = render::sop_number(sop);
  if (request.format == DocumentFormat::markdown) {
    auto text = store::load_template(repository.root, render::sop_markdown_template);
    return render::sop_markdown(sop, approval, text);
  }
  auto text = store::load_template(repository.root, render::sop_html_template);
  auto html = render::sop_html(sop, approval, logo_uri(repository), text);
  if (!word) {
    return html;
  }
  // The flowchart goes into the document as pictures of the SVG the HTML
  // shows, taken by the browser that prints the PDF.
  auto pictures = take_pictures(word->chromium, render::chart_picture_pages(sop, html), request);
  auto logo = logo_image(repository);
  auto fodt = render::sop_fodt(sop,
                               approval,
                               logo ? logo->bytes : "",
                               pictures,
                               store::load_template(repository.root, render::sop_fodt_template));
  return process::convert_with_libreoffice(word->soffice,
                                           fodt,
                                           process::WordSource::flat_odt,
                                           word_format(request.format),
                                           request.temp_dir,
                                           template_origin(repository, render::sop_fodt_template));
}

// The letters of the draft's procedure, or of templates/outputs.yaml.
DeclaredLetters letters_of(const store::Repository& repository, const SopToRender& loaded)
{
  return declared_letters(repository, loaded.procedure->source, loaded.rules.letters);
}

// `--list-outputs`: each letter, its step, and whether it can be made now.
std::string list_letters(const store::Repository& repository, const SopToRender& loaded)
{
  std::string out;
  auto letters = letters_of(repository, loaded).letters;
  if (letters.empty()) {
    return trf("{}: the procedure {} declares no letters (letters: in its file)",
               loaded.display,
               loaded.procedure->source) +
           '\n';
  }
  for (const auto& declared : letters) {
    // What render would refuse, said here too.
    auto resolved = resolve_letter(repository, declared);
    const auto& letter = resolved.letter;
    if (!resolved.problem.empty()) {
      out += trf("{}  step {}  {}  cannot be written: {}",
                 letter.name,
                 letter.step,
                 letter.title,
                 resolved.problem) +
             '\n';
      continue;
    }
    auto missing = render::missing_for_letter(letter,
                                              loaded.procedure->sop,
                                              loaded.sop,
                                              *loaded.state,
                                              request_id(loaded),
                                              repository.config.document_settings(loaded.rules));
    out += missing.empty() ? trf("{}  step {}  {}  ready", letter.name, letter.step, letter.title)
                           : trf("{}  step {}  {}  needs {} more",
                                 letter.name,
                                 letter.step,
                                 letter.title,
                                 missing.size());
    out += '\n';
  }
  return out;
}

// The letter's HTML; `origin` is set to where its template comes from.
std::string render_letter(const store::Repository& repository,
                          const SopToRender& loaded,
                          const RenderRequest& request,
                          std::string& origin)
{
  if (request.format == DocumentFormat::markdown) {
    throw model::UsageError(
      tr("letters are written as html, pdf, docx or odt; leave out --format md"));
  }
  auto declared = letters_of(repository, loaded);
  const auto& letters = declared.letters;
  auto found = std::find_if(letters.begin(), letters.end(), [&](const auto& letter) {
    return letter.name == request.letter;
  });
  if (found == letters.end()) {
    std::string names;
    for (const auto& letter : letters) {
      names += (names.empty() ? "" : ", ") + letter.name;
    }
    if (letters.empty()) {
      throw model::UsageError(
        trf("--output \"{}\": the procedure {} declares no letters; declare them under "
            "\"letters:\" in its file (see README, \"A procedure's letters, numbers and signing\")",
            request.letter,
            loaded.procedure->source));
    }
    throw model::UsageError(
      trf("--output \"{}\": no such letter; the letters are: {}", request.letter, names));
  }
  // A letter no template can write is refused before what it lacks.
  auto resolved = resolve_letter(repository, *found);
  if (!resolved.problem.empty()) {
    throw model::Error(fmt::format("{}: {}", declared.source, resolved.problem));
  }
  const auto& letter = resolved.letter;
  auto missing = render::missing_for_letter(letter,
                                            loaded.procedure->sop,
                                            loaded.sop,
                                            *loaded.state,
                                            request_id(loaded),
                                            repository.config.document_settings(loaded.rules));
  if (!missing.empty()) {
    std::string lines;
    for (const auto& line : missing) {
      lines += "\n  " + line;
    }
    throw model::Error(
      trf("{}: cannot write {} yet; it needs:{}", loaded.display, letter.name, lines));
  }

  origin = template_origin(repository, letter.template_name);
  return render::letter_html(letter,
                             loaded.procedure->sop,
                             loaded.sop,
                             *loaded.state,
                             repository.config.document_settings(loaded.rules),
                             logo_uri(repository),
                             store::load_template(repository.root, letter.template_name),
                             store::load_template(repository.root, render::kop_html_template));
}

} // namespace

namespace {

// To -o's file, atomically, else to `out`.
void write_document(const store::Repository& repository,
                    const RenderRequest& request,
                    const std::string& document,
                    std::ostream& out)
{
  write_rendered(repository, request.output, document, out);
}

// LibreOffice and, for the SOP document, Chromium; refused, naming the
// package to install, when one is missing.
WordTools find_word_tools(const RenderRequest& request)
{
  auto name = request.format == DocumentFormat::docx ? "docx" : "odt";
  auto soffice = process::find_libreoffice(request.search_path);
  if (!soffice) {
    throw model::Error(trf(
      "cannot write {}: LibreOffice is not installed (no soffice or libreoffice on PATH); install "
      "Debian's {} package (apt-get install {}), or render --format html or pdf",
      name,
      process::libreoffice_package,
      process::libreoffice_package));
  }
  WordTools tools{*soffice, {}};
  if (request.letter.empty()) {
    auto chromium = process::find_program("chromium", request.search_path);
    if (!chromium) {
      throw model::Error(
        trf("cannot write {}: the flowchart is pictured by Chromium, which is not installed (no "
            "chromium on PATH); install Debian's chromium package (apt-get install chromium)",
            name));
    }
    tools.chromium = *chromium;
  }
  return tools;
}

} // namespace

void write_rendered(const store::Repository& repository,
                    const std::optional<std::filesystem::path>& output,
                    const std::string& document,
                    std::ostream& out)
{
  if (output) {
    write_change(repository, repository.cwd / *output, document);
    if (repository.dry_run) {
      *repository.dry_run << tr("dry run: nothing was written") << '\n';
    }
  } else {
    out << document;
  }
}

std::filesystem::path chromium_for_pdf(const std::string& search_path)
{
  auto chromium = process::find_program("chromium", search_path);
  if (!chromium) {
    throw model::Error(tr("cannot print to PDF: Chromium is not installed (no chromium on PATH); "
                          "install Debian's chromium package (apt-get install chromium), or "
                          "render --format html and print that from a browser"));
  }
  return *chromium;
}

void render_sop(const store::Repository& repository,
                const RenderRequest& request,
                std::ostream& out)
{
  std::optional<fs::path> chromium;
  std::optional<WordTools> word;
  // Refuse before any work when the file cannot be made.
  if (request.format == DocumentFormat::pdf) {
    chromium = chromium_for_pdf(request.search_path);
  } else if (is_word(request.format) && !request.list_outputs) {
    word = find_word_tools(request);
  }
  auto loaded = load(repository, request.sop);
  if (request.list_outputs || !request.letter.empty()) {
    if (!loaded.state) {
      throw model::Error(trf("{}: letters are made from a draft's history; this SOP "
                             "file is not a draft",
                             request.sop));
    }
    if (request.list_outputs) {
      out << list_letters(repository, loaded);
      return;
    }
  }
  if (!request.letter.empty()) {
    std::string origin;
    auto document = render_letter(repository, loaded, request, origin);
    if (chromium) {
      document = process::print_to_pdf(*chromium, document, request.temp_dir);
    } else if (word) {
      document = process::convert_with_libreoffice(word->soffice,
                                                   document,
                                                   process::WordSource::html,
                                                   word_format(request.format),
                                                   request.temp_dir,
                                                   origin);
    }
    write_document(repository, request, document, out);
    return;
  }
  auto document = render_text(repository, loaded, request, word);
  if (chromium) {
    document = process::print_to_pdf(*chromium, document, request.temp_dir);
  }
  write_document(repository, request, document, out);
}

} // namespace sopctl::ops
