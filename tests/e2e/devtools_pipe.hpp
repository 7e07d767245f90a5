#pragma once

#include <string>
#include <sys/types.h>

namespace e2e {

// A headless Chromium driven over the DevTools protocol through
// --remote-debugging-pipe (requests on its fd 3, replies on its fd 4, each
// a JSON message ended by a NUL byte): no WebSocket, no port. Used to read
// the boxes a page lays out under print media, which --dump-dom cannot
// emulate. Throws std::runtime_error when Chromium does not answer.
class HeadlessChromium
{
public:
  // Starts `chromium` with a fresh profile in `profile_dir`.
  HeadlessChromium(const std::string& chromium, const std::string& profile_dir);
  HeadlessChromium(const HeadlessChromium&) = delete;
  HeadlessChromium& operator=(const HeadlessChromium&) = delete;
  // Closes the browser and waits for it.
  ~HeadlessChromium();

  // Opens `url` in a new tab with the print media type emulated, waits for
  // it to load and its fonts to be ready, then evaluates `expression` (which
  // must yield a string, or a promise of one) and returns that string.
  std::string evaluate_printed(const std::string& url, const std::string& expression);

private:
  // Sends one command (to the tab when `session` is set) and returns the
  // raw reply with its id, skipping events.
  std::string call(const std::string& method,
                   const std::string& params,
                   const std::string& session = "");

  pid_t pid_ = -1;
  int to_browser_ = -1;
  int from_browser_ = -1;
  int next_id_ = 1;
  std::string pending_; // bytes read past the last reply
};

// `text` as a JSON string literal, quotes included.
std::string json_quote(const std::string& text);

} // namespace e2e
