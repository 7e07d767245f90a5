#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <fmt/format.h>
#include <model/errors.hpp>
#include <render/chromium.hpp>
#include <store/files.hpp>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace sopctl::render {

std::optional<fs::path> find_program(std::string_view program, std::string_view search_path)
{
  while (true) {
    auto end = search_path.find(':');
    auto dir = search_path.substr(0, end);
    if (!dir.empty()) {
      auto candidate = fs::path(dir) / program;
      if (::access(candidate.c_str(), X_OK) == 0 && !fs::is_directory(candidate)) {
        return candidate;
      }
    }
    if (end == std::string_view::npos) {
      return std::nullopt;
    }
    search_path.remove_prefix(end + 1);
  }
}

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

// Runs `command` with its output going to `log`; returns its exit status,
// or -1 when it had to be stopped after time_limit.
int run(const std::vector<std::string>& command, const fs::path& log)
{
  std::vector<char*> argv;
  for (const auto& arg : command) {
    argv.push_back(const_cast<char*>(arg.c_str()));
  }
  argv.push_back(nullptr);
  pid_t pid = ::fork();
  if (pid < 0) {
    throw model::Error("cannot start chromium: fork failed");
  }
  if (pid == 0) {
    // Its own process group, so that Chromium's helpers stop with it.
    ::setpgid(0, 0);
    int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int null = ::open("/dev/null", O_RDONLY);
    if (fd >= 0 && null >= 0) {
      ::dup2(null, STDIN_FILENO);
      ::dup2(fd, STDOUT_FILENO);
      ::dup2(fd, STDERR_FILENO);
    }
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  auto deadline = std::chrono::steady_clock::now() + time_limit;
  int status = 0;
  while (::waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(-pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      return -1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// The last lines of Chromium's output, for an error message.
std::string tail_of(const fs::path& log)
{
  std::error_code error;
  if (!fs::exists(log, error)) {
    return "";
  }
  auto text = store::read_file(log, log.string());
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
  auto log = scratch.path() / "chromium.log";
  store::write_file_atomically(page, html);
  auto command = chromium_print_command(chromium, page, pdf, scratch.path() / "profile");
  int status = run(command, log);
  if (status == -1) {
    throw model::Error(
      fmt::format("{} did not finish printing within two minutes; stopped it", chromium.string()));
  }
  std::error_code error;
  if (status != 0 || !fs::exists(pdf, error) || fs::file_size(pdf, error) == 0) {
    throw model::Error(fmt::format(
      "{} could not print the PDF (exit status {}){}", chromium.string(), status, tail_of(log)));
  }
  return store::read_file(pdf, pdf.string());
}

} // namespace sopctl::render
