#pragma once

// How `sopctl serve` was asked to serve, and the options it refuses.

#include <string>
#include <string_view>

namespace sopctl::serve {

// What the people reaching the server may do.
enum class Allow
{
  view, // read the pages and documents (the default)
  act,  // also advance, note and monitor through the pages' forms
};

// `sopctl serve [--host H] [--port N] [--allow view|act] [--user-header NAME]`.
struct ServeOptions
{
  std::string host = "127.0.0.1";
  int port = 8080; // 0: any free port, chosen by the kernel
  Allow allow = Allow::view;
  // The header an authenticating reverse proxy sets to the person it let in
  // (X-Remote-User); empty: none is trusted, and on loopback the person who
  // started the server acts.
  std::string user_header;
};

// Whether `host` is this machine only: localhost, 127.0.0.0/8 or ::1
// (bracketed or not).
bool is_loopback(std::string_view host);

// Throws model::UsageError, saying what to do instead, for options the
// server refuses: a port out of range, a header name that is not one, and
// --allow act on a non-loopback address without --user-header (anyone
// reaching it would act as the person who started it).
void check_options(const ServeOptions& options);

} // namespace sopctl::serve
