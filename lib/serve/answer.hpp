#pragma once

// What the server answers one request with, before it is put on the wire.

#include <string>

namespace sopctl::serve {

// A response: a page or document (200), a redirection after an action
// (303, `location` relative to the request's path), or a refusal whose
// `title` and `message` (plain text, escaped when drawn) become a notice
// page of the site, with a link back to `back` (site-relative).
struct Answer
{
  int status = 200;
  std::string content_type; // of `body`
  std::string body;
  std::string location; // for 303
  std::string title;    // for a notice page: status >= 400 and an empty body
  std::string message;
  std::string back = "index.html";
};

} // namespace sopctl::serve
