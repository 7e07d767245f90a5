// What a repository's templates cannot make LibreOffice do (issue 11's
// review of render --format docx|odt): fetch addresses from the network
// (a real HTTP listener on loopback counts the connections: none may
// come), hand out a file that refers to addresses outside it, or carry
// macros; and sopctl stopped by a signal leaves no LibreOffice running
// and no scratch directory behind.
#include "file_helpers.hpp"
#include "sopctl_runner.hpp"
#include "word_helpers.hpp"

#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <csignal>
#include <doctest/doctest.h>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <sstream>
#include <sys/socket.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace e2e;

namespace {

// An HTTP listener on 127.0.0.1 that answers every request with a small
// PNG and records the first line of each.
class Listener
{
public:
  Listener()
  {
    socket_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(socket_ >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(socket_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    REQUIRE(::listen(socket_, 16) == 0);
    socklen_t length = sizeof address;
    ::getsockname(socket_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { serve(); });
  }
  ~Listener()
  {
    stop_ = true;
    thread_.join();
    ::close(socket_);
  }
  std::string url(const std::string& path) const
  {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }
  std::vector<std::string> requests()
  {
    std::lock_guard lock(mutex_);
    return requests_;
  }

private:
  void serve()
  {
    while (!stop_) {
      pollfd ready{socket_, POLLIN, 0};
      if (::poll(&ready, 1, 50) <= 0) {
        continue;
      }
      int client = ::accept4(socket_, nullptr, nullptr, SOCK_CLOEXEC);
      if (client < 0) {
        continue;
      }
      char buffer[2048];
      pollfd readable{client, POLLIN, 0};
      ssize_t count = ::poll(&readable, 1, 1000) > 0 ? ::read(client, buffer, sizeof buffer) : 0;
      std::string request(buffer, count > 0 ? static_cast<size_t>(count) : 0);
      {
        std::lock_guard lock(mutex_);
        requests_.push_back(request.substr(0, request.find('\r')));
      }
      std::string body = "\x89PNG\r\n\x1a\n";
      std::string answer = "HTTP/1.0 200 OK\r\nContent-Type: image/png\r\nContent-Length: " +
                           std::to_string(body.size()) + "\r\n\r\n" + body;
      [[maybe_unused]] auto written = ::write(client, answer.data(), answer.size());
      ::close(client);
    }
  }

  int socket_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::mutex mutex_;
  std::vector<std::string> requests_;
  std::thread thread_;
};

// The tests that run LibreOffice (and Chromium for the SOP's flowchart).
bool word_tools_missing()
{
  return tools_missing({"soffice", "chromium", "unzip"},
                       "skipped: needs soffice, chromium and unzip on PATH (apt-get install "
                       "libreoffice-writer-nogui chromium unzip)");
}

// The repository's own sop.fodt.mustache: the built-in one with `insert`
// at the start of the body and `scripts` before it.
void write_sop_template(const Sandbox& sandbox,
                        const std::string& insert,
                        const std::string& scripts = "")
{
  auto text = read_bytes(fs::path(SOPCTL_SOURCE_DIR) / "templates" / "sop.fodt.mustache");
  text = replace_once(text,
                      "xmlns:dc=",
                      "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                      "xmlns:script=\"urn:oasis:names:tc:opendocument:xmlns:script:1.0\" "
                      "xmlns:ooo=\"http://openoffice.org/2004/office\" "
                      "xmlns:dom=\"http://www.w3.org/2001/xml-events\" xmlns:dc=");
  text = replace_once(text, "<office:text>\n", "<office:text>\n" + insert + "\n");
  if (!scripts.empty()) {
    text = replace_once(text, "<office:body>", scripts + "<office:body>");
  }
  write_bytes(sandbox.repo() / "templates" / "sop.fodt.mustache", text);
}

Result render_sop(const Sandbox& sandbox, const std::string& format)
{
  return sandbox.run({"render",
                      seed_source_path().string(),
                      "--format",
                      format,
                      "-o",
                      (sandbox.repo() / ("seed." + format)).string()});
}

Result render_invitation(const Sandbox& sandbox, const std::string& format, const Env& env = {})
{
  return sandbox.run({"render",
                      "akta-kelahiran",
                      "--output",
                      "undangan-rapat",
                      "--format",
                      format,
                      "-o",
                      (sandbox.repo() / ("undangan." + format)).string()},
                     env);
}

// Whether process `pid` is gone (or a zombie nobody waits for).
bool gone(pid_t pid)
{
  if (::kill(pid, 0) != 0) {
    return true;
  }
  auto stat = read_bytes(fs::path("/proc") / std::to_string(pid) / "stat");
  auto state = stat.find(") ");
  return state != std::string::npos && stat[state + 2] == 'Z';
}

} // namespace

TEST_SUITE("e2e: render word safety")
{
  TEST_CASE("render word: a SOP template's picture at an http address is not fetched, refused")
  {
    if (word_tools_missing()) {
      return;
    }
    Listener listener;
    Sandbox sandbox;
    sandbox.init();
    write_sop_template(sandbox,
                       "<text:p><draw:frame text:anchor-type=\"as-char\" svg:width=\"9mm\" "
                       "svg:height=\"9mm\"><draw:image xlink:href=\"" +
                         listener.url("/img.png") +
                         "\" xlink:type=\"simple\"/></draw:frame></text:p>");
    for (const std::string format : {"docx", "odt"}) {
      CAPTURE(format);
      auto result = render_sop(sandbox, format);
      CHECK(result.exit_code == 1);
      CHECK(result.err == "templates/sop.fodt.mustache: the " + format +
                            " LibreOffice made from it refers to " + listener.url("/img.png") +
                            " outside the file, which Word or LibreOffice would fetch when it is "
                            "opened; put what the template shows into it (a picture as a data: "
                            "URI, a style in the template itself) or remove the reference; "
                            "nothing was written\n");
      CHECK_FALSE(fs::exists(sandbox.repo() / ("seed." + format)));
    }
    CHECK(listener.requests() == std::vector<std::string>{});
  }

  TEST_CASE("render word: a letter template's http picture, stylesheet, background and CSS url()")
  {
    if (word_tools_missing()) {
      return;
    }
    Listener listener;
    Sandbox sandbox;
    prepare_invitation(sandbox);
    auto original =
      read_bytes(fs::path(SOPCTL_SOURCE_DIR) / "templates" / "undangan-rapat.html.mustache");
    struct Attack
    {
      const char* name;
      std::string from;
      std::string to;
    };
    for (const auto& attack : std::vector<Attack>{
           {"img", "</body>", "<img src=\"" + listener.url("/img.png") + "\"></body>"},
           {"link",
            "</head>",
            "<link rel=\"stylesheet\" href=\"" + listener.url("/s.css") + "\"></head>"},
           {"background", "<body", "<body background=\"" + listener.url("/bg.png") + "\""},
           {"css url()",
            "</head>",
            "<style>p { background-image: url(" + listener.url("/css.png") +
              ") }</style></head>"}}) {
      CAPTURE(attack.name);
      write_bytes(sandbox.repo() / "templates" / "undangan-rapat.html.mustache",
                  replace_once(original, attack.from, attack.to));
      for (const std::string format : {"docx", "odt"}) {
        CAPTURE(format);
        auto file = sandbox.repo() / ("undangan." + format);
        auto result = render_invitation(sandbox, format);
        // Refused for keeping the address, or written without it.
        if (result.exit_code == 0) {
          auto everything = sandbox.run_program(sandbox.root(), {"unzip", "-p", file.string()}).out;
          CHECK_FALSE(contains(everything, "127.0.0.1"));
          fs::remove(file);
        } else {
          CHECK(result.exit_code == 1);
          CHECK(contains(result.err,
                         "templates/undangan-rapat.html.mustache: the " + format +
                           " LibreOffice made from it refers to http://127.0.0.1:"));
          CHECK_FALSE(fs::exists(file));
        }
      }
    }
    CHECK(listener.requests() == std::vector<std::string>{});
  }

  TEST_CASE("render word: macros in a SOP template or a letter's StarBasic script are refused")
  {
    if (word_tools_missing()) {
      return;
    }
    Sandbox sandbox;
    prepare_invitation(sandbox);
    write_sop_template(
      sandbox,
      "",
      "<office:scripts><office:script script:language=\"ooo:Basic\"><ooo:libraries>"
      "<ooo:library-embedded ooo:name=\"Standard\"><ooo:module ooo:name=\"Module1\">"
      "<ooo:source-code>Sub Main\nMsgBox \"x\"\nEnd Sub</ooo:source-code></ooo:module>"
      "</ooo:library-embedded></ooo:libraries></office:script></office:scripts>"
      "<office:event-listeners><script:event-listener script:language=\"ooo:script\" "
      "script:event-name=\"dom:load\" xlink:href=\"vnd.sun.star.script:Standard.Module1.Main?"
      "language=Basic&amp;location=document\" xlink:type=\"simple\"/></office:event-listeners>");
    auto result = render_sop(sandbox, "odt");
    CHECK(result.exit_code == 1);
    CHECK(contains(result.err,
                   "templates/sop.fodt.mustache: the odt LibreOffice made from it holds macros "
                   "(Basic/"));
    CHECK(contains(result.err,
                   "which sopctl does not hand out; remove its <office:scripts> part and any "
                   "<office:event-listeners> or script: addresses from the template; nothing was "
                   "written\n"));
    CHECK_FALSE(fs::exists(sandbox.repo() / "seed.odt"));

    auto letter =
      read_bytes(fs::path(SOPCTL_SOURCE_DIR) / "templates" / "undangan-rapat.html.mustache");
    write_bytes(sandbox.repo() / "templates" / "undangan-rapat.html.mustache",
                replace_once(letter,
                             "</body>",
                             "<script language=\"StarBasic\">Sub Main\nMsgBox \"x\"\nEnd "
                             "Sub</script></body>"));
    result = render_invitation(sandbox, "odt");
    CHECK(result.exit_code == 1);
    CHECK(contains(result.err,
                   "templates/undangan-rapat.html.mustache: the odt LibreOffice made from it holds "
                   "macros (Basic/"));
    CHECK(contains(result.err, "remove its <script> elements from the template"));
    CHECK_FALSE(fs::exists(sandbox.repo() / "undangan.odt"));
  }

  TEST_CASE("render word: without a network namespace LibreOffice is not run, the cause is named")
  {
    Sandbox sandbox;
    prepare_invitation(sandbox);
    auto bin = sandbox.root() / "fake-bin";
    // unshare as a system that forbids namespaces answers; a soffice that
    // would leave a mark if it ran.
    write_script(bin / "unshare",
                 "echo 'unshare: unshare failed: Operation not permitted' >&2\nexit 1\n");
    write_script(bin / "soffice", "touch '" + (sandbox.root() / "ran").string() + "'\n");
    auto result = render_invitation(sandbox, "docx", {{"PATH", bin.string()}});
    CHECK(result.exit_code == 1);
    CHECK(result.err ==
          "LibreOffice must run without network access (a repository's template could make it "
          "fetch addresses), in a network namespace of its own, and this system refused to make "
          "one (unshare: unshare failed: Operation not permitted); allow them (as root: sysctl -w "
          "kernel.unprivileged_userns_clone=1 or user.max_user_namespaces=15000; in a container: "
          "run it with CAP_SYS_ADMIN or without its seccomp profile), or render --format html or "
          "pdf\n");
    CHECK_FALSE(fs::exists(sandbox.root() / "ran"));
    CHECK_FALSE(fs::exists(sandbox.repo() / "undangan.docx"));
  }

  TEST_CASE("render word: SIGTERM or SIGINT stops LibreOffice, removes the scratch directory")
  {
    for (int signal : {SIGTERM, SIGINT, SIGHUP}) {
      CAPTURE(signal);
      Sandbox sandbox;
      prepare_invitation(sandbox);
      auto bin = sandbox.root() / "fake-bin";
      auto pids = sandbox.root() / "pids";
      // A LibreOffice that never ends, with a helper of its own, as
      // soffice's oosplash starts soffice.bin.
      write_script(bin / "soffice",
                   "/bin/sleep 300 &\necho $$ $! > '" + pids.string() + ".part'\n/bin/mv '" +
                     pids.string() + ".part' '" + pids.string() + "'\nwait\n");
      auto running = sandbox.spawn({"render",
                                    "akta-kelahiran",
                                    "--output",
                                    "undangan-rapat",
                                    "--format",
                                    "docx",
                                    "-o",
                                    "u.docx"},
                                   {{"PATH", bin.string()}});
      auto start = std::chrono::steady_clock::now();
      while (!fs::exists(pids) &&
             std::chrono::steady_clock::now() - start < std::chrono::seconds(20)) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
      REQUIRE(fs::exists(pids));
      pid_t shell = 0, sleeper = 0;
      std::istringstream(read_bytes(pids)) >> shell >> sleeper;
      REQUIRE(shell > 0);
      REQUIRE(sleeper > 0);
      auto scratch = [&] {
        int count = 0;
        for (const auto& entry : fs::directory_iterator(sandbox.tmp())) {
          count += entry.path().filename().string().rfind("sopctl-render-", 0) == 0;
        }
        return count;
      };
      CHECK(scratch() == 1);
      ::kill(running.pid(), signal);
      auto result = running.wait();
      CHECK(result.exit_code == 128 + signal);
      CHECK(result.err ==
            "sopctl: stopped by signal " + std::to_string(signal) + "; nothing was written\n");
      // The whole group is killed; init may take a moment to reap the helper.
      start = std::chrono::steady_clock::now();
      while (!(gone(shell) && gone(sleeper)) &&
             std::chrono::steady_clock::now() - start < std::chrono::seconds(5)) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
      CHECK(gone(shell));
      CHECK(gone(sleeper));
      if (!gone(sleeper)) {
        ::kill(sleeper, SIGKILL);
      }
      CHECK(scratch() == 0);
      CHECK_FALSE(fs::exists(sandbox.repo() / "u.docx"));
    }
  }
}

TEST_SUITE("e2e: render logo")
{
  TEST_CASE("render logo: missing, a directory or a FIFO is refused naming sopctl.yaml's logo:")
  {
    Sandbox sandbox;
    sandbox.init();
    fs::create_directories(sandbox.repo() / "dir.png");
    REQUIRE(::mkfifo((sandbox.repo() / "fifo.png").c_str(), 0600) == 0);
    auto config = read_bytes(sandbox.repo() / "sopctl.yaml");
    int line = line_of(config, "logo: \"\"");
    REQUIRE(line > 0);
    struct Case
    {
      std::string logo;
      std::string problem;
    };
    for (const auto& [logo, problem] : std::vector<Case>{
           {"missing.png",
            "logo \"missing.png\": no such file; put the image at missing.png or correct logo: "
            "in sopctl.yaml (logo: \"\" for none)"},
           {"dir.png",
            "logo \"dir.png\" is a directory, not an image file; name an image file in logo: in "
            "sopctl.yaml (logo: \"\" for none)"},
           {"fifo.png",
            "logo \"fifo.png\" is a special file (a FIFO, socket or device), not an image file; "
            "name an image file in logo: in sopctl.yaml (logo: \"\" for none)"}}) {
      CAPTURE(logo);
      write_bytes(sandbox.repo() / "sopctl.yaml",
                  replace_once(config, "logo: \"\"", "logo: " + logo));
      // Spawned: a FIFO opened for reading would wait for a writer forever.
      auto running = sandbox.spawn(
        {"render", seed_source_path().string(), "--format", "html", "-o", "seed.html"});
      auto start = std::chrono::steady_clock::now();
      while (!gone(running.pid()) &&
             std::chrono::steady_clock::now() - start < std::chrono::seconds(20)) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
      if (!gone(running.pid())) {
        ::kill(running.pid(), SIGKILL);
      }
      auto result = running.wait();
      CHECK(result.exit_code == 1);
      CHECK(result.err == "sopctl.yaml: " + problem + "\n");
      CHECK_FALSE(fs::exists(sandbox.repo() / "seed.html"));
      // check says so, at the line of logo:.
      auto checked = sandbox.run({"check"});
      CHECK(checked.exit_code == 1);
      CHECK(contains(checked.out, "sopctl.yaml:" + std::to_string(line) + ":1: " + problem + "\n"));
    }
  }
}
