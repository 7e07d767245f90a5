// Printing to PDF reaches nothing but the page (issue 10, section 4): the
// loopback server answers only the page's path, with a policy the page
// cannot remove, and Chromium's command line keeps it that way.
#include <algorithm>
#include <arpa/inet.h>
#include <doctest/doctest.h>
#include <netinet/in.h>
#include <process/chromium.hpp>
#include <process/page_server.hpp>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace sopctl::process;

namespace {

constexpr std::string_view page_path = "/0123abcd/page.html";
constexpr std::string_view authority = "127.0.0.1:4242";

int status_of(std::string_view request_line)
{
  return respond_to(request_line, "<p>halaman</p>", page_path, authority).status;
}

// Sends `request` to the server at `port` and returns all it answers.
std::string ask(int port, const std::string& request)
{
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = htons(static_cast<uint16_t>(port));
  REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  REQUIRE(::send(fd, request.data(), request.size(), 0) == static_cast<ssize_t>(request.size()));
  std::string answer;
  char buffer[4096];
  ssize_t count;
  while ((count = ::recv(fd, buffer, sizeof buffer, 0)) > 0) {
    answer.append(buffer, static_cast<size_t>(count));
  }
  ::close(fd);
  return answer;
}

bool has(const std::vector<std::string>& command, std::string_view arg)
{
  return std::find(command.begin(), command.end(), arg) != command.end();
}

} // namespace

TEST_SUITE("process::PageServer")
{
  TEST_CASE("the page's path, as a path or as the absolute URL a proxy is asked, is answered")
  {
    auto response =
      respond_to("GET /0123abcd/page.html HTTP/1.1", "<p>halaman</p>", page_path, authority);
    CHECK(response.status == 200);
    CHECK(response.bytes.starts_with("HTTP/1.1 200 OK\r\n"));
    CHECK(response.bytes.find("\r\nContent-Security-Policy: default-src 'none'; img-src data:; "
                              "style-src 'unsafe-inline'; font-src data:; base-uri 'none'; "
                              "form-action 'none'\r\n") != std::string::npos);
    CHECK(response.bytes.find("\r\nContent-Length: 14\r\n") != std::string::npos);
    CHECK(response.bytes.ends_with("\r\n\r\n<p>halaman</p>"));
    CHECK(status_of("GET http://127.0.0.1:4242/0123abcd/page.html HTTP/1.1") == 200);
    auto head = respond_to("HEAD /0123abcd/page.html HTTP/1.1", "<p>x</p>", page_path, authority);
    CHECK(head.status == 200);
    CHECK(head.bytes.ends_with("\r\n\r\n"));
  }

  TEST_CASE("anything else is a 404: other paths, hosts, methods, tunnels, garbage")
  {
    CHECK(status_of("GET / HTTP/1.1") == 404);
    CHECK(status_of("GET /favicon.ico HTTP/1.1") == 404);
    CHECK(status_of("GET /0123abcd/page.html/../x HTTP/1.1") == 404);
    CHECK(status_of("GET /0123abcd/page.html?x HTTP/1.1") == 404);
    CHECK(status_of("GET http://example.com/0123abcd/page.html HTTP/1.1") == 404);
    CHECK(status_of("GET http://127.0.0.1:4243/0123abcd/page.html HTTP/1.1") == 404);
    CHECK(status_of("GET file:///etc/passwd HTTP/1.1") == 404);
    CHECK(status_of("POST /0123abcd/page.html HTTP/1.1") == 404);
    CHECK(status_of("CONNECT example.com:443 HTTP/1.1") == 404);
    CHECK(status_of("") == 404);
    CHECK(status_of("GET") == 404);
  }

  TEST_CASE("the server answers its URL on loopback and 404 to anything else")
  {
    PageServer server("<p>halaman</p>");
    auto url = server.url();
    REQUIRE(url.starts_with("http://127.0.0.1:"));
    CHECK(url.ends_with("/page.html"));
    auto port = std::stoi(server.authority().substr(10));
    auto path = url.substr(std::string("http://").size() + server.authority().size());
    CHECK(path.size() == 1 + 32 + 10); // "/" + 128 random bits in hex + "/page.html"
    auto page = ask(port, "GET " + path + " HTTP/1.1\r\nHost: " + server.authority() + "\r\n\r\n");
    CHECK(page.starts_with("HTTP/1.1 200 OK\r\n"));
    CHECK(page.ends_with("<p>halaman</p>"));
    CHECK(ask(port, "GET /etc/passwd HTTP/1.1\r\n\r\n").starts_with("HTTP/1.1 404 "));
    // Two servers never share an address.
    PageServer other("<p>lain</p>");
    CHECK(other.url() != url);
  }

  TEST_CASE("connections that send nothing cannot keep the page from Chromium")
  {
    PageServer server("<p>halaman</p>");
    auto port = std::stoi(server.authority().substr(10));
    auto path = server.url().substr(std::string("http://").size() + server.authority().size());
    // More idle connections than the server keeps at once: the oldest give
    // way to newer ones, so the page is still answered.
    std::vector<int> idle;
    for (int i = 0; i < 40; ++i) {
      int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
      REQUIRE(fd >= 0);
      sockaddr_in address{};
      address.sin_family = AF_INET;
      address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
      address.sin_port = htons(static_cast<uint16_t>(port));
      REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
      idle.push_back(fd);
    }
    auto page = ask(port, "GET " + path + " HTTP/1.1\r\n\r\n");
    CHECK(page.starts_with("HTTP/1.1 200 OK\r\n"));
    for (int fd : idle) {
      ::close(fd);
    }
  }
}

TEST_SUITE("process::chromium")
{
  TEST_CASE("Chromium's sandbox is turned off only for root")
  {
    CHECK(sandbox_for(0) == Sandbox::off);
    CHECK(sandbox_for(1000) == Sandbox::on);
    auto sandboxed = chromium_print_command("/usr/bin/chromium",
                                            "http://127.0.0.1:1/t/page.html",
                                            "127.0.0.1:1",
                                            "/t/o.pdf",
                                            "/t/p",
                                            Sandbox::on);
    CHECK_FALSE(has(sandboxed, "--no-sandbox"));
    auto as_root = chromium_print_command("/usr/bin/chromium",
                                          "http://127.0.0.1:1/t/page.html",
                                          "127.0.0.1:1",
                                          "/t/o.pdf",
                                          "/t/p",
                                          Sandbox::off);
    CHECK(has(as_root, "--no-sandbox"));
  }

  TEST_CASE("every request goes to the page server, no name is looked up, no file is opened")
  {
    auto command = chromium_print_command("/usr/bin/chromium",
                                          "http://127.0.0.1:5/t/page.html",
                                          "127.0.0.1:5",
                                          "/t/o.pdf",
                                          "/t/p",
                                          Sandbox::on);
    CHECK(has(command, "--proxy-server=http://127.0.0.1:5"));
    CHECK(has(command, "--proxy-bypass-list=<-loopback>"));
    CHECK(has(command, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"));
    CHECK(has(command, "--user-data-dir=/t/p"));
    CHECK(command.back() == "http://127.0.0.1:5/t/page.html");
    for (const auto& arg : command) {
      CHECK_FALSE(arg.starts_with("file:"));
    }
  }

  TEST_CASE("the profile blocks scripts")
  {
    CHECK(chromium_profile_preferences() ==
          R"({"profile":{"default_content_setting_values":{"javascript":2}}})");
  }
}
