#pragma once

#include <string>
#include <string_view>
#include <thread>

namespace sopctl::process {

// The Content-Security-Policy every served page carries: nothing may be
// fetched, framed or run; only inline styles and data: images and fonts.
// A page can tighten it with a <meta> but never loosen or remove it.
inline constexpr std::string_view page_security_policy =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; "
  "base-uri 'none'; form-action 'none'";

// What the page server answers to one request line ("GET /x HTTP/1.1").
struct PageResponse
{
  int status = 404;  // 200 for the page, 404 for anything else
  std::string bytes; // the whole response, headers and body
};

// The response to `request_line` when the page is `document` at `path` on
// `authority` (127.0.0.1:PORT): 200 with the policy for GET or HEAD of
// exactly that path (as a path, or as an absolute http URL the way a
// browser asks its proxy), 404 for anything else, CONNECT included.
PageResponse respond_to(std::string_view request_line,
                        std::string_view document,
                        std::string_view path,
                        std::string_view authority);

// Serves one HTML document to a browser on this machine, and nothing else:
// a thread listening on 127.0.0.1 at a port the kernel picks, answering
// only the one path that holds a random token. The browser is also told to
// use it as its proxy, so any other address a page asks for ends here too,
// as a 404. Stops when destroyed.
class PageServer
{
public:
  // Starts listening; throws model::Error when no loopback socket can be made.
  explicit PageServer(std::string document);
  ~PageServer();
  PageServer(const PageServer&) = delete;
  PageServer& operator=(const PageServer&) = delete;

  // The page's address: http://127.0.0.1:PORT/TOKEN/page.html.
  std::string url() const;
  // 127.0.0.1:PORT, for the browser's proxy setting.
  std::string authority() const;

private:
  void serve();

  std::string document_;
  std::string path_;
  int port_ = 0;
  int listener_ = -1;
  int wake_read_ = -1;
  int wake_write_ = -1;
  std::thread thread_;
};

} // namespace sopctl::process
