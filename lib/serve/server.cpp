#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <fmt/format.h>
#include <httplib.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <model/person.hpp>
#include <model/text.hpp>
#include <mutex>
#include <ops/actor.hpp>
#include <ops/site.hpp>
#include <poll.h>
#include <process/interruption.hpp>
#include <pthread.h>
#include <serve/form_actions.hpp>
#include <serve/server.hpp>
#include <serve/site_pages.hpp>
#include <serve/who_acts.hpp>
#include <sstream>
#include <thread>

namespace sopctl::serve {

namespace {

// Sent with every answer. The pages, their script and style and the
// documents come from this server only; a page may be framed only by this
// site's own pages (the SOP page shows its document in a frame); the
// rendered documents carry inline styles and data: images (the logo).
// Nothing is cached: a form must carry the file's hash as it is now.
httplib::Headers security_headers()
{
  return {
    {"Content-Security-Policy",
     "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
     "font-src 'self' data:; frame-ancestors 'self'; form-action 'self'; base-uri 'self'"},
    {"X-Content-Type-Options", "nosniff"},
    {"X-Frame-Options", "SAMEORIGIN"},
    {"Referrer-Policy", "same-origin"},
    {"Cache-Control", "no-store"},
  };
}

std::string lower(std::string_view text)
{
  std::string result(text);
  std::transform(result.begin(), result.end(), result.begin(), [](unsigned char c) {
    return static_cast<char>(std::tolower(c));
  });
  return result;
}

// "http://127.0.0.1:8080/x" -> "127.0.0.1:8080"; "" when it is not a URL.
std::string authority_of(std::string_view url)
{
  auto scheme = url.find("://");
  if (scheme == std::string_view::npos) {
    return {};
  }
  auto rest = url.substr(scheme + 3);
  return lower(rest.substr(0, rest.find_first_of("/?#")));
}

// The host of a Host header, without its port ("[::1]:8080" -> "[::1]").
std::string_view host_part(std::string_view authority)
{
  if (authority.starts_with('[')) {
    return authority.substr(0, authority.find(']') + 1);
  }
  return authority.substr(0, authority.find(':'));
}

} // namespace

struct Server::Impl
{
  ServerSetup setup;
  site::SiteOptions site_options;
  httplib::Server http;
  int port = 0;
  std::mutex action_mutex; // one action at a time
  std::mutex pdf_mutex;    // one Chromium at a time
  std::mutex log_mutex;

  // The site's frame around a refusal (its links root-absolute, so it
  // works at any path), with as little read as can be when `input` is null
  // (a refusal before the repository is looked at).
  std::string notice(const Answer& answer, const site::SiteInput* input) const
  {
    site::SiteInput bare;
    return site::notice_page(
      input ? *input : bare, site_options, answer.title, answer.message, answer.back);
  }

  void reply(httplib::Response& response, const Answer& answer, const site::SiteInput* input) const
  {
    response.status = answer.status;
    if (answer.status == 303) {
      response.set_header("Location", answer.location);
      response.set_content("", "text/plain");
      return;
    }
    if (answer.body.empty() && answer.status >= 400) {
      response.set_content(notice(answer, input), "text/html; charset=utf-8");
      return;
    }
    response.set_content(answer.body, answer.content_type);
  }

  void refuse(httplib::Response& response, int status, std::string title, std::string message) const
  {
    Answer answer;
    answer.status = status;
    answer.title = std::move(title);
    answer.message = std::move(message);
    reply(response, answer, nullptr);
  }

  // Refusals made before anything is read: a method other than GET, HEAD
  // and POST; a Host that is not this machine's on loopback (a page of
  // another site reaching the server through a rebound DNS name); a request
  // without the trusted header.
  bool screen(const httplib::Request& request, httplib::Response& response) const
  {
    const auto& options = setup.options;
    if (request.method != "GET" && request.method != "HEAD" && request.method != "POST") {
      refuse(response,
             405,
             "Metode tidak diterima",
             fmt::format("Situs ini hanya menerima GET dan HEAD (dan POST untuk formulir), "
                         "bukan {}.",
                         request.method));
      response.set_header("Allow", "GET, HEAD, POST");
      return true;
    }
    if (options.user_header.empty() && is_loopback(options.host) &&
        !is_loopback(host_part(lower(request.get_header_value("Host"))))) {
      refuse(response,
             403,
             "Alamat tidak dikenal",
             "Situs ini hanya dibuka dari komputer ini, melalui alamat 127.0.0.1 atau "
             "localhost.");
      return true;
    }
    if (!options.user_header.empty() &&
        model::trim(request.get_header_value(options.user_header.c_str())).empty()) {
      reply(response, unauthenticated(options), nullptr);
      return true;
    }
    return false;
  }

  // The site's options for one request: with act, who the pages are drawn
  // for (the header's person, else the server's own identity, as an action
  // would be taken), so a draft's page names them and warns of a step
  // whose roles they do not hold.
  site::SiteOptions options_for(const store::Repository& repository,
                                const httplib::Request& request) const
  {
    auto options = site_options;
    if (!options.act) {
      return options;
    }
    std::string who;
    if (!setup.options.user_header.empty()) {
      who = model::trim(request.get_header_value(setup.options.user_header.c_str()));
    } else {
      try {
        auto actor = ops::acting("", repository);
        who = actor.identity.empty() ? actor.by : actor.identity;
      } catch (const model::Error&) {
        return options;
      }
    }
    site::SiteOptions::Viewer viewer;
    viewer.name = who;
    const auto& people = repository.config.people;
    if (!people.empty()) {
      viewer.on_roster = true; // one not on it holds no role
      if (const auto* person = model::find_person(people, who)) {
        viewer.name = person->name;
        viewer.roles = person->roles;
      }
    }
    options.viewer = std::move(viewer);
    return options;
  }

  void get(const httplib::Request& request, httplib::Response& response)
  {
    auto repository = setup.open_repository();
    auto page_options = options_for(repository, request);
    auto input = ops::gather_site(repository, setup.now(repository), page_options);
    auto pages = site::build_pages(input, page_options);
    std::string_view path = request.path;
    path.remove_prefix(std::min<size_t>(1, path.size()));
    PdfTools tools{setup.search_path, setup.temp_dir};
    Answer answer;
    if (path.ends_with(".pdf")) {
      std::lock_guard lock(pdf_mutex);
      answer = answer_get(repository, path, input, pages, tools);
    } else {
      answer = answer_get(repository, path, input, pages, tools);
    }
    reply(response, answer, &input);
  }

  // Whether the form comes from a page of this server: its Origin (else its
  // Referer), when the browser sent one, names the Host it was sent to. A
  // form another site makes a browser send says that site.
  static bool same_origin(const httplib::Request& request)
  {
    auto host = lower(request.get_header_value("Host"));
    for (const char* name : {"Origin", "Referer"}) {
      if (request.has_header(name)) {
        return !host.empty() && authority_of(request.get_header_value(name)) == host;
      }
    }
    return true;
  }

  void post(const httplib::Request& request, httplib::Response& response)
  {
    const auto& options = setup.options;
    if (options.allow != Allow::act) {
      refuse(response,
             403,
             "Hanya untuk dilihat",
             "Situs ini dijalankan dengan sopctl serve --allow view: halamannya dapat dilihat, "
             "tetapi tindakan tidak diterima.");
      return;
    }
    auto action = action_at(request.path);
    if (!action) {
      bool under = request.path.starts_with("/aksi/");
      refuse(response,
             under ? 404 : 405,
             under ? "Tindakan tidak dikenal" : "Metode tidak diterima",
             under ? fmt::format("Tidak ada tindakan {}.", request.path)
                   : std::string("Formulir hanya dikirim ke /aksi/maju, /aksi/catatan atau "
                                 "/aksi/pantau."));
      if (!under) {
        response.set_header("Allow", "GET, HEAD");
      }
      return;
    }
    if (!same_origin(request)) {
      refuse(response,
             403,
             "Formulir dari situs lain",
             "Formulir ini tidak dikirim dari halaman situs ini, jadi tidak dijalankan.");
      return;
    }
    if (!request.get_header_value("Content-Type")
           .starts_with("application/x-www-form-urlencoded")) {
      refuse(response,
             415,
             "Formulir tidak dikenal",
             "Formulir dikirim sebagai application/x-www-form-urlencoded.");
      return;
    }
    httplib::Params fields;
    httplib::detail::parse_query_text(request.body, fields);
    auto field = [&fields](const std::string& name) -> std::optional<std::string> {
      auto found = fields.find(name);
      return found == fields.end() ? std::nullopt : std::optional(found->second);
    };
    std::optional<std::string> header;
    if (!options.user_header.empty()) {
      header = request.get_header_value(options.user_header.c_str());
    }
    std::lock_guard lock(action_mutex);
    auto repository = setup.open_repository();
    auto who = who_acts(options, repository, header);
    Answer answer;
    std::ostringstream said;
    if (auto* refusal = std::get_if<Answer>(&who)) {
      answer = *refusal;
    } else {
      const auto& actor = std::get<ops::Actor>(who);
      if (header) {
        // The commit is the named person's, as if they had run the command
        // in their own clone (the server's git identity stays the committer).
        if (const auto* person = model::find_person(repository.config.people, actor.identity)) {
          repository.commit_author = person->git_author();
        }
      }
      auto clock = [this, &repository] { return setup.now(repository); };
      answer = carry_out(*action, field, repository, actor, clock, said);
    }
    if (setup.log && !said.str().empty()) {
      std::lock_guard log_lock(log_mutex);
      *setup.log << said.str() << std::flush;
    }
    if (answer.status >= 400) {
      auto input = ops::gather_site(repository, setup.now(repository), site_options);
      reply(response, answer, &input);
      return;
    }
    reply(response, answer, nullptr);
  }
};

Server::Server(ServerSetup setup)
  : impl_(std::make_unique<Impl>())
{
  check_options(setup.options);
  impl_->setup = std::move(setup);
  auto& impl = *impl_;
  const auto& options = impl.setup.options;
  impl.site_options.act = options.allow == Allow::act;
  auto& http = impl.http;
  http.set_default_headers(security_headers());
  // A form is a few kilobytes; nothing larger is read.
  http.set_payload_max_length(1 << 20);
  http.set_pre_routing_handler(
    [&impl](const httplib::Request& request, httplib::Response& response) {
      return impl.screen(request, response) ? httplib::Server::HandlerResponse::Handled
                                            : httplib::Server::HandlerResponse::Unhandled;
    });
  // Every path is looked up by serve/site_pages (or form_actions), never as
  // a file: [\s\S] also matches a decoded line break.
  http.Get(R"([\s\S]*)", [&impl](const httplib::Request& request, httplib::Response& response) {
    impl.get(request, response);
  });
  http.Post(R"([\s\S]*)", [&impl](const httplib::Request& request, httplib::Response& response) {
    impl.post(request, response);
  });
  http.set_exception_handler(
    [&impl](const httplib::Request&, httplib::Response& response, std::exception_ptr error) {
      std::string message;
      try {
        std::rethrow_exception(error);
      } catch (const std::exception& caught) {
        message = caught.what();
      } catch (...) {
        message = "?";
      }
      impl.refuse(response, 500, "Kesalahan", message);
    });
  auto host = options.host;
  if (host.size() > 2 && host.front() == '[') {
    host = host.substr(1, host.size() - 2);
  }
  if (options.port == 0) {
    impl.port = http.bind_to_any_port(host);
  } else if (http.bind_to_port(host, options.port)) {
    impl.port = options.port;
  } else {
    impl.port = -1;
  }
  if (impl.port <= 0) {
    throw model::Error(trf("cannot listen on {} port {}: the port is in use, or the address is "
                           "not one of this machine's; choose another with --port or --host",
                           options.host,
                           options.port));
  }
}

Server::~Server()
{
  stop();
}

int Server::port() const
{
  return impl_->port;
}

std::string Server::url() const
{
  const auto& host = impl_->setup.options.host;
  bool bare_ipv6 = host.find(':') != std::string::npos && !host.starts_with('[');
  auto shown = bare_ipv6 ? "[" + host + "]" : host;
  return fmt::format("http://{}:{}/", shown, impl_->port);
}

void Server::run()
{
  impl_->http.listen_after_bind();
}

void Server::stop()
{
  impl_->http.stop();
}

int serve_until_signal(Server& server)
{
  process::watch_interruptions();
  // A parent may have started sopctl with these signals blocked (a test
  // runner does): the server is stopped by them, so they are let through.
  sigset_t stopping;
  sigemptyset(&stopping);
  for (int signal : {SIGINT, SIGTERM, SIGHUP}) {
    sigaddset(&stopping, signal);
  }
  pthread_sigmask(SIG_UNBLOCK, &stopping, nullptr);
  std::atomic<bool> done = false;
  std::thread serving([&] {
    server.run();
    done = true;
  });
  pollfd signalled = {process::interruption_descriptor(), POLLIN, 0};
  while (!done && process::interrupted_by() == 0) {
    // A timeout, so a server that stopped on its own is seen too.
    ::poll(&signalled, signalled.fd >= 0 ? 1 : 0, 200);
  }
  // stop() only stops a server that has begun listening: asked again until
  // run() returns.
  while (!done) {
    server.stop();
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  serving.join();
  return process::interrupted_by();
}

} // namespace sopctl::serve
