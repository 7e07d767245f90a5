#pragma once

// `sopctl serve`: a web server over the repository (README "sopctl serve").
// Every GET draws the site afresh from the files (ops::gather_site,
// site::build_pages); with --allow act, the pages' forms POST to /aksi/...,
// carried out one at a time by the command line's ops code. httplib is
// included only by lib/serve's .cpp files.

#include <filesystem>
#include <functional>
#include <memory>
#include <model/timestamp.hpp>
#include <ostream>
#include <serve/serve_options.hpp>
#include <store/repository.hpp>
#include <string>

namespace sopctl::serve {

// What the server needs from the command that starts it.
struct ServerSetup
{
  ServeOptions options;
  // The repository as it is now, opened afresh for each request (so a change
  // to sopctl.yaml is seen at once).
  std::function<store::Repository()> open_repository;
  // The time now in the repository's zone (ops::now: honours SOPCTL_NOW).
  std::function<model::Timestamp(const store::Repository&)> now;
  std::string search_path;        // $PATH: where Chromium is found for PDFs
  std::filesystem::path temp_dir; // where Chromium prints
  // Where the server says what each action recorded (the terminal); may be
  // null.
  std::ostream* log = nullptr;
};

// A server bound to its address, serving from run() until stop().
class Server
{
public:
  // Binds to options.host:options.port (port 0: a free port). Throws
  // model::Error when it cannot (the port in use, an unknown host).
  explicit Server(ServerSetup setup);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // The port it listens on (the one the kernel chose for port 0).
  int port() const;

  // http://HOST:PORT/ (an IPv6 host in brackets).
  std::string url() const;

  // Answers requests until stop() is called (from another thread or a
  // signal watcher); returns then.
  void run();

  // Stops run(): no new request is taken. Safe from any thread.
  void stop();

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Runs `server` until SIGINT, SIGTERM or SIGHUP arrives
// (process::watch_interruptions, called here), then stops it and returns
// the signal's number (the command exits 128 + it, as every sopctl command
// stopped by a signal does); 0 when the server stopped on its own.
int serve_until_signal(Server& server);

} // namespace sopctl::serve
