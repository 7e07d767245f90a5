#include <algorithm>
#include <arpa/inet.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <serve/serve_options.hpp>

namespace sopctl::serve {

bool is_loopback(std::string_view host)
{
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  if (host == "localhost") {
    return true;
  }
  std::string text(host);
  unsigned char address[16];
  if (::inet_pton(AF_INET, text.c_str(), address) == 1) {
    return address[0] == 127;
  }
  if (::inet_pton(AF_INET6, text.c_str(), address) == 1) {
    static const unsigned char loopback[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    return std::equal(address, address + 16, loopback);
  }
  return false;
}

namespace {

// An HTTP header name: a token of RFC 9110 (letters, digits and
// !#$%&'*+-.^_`|~).
bool is_header_name(std::string_view name)
{
  if (name.empty()) {
    return false;
  }
  for (unsigned char c : name) {
    bool letter_or_digit =
      (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!letter_or_digit &&
        std::string_view("!#$%&'*+-.^_`|~").find(static_cast<char>(c)) == std::string_view::npos) {
      return false;
    }
  }
  return true;
}

} // namespace

void check_options(const ServeOptions& options)
{
  if (options.port < 0 || options.port > 65535) {
    throw model::UsageError(
      trf("--port {}: give a port number from 1 to 65535, or 0 for any free port", options.port));
  }
  if (options.host.empty()) {
    throw model::UsageError(tr("--host is empty: give an address to listen on, like 127.0.0.1"));
  }
  if (!options.user_header.empty() && !is_header_name(options.user_header)) {
    throw model::UsageError(trf("--user-header \"{}\" is not a header name; give the header "
                                "your proxy sets to the user it let in, like X-Remote-User",
                                options.user_header));
  }
  if (options.allow == Allow::act && options.user_header.empty() && !is_loopback(options.host)) {
    throw model::UsageError(
      trf("--host {} is not a loopback address: with --allow act, anyone who reaches it would "
          "act as you; listen on 127.0.0.1, or serve with --allow view, or put the server "
          "behind a proxy that authenticates people and name the header it sets with "
          "--user-header",
          options.host));
  }
}

} // namespace sopctl::serve
