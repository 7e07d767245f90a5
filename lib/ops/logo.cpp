#include <filesystem>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/logo.hpp>
#include <regex>
#include <render/data_uri.hpp>
#include <store/files.hpp>

namespace sopctl::ops {

namespace fs = std::filesystem;

namespace {

// The logo, or why it cannot be used (without sopctl.yaml's name in front).
struct LogoRead
{
  std::optional<Logo> logo;
  std::string problem;
};

LogoRead load_logo(const store::Repository& repository)
{
  const auto& logo = repository.config.logo;
  if (logo.empty()) {
    return {};
  }
  auto media_type = render::image_media_type(logo);
  if (!media_type) {
    return {{}, trf("logo \"{}\": use a .png, .jpg, .gif, .svg or .webp image", logo)};
  }
  // Inside the repository only: an absolute path or `..` could embed any
  // file of the machine in a PDF that leaves the office.
  auto path = (repository.root / logo).lexically_normal();
  auto relative = path.lexically_relative(repository.root);
  if (fs::path(logo).is_absolute() || relative.empty() || *relative.begin() == "..") {
    return {{},
            trf("logo \"{}\" lies outside the repository; put the image in the "
                "repository and name it relative to sopctl.yaml",
                logo)};
  }
  // stat, not open: opening a FIFO for reading waits for a writer forever.
  std::error_code error;
  auto status = fs::status(path, error);
  if (status.type() == fs::file_type::not_found) {
    return {{},
            trf("logo \"{}\": no such file; put the image at {} or correct logo: in "
                "sopctl.yaml (logo: \"\" for none)",
                logo,
                repository.display(path))};
  }
  if (error) {
    return {{}, trf("logo \"{}\": cannot read: {}", logo, error.message())};
  }
  if (status.type() != fs::file_type::regular) {
    return {{},
            status.type() == fs::file_type::directory
              ? trf("logo \"{}\" is a directory, not an image file; name an image file in "
                    "logo: in sopctl.yaml (logo: \"\" for none)",
                    logo)
              : trf("logo \"{}\" is a special file (a FIFO, socket or device), not an image "
                    "file; name an image file in logo: in sopctl.yaml (logo: \"\" for none)",
                    logo)};
  }
  std::string bytes;
  try {
    bytes = store::read_file(path, repository.display(path));
  } catch (const model::Error& failed) {
    return {{}, fmt::format("logo \"{}\": {}", logo, failed.what())};
  }
  if (!render::looks_like_image(*media_type, bytes)) {
    return {
      {}, trf("logo \"{}\" is not a {} image (its first bytes say otherwise)", logo, *media_type)};
  }
  return {Logo{*media_type, std::move(bytes)}, ""};
}

// The line of `logo:` in sopctl.yaml, 0 when it is not found.
int logo_line(const store::Repository& repository)
{
  auto text = store::read_file_if_readable(repository.config_path());
  if (!text) {
    return 0;
  }
  static const std::regex key("^logo\\s*:");
  int line = 1;
  size_t start = 0;
  while (start <= text->size()) {
    auto end = text->find('\n', start);
    auto current = text->substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (std::regex_search(current, key)) {
      return line;
    }
    if (end == std::string::npos) {
      break;
    }
    start = end + 1;
    ++line;
  }
  return 0;
}

} // namespace

std::optional<Logo> read_logo(const store::Repository& repository)
{
  auto read = load_logo(repository);
  if (!read.problem.empty()) {
    throw model::Error(
      fmt::format("{}: {}", repository.display(repository.config_path()), read.problem));
  }
  return std::move(read.logo);
}

void check_logo(const store::Repository& repository, std::vector<model::Diagnostic>& problems)
{
  auto read = load_logo(repository);
  if (!read.problem.empty()) {
    int line = logo_line(repository);
    problems.push_back(
      {repository.display(repository.config_path()), {line, line ? 1 : 0}, read.problem});
  }
}

} // namespace sopctl::ops
