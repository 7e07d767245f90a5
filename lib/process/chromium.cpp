#include <fmt/format.h>
#include <model/errors.hpp>
#include <process/chromium.hpp>
#include <process/page_server.hpp>
#include <process/process.hpp>
#include <store/files.hpp>
#include <unistd.h>

namespace sopctl::process {

namespace fs = std::filesystem;

std::string_view chromium_profile_preferences()
{
  // Content setting 2 is "block". --blink-settings=scriptEnabled=false
  // would be the flag for it, but Chromium 156's headless printing then
  // exits 0 without writing the PDF; so does webkit.webprefs.javascript_enabled.
  return R"({"profile":{"default_content_setting_values":{"javascript":2}}})";
}

Sandbox sandbox_for(unsigned euid)
{
  return euid == 0 ? Sandbox::off : Sandbox::on;
}

std::vector<std::string> chromium_print_command(const fs::path& chromium,
                                                std::string_view url,
                                                std::string_view proxy,
                                                const fs::path& pdf,
                                                const fs::path& profile,
                                                Sandbox sandbox)
{
  std::vector<std::string> command{chromium.string(), "--headless"};
  if (sandbox == Sandbox::off) {
    command.push_back("--no-sandbox");
  }
  command.insert(command.end(),
                 {"--disable-gpu",
                  "--disable-quic",
                  "--no-first-run",
                  "--disable-background-networking",
                  "--disable-component-update",
                  "--disable-sync",
                  "--disable-extensions",
                  // Every request, loopback included ("<-loopback>" removes
                  // Chromium's implicit bypass), goes to the page server,
                  // which answers only the page; no name is looked up.
                  "--proxy-server=http://" + std::string(proxy),
                  "--proxy-bypass-list=<-loopback>",
                  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                  "--user-data-dir=" + profile.string(),
                  "--no-pdf-header-footer",
                  "--print-to-pdf=" + pdf.string(),
                  std::string(url)});
  return command;
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
  auto pdf = scratch.path() / "sop.pdf";
  auto profile = scratch.path() / "profile";
  fs::create_directories(profile / "Default");
  store::write_file_atomically(profile / "Default" / "Preferences", chromium_profile_preferences());
  PageServer server{std::string(html)};
  Request request;
  request.argv = chromium_print_command(
    chromium, server.url(), server.authority(), pdf, profile, sandbox_for(::geteuid()));
  request.streams = Streams::to_file;
  request.output_file = scratch.path() / "chromium.log";
  request.time_limit = time_limit;
  // Chromium's crash reporter and caches write under $HOME whatever the
  // profile; keep them in the scratch directory too.
  auto home = scratch.path() / "home";
  fs::create_directories(home);
  request.environment = {{"HOME", home.string()},
                         {"XDG_CONFIG_HOME", (home / ".config").string()},
                         {"XDG_CACHE_HOME", (home / ".cache").string()}};
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
