#include <cstdlib>
#include <defaults.hpp>
#include <fmt/format.h>
#include <model/errors.hpp>
#include <ops/render.hpp>
#include <options.hpp>

namespace sopctl::cmd {

namespace {

// --format as given; without it, what -o's extension says, else html.
ops::DocumentFormat document_format(const std::string& format, const std::string& output)
{
  auto chosen = format;
  if (chosen.empty()) {
    auto extension = std::filesystem::path(output).extension().string();
    chosen = extension == ".pdf" ? "pdf" : extension == ".md" ? "md" : "html";
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
  throw model::UsageError(fmt::format("--format \"{}\": use html, md or pdf", format));
}

} // namespace

int run_render(const RenderOptions& options, const Context& context)
{
  auto repository = open_repository(context);
  const char* path = std::getenv("PATH");
  ops::RenderRequest request;
  request.sop = options.sop;
  request.format = document_format(options.format, options.file);
  request.search_path = path ? path : "";
  request.temp_dir = std::filesystem::temp_directory_path();
  if (!options.file.empty()) {
    request.output = options.file;
  }
  request.letter = options.letter;
  request.list_outputs = options.list_outputs;
  ops::render_sop(repository, request, context.out);
  return 0;
}

} // namespace sopctl::cmd
