#include "devtools_pipe.hpp"

#include "json_lite.hpp"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <poll.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace e2e {

namespace {

// How long one reply may take before the browser is given up on.
constexpr int reply_timeout_ms = 60'000;

void write_all(int fd, const std::string& bytes)
{
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t wrote = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (wrote < 0 && errno == EINTR) {
      continue;
    }
    if (wrote <= 0) {
      throw std::runtime_error("chromium closed its DevTools pipe");
    }
    done += static_cast<size_t>(wrote);
  }
}

} // namespace

std::string json_quote(const std::string& text)
{
  std::string quoted = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      quoted += '\\';
      quoted += static_cast<char>(c);
    } else if (c < 0x20) {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\u%04x", c);
      quoted += escape;
    } else {
      quoted += static_cast<char>(c);
    }
  }
  return quoted + "\"";
}

HeadlessChromium::HeadlessChromium(const std::string& chromium, const std::string& profile_dir)
{
  int requests[2];
  int replies[2];
  if (::pipe2(requests, O_CLOEXEC) != 0 || ::pipe2(replies, O_CLOEXEC) != 0) {
    throw std::runtime_error("pipe failed");
  }
  std::vector<std::string> args{chromium,
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--no-first-run",
                                "--hide-scrollbars",
                                "--remote-debugging-pipe",
                                "--user-data-dir=" + profile_dir,
                                "about:blank"};
  std::vector<char*> argv;
  for (auto& arg : args) {
    argv.push_back(arg.data());
  }
  argv.push_back(nullptr);
  pid_ = ::fork();
  if (pid_ < 0) {
    throw std::runtime_error("fork failed");
  }
  if (pid_ == 0) {
    // The protocol's descriptors: 3 to read requests, 4 to write replies.
    // Moved above 4 first, since pipe2 may have returned 3 or 4 itself
    // (dup2 onto the same number would keep close-on-exec).
    int read_end = ::fcntl(requests[0], F_DUPFD_CLOEXEC, 10);
    int write_end = ::fcntl(replies[1], F_DUPFD_CLOEXEC, 10);
    ::dup2(read_end, 3);
    ::dup2(write_end, 4);
    int null = ::open("/dev/null", O_WRONLY);
    if (null >= 0) {
      ::dup2(null, 1);
      ::dup2(null, 2);
    }
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  ::close(requests[0]);
  ::close(replies[1]);
  to_browser_ = requests[1];
  from_browser_ = replies[0];
}

HeadlessChromium::~HeadlessChromium()
{
  try {
    call("Browser.close", "{}");
  } catch (const std::exception&) {
    ::kill(pid_, SIGKILL); // not answering: it cannot close itself
  }
  ::close(to_browser_);
  ::close(from_browser_);
  int status = 0;
  ::waitpid(pid_, &status, 0);
}

std::string HeadlessChromium::call(const std::string& method,
                                   const std::string& params,
                                   const std::string& session)
{
  int id = next_id_++;
  std::string message =
    "{\"id\":" + std::to_string(id) + ",\"method\":" + json_quote(method) + ",\"params\":" + params;
  if (!session.empty()) {
    message += ",\"sessionId\":" + json_quote(session);
  }
  message += "}";
  message.push_back('\0');
  write_all(to_browser_, message);
  for (;;) {
    for (auto end = pending_.find('\0'); end != std::string::npos; end = pending_.find('\0')) {
      auto reply = pending_.substr(0, end);
      pending_.erase(0, end + 1);
      // Events (no id) carry fractional timestamps, which the tests' JSON
      // reader does not take: only the reply itself is parsed.
      if (!reply.starts_with("{\"id\":" + std::to_string(id) + ",")) {
        continue;
      }
      if (Json::parse(reply).has("error")) {
        throw std::runtime_error(method + " failed: " + reply);
      }
      return reply;
    }
    pollfd wait{from_browser_, POLLIN, 0};
    int ready = ::poll(&wait, 1, reply_timeout_ms);
    if (ready < 0 && errno == EINTR) {
      continue;
    }
    if (ready <= 0) {
      throw std::runtime_error("chromium did not answer " + method + " in time");
    }
    char buffer[65536];
    ssize_t got = ::read(from_browser_, buffer, sizeof buffer);
    if (got <= 0) {
      throw std::runtime_error("chromium closed its DevTools pipe during " + method);
    }
    pending_.append(buffer, static_cast<size_t>(got));
  }
}

std::string HeadlessChromium::evaluate_printed(const std::string& url,
                                               const std::string& expression)
{
  auto target = Json::parse(call("Target.createTarget", "{\"url\":\"about:blank\"}"));
  auto target_id = target["result"]["targetId"].as_string();
  auto attached = Json::parse(
    call("Target.attachToTarget", "{\"targetId\":" + json_quote(target_id) + ",\"flatten\":true}"));
  auto session = attached["result"]["sessionId"].as_string();
  // Print media before the page loads, as when printing: @media screen rules
  // are dropped and the sheets keep the printed page's width.
  call("Emulation.setEmulatedMedia", "{\"media\":\"print\"}", session);
  call("Page.navigate", "{\"url\":" + json_quote(url) + "}", session);
  // Wait in the page for the document at `url` to finish loading (the
  // first evaluation may still meet about:blank) and for its fonts.
  auto waited = "new Promise(done => { const poll = () => "
                "(location.href === " +
                json_quote(url) +
                " && document.readyState === 'complete') ? "
                "document.fonts.ready.then(() => done(" +
                expression + ")) : setTimeout(poll, 25); poll(); })";
  for (int attempt = 0;; ++attempt) {
    try {
      auto reply = Json::parse(call("Runtime.evaluate",
                                    "{\"expression\":" + json_quote(waited) +
                                      ",\"awaitPromise\":true,\"returnByValue\":true}",
                                    session));
      const auto& result = reply["result"];
      if (result.has("exceptionDetails")) {
        throw std::runtime_error(
          "the page's script failed: " + result["exceptionDetails"]["text"].as_string() + " " +
          (result["exceptionDetails"].has("exception") &&
               result["exceptionDetails"]["exception"].has("description")
             ? result["exceptionDetails"]["exception"]["description"].as_string()
             : std::string()));
      }
      return result["result"]["value"].as_string();
    } catch (const std::runtime_error& error) {
      // The navigation replaced the context the promise ran in: once more.
      if (attempt >= 20 || std::string(error.what()).find("context") == std::string::npos) {
        throw;
      }
    }
  }
}

} // namespace e2e
