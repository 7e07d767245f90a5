#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <process/chromium.hpp>
#include <process/output_tail.hpp>
#include <process/page_server.hpp>
#include <process/process.hpp>
#include <process/scratch_directory.hpp>
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

namespace {

// Chromium with everything it may reach closed, showing `url` and doing
// `action` (the flags that say what to write, and where).
std::vector<std::string> chromium_command(const fs::path& chromium,
                                          std::string_view url,
                                          std::string_view proxy,
                                          const fs::path& profile,
                                          Sandbox sandbox,
                                          const std::vector<std::string>& action)
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
                  "--user-data-dir=" + profile.string()});
  command.insert(command.end(), action.begin(), action.end());
  command.push_back(std::string(url));
  return command;
}

} // namespace

std::vector<std::string> chromium_print_command(const fs::path& chromium,
                                                std::string_view url,
                                                std::string_view proxy,
                                                const fs::path& pdf,
                                                const fs::path& profile,
                                                Sandbox sandbox)
{
  return chromium_command(chromium,
                          url,
                          proxy,
                          profile,
                          sandbox,
                          {"--no-pdf-header-footer", "--print-to-pdf=" + pdf.string()});
}

std::vector<std::string> chromium_picture_command(const fs::path& chromium,
                                                  std::string_view url,
                                                  std::string_view proxy,
                                                  const fs::path& png,
                                                  const fs::path& profile,
                                                  Sandbox sandbox,
                                                  const PictureSize& size)
{
  return chromium_command(chromium,
                          url,
                          proxy,
                          profile,
                          sandbox,
                          {"--hide-scrollbars",
                           fmt::format("--window-size={},{}", size.width, size.height),
                           fmt::format("--force-device-scale-factor={}", size.scale),
                           "--screenshot=" + png.string()});
}

namespace {

constexpr auto time_limit = std::chrono::minutes(2);

// What Chromium is run for, named in its errors.
enum class Task
{
  print,
  picture
};

// Runs Chromium on `html`, served by a PageServer, with a fresh profile in a
// scratch directory; `command` makes the command line from the page's
// address, the proxy, the output file and the profile. Returns the bytes
// Chromium wrote to the output file; `task` is what it was asked to do,
// for errors.
template<typename MakeCommand>
std::string run_chromium(const fs::path& chromium,
                         std::string_view html,
                         const fs::path& temp_dir,
                         std::string_view output_name,
                         Task task,
                         MakeCommand command)
{
  ScratchDirectory scratch(temp_dir);
  auto output = scratch.path() / output_name;
  auto profile = scratch.path() / "profile";
  fs::create_directories(profile / "Default");
  store::write_file_atomically(profile / "Default" / "Preferences", chromium_profile_preferences());
  PageServer server{std::string(html)};
  Request request;
  request.argv = command(server.url(), server.authority(), output, profile);
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
      task == Task::print
        ? trf("{} did not print the PDF within two minutes; stopped it", chromium.string())
        : trf("{} did not take the flowchart's picture within two minutes; stopped it",
              chromium.string()));
  }
  std::error_code error;
  if (fs::exists(request.output_file, error)) {
    result.out = store::read_file(request.output_file, request.output_file.string());
  }
  if (result.status != 0 || !fs::exists(output, error) || fs::file_size(output, error) == 0) {
    throw model::Error(task == Task::print
                         ? trf("{} could not print the PDF (exit status {}){}",
                               chromium.string(),
                               result.status,
                               tail_of(result.out + result.err))
                         : trf("{} could not take the flowchart's picture (exit status {}){}",
                               chromium.string(),
                               result.status,
                               tail_of(result.out + result.err)));
  }
  return store::read_file(output, output.string());
}

} // namespace

std::string print_to_pdf(const fs::path& chromium, std::string_view html, const fs::path& temp_dir)
{
  auto sandbox = sandbox_for(::geteuid());
  return run_chromium(
    chromium,
    html,
    temp_dir,
    "sop.pdf",
    Task::print,
    [&](
      std::string_view url, std::string_view proxy, const fs::path& pdf, const fs::path& profile) {
      return chromium_print_command(chromium, url, proxy, pdf, profile, sandbox);
    });
}

std::string picture_png(const fs::path& chromium,
                        std::string_view html,
                        const PictureSize& size,
                        const fs::path& temp_dir)
{
  auto sandbox = sandbox_for(::geteuid());
  return run_chromium(
    chromium,
    html,
    temp_dir,
    "picture.png",
    Task::picture,
    [&](
      std::string_view url, std::string_view proxy, const fs::path& png, const fs::path& profile) {
      return chromium_picture_command(chromium, url, proxy, png, profile, sandbox, size);
    });
}

} // namespace sopctl::process
