#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <netinet/in.h>
#include <poll.h>
#include <process/page_server.hpp>
#include <sys/random.h>
#include <sys/socket.h>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace sopctl::process {

namespace {

constexpr size_t max_request = 16 * 1024; // a browser's GET is well under this
constexpr size_t max_clients = 32;
// A connection that has not sent its request by then is closed: a local
// process that opens connections and sends nothing cannot keep Chromium out.
constexpr auto client_deadline = std::chrono::seconds(10);

void close_fd(int& fd)
{
  if (fd >= 0) {
    ::close(fd); // Don't retry close on EINTR: the descriptor is gone (POSIX 2008, Linux).
    fd = -1;
  }
}

// 128 random bits in hex: a path no page can guess.
std::string random_token()
{
  unsigned char bytes[16];
  size_t got = 0;
  while (got < sizeof bytes) {
    auto count = ::getrandom(bytes + got, sizeof bytes - got, 0);
    if (count < 0 && errno != EINTR) {
      throw model::Error(tr("cannot read random bytes for the page's address"));
    }
    got += count > 0 ? static_cast<size_t>(count) : 0;
  }
  std::string token;
  for (auto byte : bytes) {
    token += fmt::format("{:02x}", byte);
  }
  return token;
}

// Sends all of `bytes`, giving up when the peer stops reading.
void send_all(int fd, std::string_view bytes)
{
  while (!bytes.empty()) {
    auto count = ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (count < 0 && errno == EINTR) {
      continue;
    }
    if (count <= 0) {
      return;
    }
    bytes.remove_prefix(static_cast<size_t>(count));
  }
}

// A connection and what it has sent so far.
struct Client
{
  int fd = -1;
  std::string request;
  std::chrono::steady_clock::time_point accepted;
};

} // namespace

PageResponse respond_to(std::string_view request_line,
                        std::string_view document,
                        std::string_view path,
                        std::string_view authority)
{
  auto method_end = request_line.find(' ');
  auto target_end =
    request_line.find(' ', method_end == std::string_view::npos ? 0 : method_end + 1);
  PageResponse response;
  response.bytes = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
  if (method_end == std::string_view::npos || target_end == std::string_view::npos) {
    return response;
  }
  auto method = request_line.substr(0, method_end);
  auto target = request_line.substr(method_end + 1, target_end - method_end - 1);
  auto absolute = fmt::format("http://{}{}", authority, path);
  if ((method != "GET" && method != "HEAD") || (target != path && target != absolute)) {
    return response;
  }
  response.status = 200;
  response.bytes = fmt::format("HTTP/1.1 200 OK\r\n"
                               "Content-Type: text/html; charset=utf-8\r\n"
                               "Content-Length: {}\r\n"
                               "Content-Security-Policy: {}\r\n"
                               "X-Content-Type-Options: nosniff\r\n"
                               "Cache-Control: no-store\r\n"
                               "Connection: close\r\n\r\n",
                               document.size(),
                               page_security_policy);
  if (method == "GET") {
    response.bytes += document;
  }
  return response;
}

PageServer::PageServer(std::string document)
  : document_(std::move(document))
  , path_("/" + random_token() + "/page.html")
{
  listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  int wake[2];
  if (listener_ < 0 || ::pipe2(wake, O_CLOEXEC) != 0) {
    close_fd(listener_);
    throw model::Error(tr("cannot open a loopback socket to hand the page to Chromium"));
  }
  wake_read_ = wake[0];
  wake_write_ = wake[1];
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0; // the kernel picks a free port
  socklen_t length = sizeof address;
  if (::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::listen(listener_, 16) != 0 ||
      ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    auto reason = std::string(std::strerror(errno));
    close_fd(listener_);
    close_fd(wake_read_);
    close_fd(wake_write_);
    throw model::Error(trf("cannot listen on 127.0.0.1 to hand the page to Chromium: {}", reason));
  }
  port_ = ntohs(address.sin_port);
  try {
    thread_ = std::thread([this] { serve(); });
  } catch (const std::system_error& error) {
    close_fd(listener_);
    close_fd(wake_read_);
    close_fd(wake_write_);
    throw model::Error(
      trf("cannot start the thread that hands the page to Chromium: {}", error.what()));
  }
}

PageServer::~PageServer()
{
  char byte = 0;
  while (::write(wake_write_, &byte, 1) < 0 && errno == EINTR) {
  }
  thread_.join();
  close_fd(listener_);
  close_fd(wake_read_);
  close_fd(wake_write_);
}

std::string PageServer::authority() const
{
  return fmt::format("127.0.0.1:{}", port_);
}

std::string PageServer::url() const
{
  return fmt::format("http://{}{}", authority(), path_);
}

void PageServer::serve()
{
  std::vector<Client> clients;
  auto auth = authority();
  while (true) {
    std::vector<pollfd> fds{{wake_read_, POLLIN, 0}, {listener_, POLLIN, 0}};
    for (const auto& client : clients) {
      fds.push_back({client.fd, POLLIN, 0});
    }
    // Wake once a second while connections wait, to close those past
    // their deadline.
    if (::poll(fds.data(), fds.size(), clients.empty() ? -1 : 1000) < 0) {
      if (errno == EINTR) {
        continue;
      }
      break;
    }
    if (fds[0].revents != 0) {
      break; // told to stop
    }
    if (fds[1].revents & POLLIN) {
      int fd = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
      if (fd >= 0) {
        if (clients.size() >= max_clients) {
          // Full: the newest connection is the likeliest to be Chromium's,
          // so the oldest gives way.
          close_fd(clients.front().fd);
        }
        timeval limit{5, 0}; // a peer that stops reading cannot hold the thread
        ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof limit);
        clients.push_back({fd, {}, std::chrono::steady_clock::now()});
      }
    }
    for (size_t i = 2; i < fds.size(); ++i) {
      if (fds[i].revents == 0) {
        continue;
      }
      auto& client = clients[i - 2];
      if (client.fd < 0) {
        continue; // gave way to a newer connection
      }
      char buffer[4096];
      auto count = ::recv(client.fd, buffer, sizeof buffer, 0);
      if (count < 0 && errno == EINTR) {
        continue;
      }
      if (count > 0) {
        client.request.append(buffer, static_cast<size_t>(count));
      }
      auto end = client.request.find("\r\n\r\n");
      if (end == std::string::npos && count > 0 && client.request.size() < max_request) {
        continue; // the headers are not all here yet
      }
      if (count > 0) {
        auto line = std::string_view(client.request).substr(0, client.request.find("\r\n"));
        send_all(client.fd, respond_to(line, document_, path_, auth).bytes);
      }
      close_fd(client.fd);
    }
    auto now = std::chrono::steady_clock::now();
    for (auto& client : clients) {
      if (now - client.accepted > client_deadline) {
        close_fd(client.fd);
      }
    }
    std::erase_if(clients, [](const Client& client) { return client.fd < 0; });
  }
  for (auto& client : clients) {
    close_fd(client.fd);
  }
}

} // namespace sopctl::process
