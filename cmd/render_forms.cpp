#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/monev_tables.hpp>
#include <render_forms.hpp>

namespace sopctl::cmd {

namespace {

// --format as given; without it, what -o's extension says, else html.
ops::MonevFormat form_format(const FormArguments& given)
{
  auto chosen = given.format;
  if (chosen.empty()) {
    auto extension = std::filesystem::path(given.file).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) {
      return static_cast<char>(std::tolower(c));
    });
    chosen = extension == ".pdf" ? "pdf" : extension == ".xlsx" ? "xlsx" : "html";
  }
  if (chosen == "html") {
    return ops::MonevFormat::html;
  }
  if (chosen == "pdf") {
    return ops::MonevFormat::pdf;
  }
  if (chosen == "xlsx") {
    return ops::MonevFormat::xlsx;
  }
  throw model::UsageError(
    trf("--format \"{}\": render {} prints html, pdf or xlsx", chosen, given.form));
}

} // namespace

bool is_monev_form(const std::string& argument)
{
  return argument == "monitoring" || argument == "evaluation";
}

int render_monev(const Context& context, const FormArguments& given)
{
  if (given.letter_options) {
    throw model::UsageError(
      trf("--output and --list-outputs are for an SOP's letters, not for render {}", given.form));
  }
  if (given.period.empty()) {
    throw model::UsageError(given.form == "monitoring"
                              ? tr("render monitoring needs --period, the half year: 2026-H1 "
                                   "(January to June) or 2026-H2 (July to December)")
                              : tr("render evaluation needs --period, the year: 2026"));
  }
  ops::MonevRequest request;
  request.form =
    given.form == "monitoring" ? ops::MonevForm::monitoring : ops::MonevForm::evaluation;
  // A period or format the form does not take is refused before the
  // repository is looked for.
  ops::monev_period(request.form, given.period);
  request.period = given.period;
  request.format = form_format(given);
  if (!given.file.empty()) {
    request.output = given.file;
  }
  auto repository = open_repository(context);
  if (given.dry_run) {
    repository.dry_run = &context.out;
  }
  // The word always names the form; a draft of that id is rendered by its path.
  auto same_name = repository.draft_path(given.form);
  std::error_code error;
  if (std::filesystem::exists(same_name, error)) {
    context.err << trf("note: {0} is not read as an SOP: render {1} prints a form of every "
                       "SOP in force; to render that draft, give its path: sopctl render {0}",
                       repository.display(same_name),
                       given.form)
                << '\n';
  }
  const char* path = std::getenv("PATH");
  request.search_path = path ? path : "";
  request.temp_dir = std::filesystem::temp_directory_path();
  request.now = now(repository);
  ops::render_monev_form(repository, request, context.out);
  return 0;
}

} // namespace sopctl::cmd
