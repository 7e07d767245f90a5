#include <fmt/format.h>
#include <model/errors.hpp>
#include <process/chromium.hpp>
#include <process/process.hpp>
#include <store/files.hpp>

namespace sopctl::process {

namespace fs = std::filesystem;

std::vector<std::string> chromium_print_command(const fs::path& chromium,
                                                const fs::path& page,
                                                const fs::path& pdf,
                                                const fs::path& profile)
{
  return {chromium.string(),
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--user-data-dir=" + profile.string(),
          "--no-pdf-header-footer",
          "--print-to-pdf=" + pdf.string(),
          "file://" + page.string()};
}

namespace {

constexpr auto time_limit = std::chrono::minutes(2);

// A directory made for one print and removed with everything in it.
class ScratchDirectory
{
public:
  explicit ScratchDirectory(const fs::path& parent)
  {
    auto pattern = (parent / "sopctl-render-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) {
      throw model::Error(fmt::format("cannot make a temporary directory in {}", parent.string()));
    }
    path_ = pattern;
  }
  ~ScratchDirectory()
  {
    std::error_code ignored; // never throw from a destructor
    fs::remove_all(path_, ignored);
  }
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;

  const fs::path& path() const { return path_; }

private:
  fs::path path_;
};

// The last lines of Chromium's output, for an error message.
std::string tail_of(const Result& result)
{
  auto text = result.out + result.err;
  if (text.size() > 600) {
    text = "..." + text.substr(text.size() - 600);
  }
  return text.empty() ? "" : "\n" + text;
}

} // namespace

std::string print_to_pdf(const fs::path& chromium, std::string_view html, const fs::path& temp_dir)
{
  ScratchDirectory scratch(temp_dir);
  auto page = scratch.path() / "sop.html";
  auto pdf = scratch.path() / "sop.pdf";
  store::write_file_atomically(page, html);
  Request request;
  request.argv = chromium_print_command(chromium, page, pdf, scratch.path() / "profile");
  request.streams = Streams::to_file;
  request.output_file = scratch.path() / "chromium.log";
  request.time_limit = time_limit;
  auto result = run(request);
  if (result.timed_out) {
    throw model::Error(
      fmt::format("{} did not finish printing within two minutes; stopped it", chromium.string()));
  }
  std::error_code error;
  if (fs::exists(request.output_file, error)) {
    result.out = store::read_file(request.output_file, request.output_file.string());
  }
  if (result.status != 0 || !fs::exists(pdf, error) || fs::file_size(pdf, error) == 0) {
    throw model::Error(fmt::format("{} could not print the PDF (exit status {}){}",
                                   chromium.string(),
                                   result.status,
                                   tail_of(result)));
  }
  return store::read_file(pdf, pdf.string());
}

} // namespace sopctl::process
