// serve::Server in this process on a free loopback port, asked with
// httplib's client: the pages and documents it answers, what it never
// serves, and the form actions (advance, note, monitor) carried out by the
// command line's ops code with one commit each, refused with 401, 403, 405,
// 409 and 422 as README "sopctl serve" says.
#include "ops_fixtures.hpp"

#include <atomic>
#include <chrono>
#include <git/git.hpp>
#include <httplib.h>
#include <memory>
#include <ops/expected_hash.hpp>
#include <ops/note.hpp>
#include <ops/render.hpp>
#include <serve/server.hpp>
#include <thread>

using namespace sopctl::ops_test;
namespace serve = sopctl::serve;
namespace git = sopctl::git;

namespace {

// A TempRepo made a git work tree (so every action commits), with git's
// identity Sekretaris Budi, served until destroyed.
struct Served
{
  TempRepo repo;
  std::unique_ptr<serve::Server> server;
  std::thread thread;
  std::atomic<bool> done = false;
  std::ostringstream log;

  explicit Served(serve::ServeOptions options = {}, const std::string& people = "")
  {
    git("init", "-q");
    git("config", "user.name", "Sekretaris Budi");
    git("config", "user.email", "budi@example.go.id");
    if (!people.empty()) {
      repo.set_people(people);
    }
    repo.start("Akta", "akta");
    git("add", "-A");
    git("commit", "-q", "-m", "start");
    repo.reopen();
    initial = commits();
    options.port = 0;
    serve::ServerSetup setup;
    setup.options = options;
    auto root = repo.root;
    setup.open_repository = [root] { return sopctl::store::open_repository(root, std::nullopt); };
    setup.now = [](const sopctl::store::Repository&) { return hour(100); };
    setup.temp_dir = fs::temp_directory_path();
    setup.log = &log;
    server = std::make_unique<serve::Server>(std::move(setup));
    // Bound and listening already: a client may connect before run() loops.
    thread = std::thread([this] {
      server->run();
      done = true;
    });
  }

  ~Served()
  {
    while (!done) {
      server->stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    thread.join();
  }

  template<class... Args>
  std::string git(Args... args) const
  {
    auto result = git::run_git(repo.root, {args...});
    REQUIRE_MESSAGE(result.ok(), result.err);
    return result.out;
  }

  // The commits made since the server started.
  int commits() const { return std::stoi(git("rev-list", "--count", "HEAD")) - initial; }
  int initial = 0;

  httplib::Client client() const
  {
    httplib::Client client("127.0.0.1", server->port());
    client.set_read_timeout(std::chrono::seconds(30));
    return client;
  }

  // The draft's file hash, as its page carries it.
  std::string hash(const std::string& id = "akta") const
  {
    return sopctl::ops::file_hash(repo.text(id));
  }

  httplib::Result post(const std::string& path,
                       const httplib::Params& fields,
                       const httplib::Headers& headers = {}) const
  {
    auto c = client();
    return c.Post(path.c_str(), headers, fields);
  }
};

serve::ServeOptions acting(const std::string& user_header = "")
{
  serve::ServeOptions options;
  options.allow = serve::Allow::act;
  options.user_header = user_header;
  return options;
}

const std::string roster = "people:\n"
                           "  - name: Sekretaris Budi\n"
                           "    email: budi@example.go.id\n"
                           "    roles: [staf]\n"
                           "  - name: Siti Aminah\n"
                           "    nip: \"19800202 200501 2 002\"\n"
                           "    email: siti@example.go.id\n"
                           "    roles: [sekretaris]\n";

// What a refusal page shows of `message`: the site escapes it.
std::string escaped(std::string message)
{
  std::string out;
  for (char c : message) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

} // namespace

TEST_SUITE("serve::Server")
{
  TEST_CASE("serve: GET / is the site's register page, sent with the security headers")
  {
    Served served;
    auto c = served.client();
    auto page = c.Get("/");
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(page->get_header_value("Content-Type") == "text/html; charset=utf-8");
    CHECK(page->body.find("<html lang=\"id\"") != std::string::npos);
    auto policy = page->get_header_value("Content-Security-Policy");
    CHECK(policy.find("default-src 'self'") != std::string::npos);
    CHECK(policy.find("frame-ancestors 'self'") != std::string::npos);
    CHECK(page->get_header_value("X-Content-Type-Options") == "nosniff");
    CHECK(page->get_header_value("Cache-Control") == "no-store");
    auto index = c.Get("/index.html");
    REQUIRE(index);
    CHECK(index->status == 200);
    auto head = c.Head("/");
    REQUIRE(head);
    CHECK(head->status == 200);
    CHECK(head->body.empty());
  }

  TEST_CASE("serve: dokumen/ID.html is the draft's document as render --format html prints it")
  {
    Served served;
    sopctl::ops::RenderRequest request;
    request.sop = "akta";
    std::ostringstream rendered;
    sopctl::ops::render_sop(served.repo.repository, request, rendered);
    auto c = served.client();
    auto document = c.Get("/dokumen/akta.html");
    REQUIRE(document);
    CHECK(document->status == 200);
    CHECK(document->body == rendered.str());
    auto missing = c.Get("/dokumen/nope.html");
    REQUIRE(missing);
    CHECK(missing->status == 404);
  }

  TEST_CASE("serve: a path that is not a page is 404, and no path reaches a file on disk")
  {
    Served served;
    auto config = read_bytes(served.repo.root / "sopctl.yaml");
    auto draft = served.repo.text("akta");
    auto c = served.client();
    for (const char* path : {"/nope.html",
                             "/../sopctl.yaml",
                             "/dokumen/..%2f..%2fsopctl.yaml",
                             "/dokumen/..%2fsopctl.yaml.html",
                             "/dokumen/..%2fsops%2fakta.html",
                             "/sops/akta.yaml",
                             "/sopctl.yaml",
                             "/%2e%2e/%2e%2e/etc/passwd",
                             "/konsep/..%2f..%2fsopctl.yaml"}) {
      CAPTURE(path);
      auto answer = c.Get(path);
      REQUIRE(answer);
      CHECK(answer->status == 404);
      CHECK(answer->body.find("Halaman tidak ditemukan") != std::string::npos);
      CHECK(answer->body.find("people:") == std::string::npos);
      CHECK(answer->body.find("drafting:") == std::string::npos);
    }
  }

  TEST_CASE("serve: methods other than GET, HEAD and POST are 405")
  {
    Served served;
    auto c = served.client();
    auto put = c.Put("/index.html", "x", "text/plain");
    REQUIRE(put);
    CHECK(put->status == 405);
    CHECK(put->get_header_value("Allow") == "GET, HEAD, POST");
    auto removed = c.Delete("/");
    REQUIRE(removed);
    CHECK(removed->status == 405);
    auto page_post = served.post("/index.html", {{"hash", "x"}});
    REQUIRE(page_post);
    CHECK(page_post->status == 403); // --allow view: no POST at all
  }

  TEST_CASE("serve: a POST without --allow act is 403 and writes nothing")
  {
    Served served;
    auto before = snapshot(served.repo.root / "sops");
    auto answer = served.post(
      "/aksi/maju", {{"draft", "akta"}, {"hash", served.hash()}, {"peran", "sekretaris"}});
    REQUIRE(answer);
    CHECK(answer->status == 403);
    CHECK(answer->body.find("--allow view") != std::string::npos);
    CHECK(snapshot(served.repo.root / "sops") == before);
    CHECK(served.commits() == 0);
  }

  TEST_CASE("serve: advancing through the form is one commit, by git's user, and 303 to the page")
  {
    Served served(acting());
    auto answer = served.post("/aksi/maju",
                              {{"draft", "akta"},
                               {"hash", served.hash()},
                               {"peran", "sekretaris"},
                               {"catatan", "disposisi\r\nditerima"}});
    REQUIRE(answer);
    CHECK(answer->status == 303);
    CHECK(answer->get_header_value("Location") == "../konsep/akta.html");
    CHECK(served.commits() == 1);
    CHECK(served.git("log", "-1", "--format=%s") ==
          "advance akta: step 1 done by sekretaris (Sekretaris Budi) - disposisi\n");
    auto text = served.repo.text("akta");
    CHECK(text.find("note: |-\n        disposisi\n        diterima\n") != std::string::npos);
    CHECK(served.log.str().find("akta: step 1 done by Sekretaris Budi") != std::string::npos);
    CHECK(served.git("status", "--porcelain").empty());
  }

  TEST_CASE("serve: a note through the form is one commit, and 303 to the draft's page")
  {
    Served served(acting());
    auto answer = served.post(
      "/aksi/catatan", {{"draft", "akta"}, {"hash", served.hash()}, {"catatan", "berkas dibaca"}});
    REQUIRE(answer);
    CHECK(answer->status == 303);
    CHECK(served.commits() == 1);
    CHECK(served.git("log", "-1", "--format=%s") ==
          "note akta: step 1 by Sekretaris Budi - berkas dibaca\n");
  }

  TEST_CASE("serve: a wrong role is refused with the ops message, and nothing is written")
  {
    Served served(acting());
    auto before = served.repo.text("akta");
    auto answer =
      served.post("/aksi/maju", {{"draft", "akta"}, {"hash", served.hash()}, {"peran", "staf"}});
    REQUIRE(answer);
    CHECK(answer->status == 422);
    CHECK(answer->body.find(escaped(refusal([&] {
      sopctl::workflow::AdvanceRequest request;
      request.role = "staf";
      request.by = "x";
      std::ostringstream out;
      sopctl::ops::advance_draft(served.repo.repository, "akta", request, clock_at(100), out);
    }))) != std::string::npos);
    CHECK(served.repo.text("akta") == before);
    CHECK(served.commits() == 0);
  }

  TEST_CASE("serve: a role the roster does not give the person is 403 with the roster's message")
  {
    Served served(acting(), roster);
    auto answer = served.post(
      "/aksi/maju", {{"draft", "akta"}, {"hash", served.hash()}, {"peran", "sekretaris"}});
    REQUIRE(answer);
    CHECK(answer->status == 403);
    CHECK(answer->body.find("sops/akta.yaml: Sekretaris Budi does not hold the role sekretaris; "
                            "it is held by: Siti Aminah") != std::string::npos);
    CHECK(served.commits() == 0);
  }

  TEST_CASE("serve: a form whose hash is not the file's is 409 and the file is unchanged")
  {
    Served served(acting());
    auto stale = served.hash();
    // The file changes under the page: a note made on the command line.
    sopctl::ops::NoteRequest note;
    note.text = "dicatat di terminal";
    note.by = "Rina";
    note.at = hour(50);
    std::ostringstream out;
    sopctl::ops::note_draft(served.repo.repository, "akta", note, out);
    auto before = served.repo.text("akta");
    auto commits = served.commits();
    auto answer =
      served.post("/aksi/maju", {{"draft", "akta"}, {"hash", stale}, {"peran", "sekretaris"}});
    REQUIRE(answer);
    CHECK(answer->status == 409);
    CHECK(answer->body.find("sops/akta.yaml: the file has changed since this page was opened") !=
          std::string::npos);
    CHECK(served.repo.text("akta") == before);
    CHECK(served.commits() == commits);
    auto noted =
      served.post("/aksi/catatan", {{"draft", "akta"}, {"hash", stale}, {"catatan", "terlambat"}});
    REQUIRE(noted);
    CHECK(noted->status == 409);
    CHECK(served.repo.text("akta") == before);
  }

  TEST_CASE("serve: a form without the hash, or from another site, is refused")
  {
    Served served(acting());
    auto before = served.repo.text("akta");
    auto no_hash = served.post("/aksi/maju", {{"draft", "akta"}, {"peran", "sekretaris"}});
    REQUIRE(no_hash);
    CHECK(no_hash->status == 422);
    CHECK(no_hash->body.find("hash") != std::string::npos);
    httplib::Params fields = {{"draft", "akta"}, {"hash", served.hash()}, {"peran", "sekretaris"}};
    auto forged = served.post("/aksi/maju", fields, {{"Origin", "http://evil.example"}});
    REQUIRE(forged);
    CHECK(forged->status == 403);
    auto referred =
      served.post("/aksi/maju", fields, {{"Referer", "http://evil.example/page.html"}});
    REQUIRE(referred);
    CHECK(referred->status == 403);
    auto unknown = served.post("/aksi/hapus", fields);
    REQUIRE(unknown);
    CHECK(unknown->status == 404);
    CHECK(served.repo.text("akta") == before);
    CHECK(served.commits() == 0);
    // The same form from the server's own page goes through.
    auto own =
      served.post("/aksi/maju",
                  fields,
                  {{"Origin", "http://127.0.0.1:" + std::to_string(served.server->port())}});
    REQUIRE(own);
    CHECK(own->status == 303);
    CHECK(served.commits() == 1);
  }

  TEST_CASE("serve: on loopback, a Host that is not this machine's is 403 (a rebound DNS name)")
  {
    Served served;
    auto c = served.client();
    auto answer = c.Get("/", {{"Host", "evil.example"}});
    REQUIRE(answer);
    CHECK(answer->status == 403);
    auto local = c.Get("/", {{"Host", "localhost:8080"}});
    REQUIRE(local);
    CHECK(local->status == 200);
  }

  TEST_CASE("serve: monitoring a draft through the form is refused as the command line does")
  {
    Served served(acting());
    auto answer = served.post(
      "/aksi/pantau",
      {{"sop", "akta"}, {"hash", served.hash()}, {"hasil", "baik"}, {"catatan", "berjalan"}});
    REQUIRE(answer);
    CHECK(answer->status == 422);
    CHECK(answer->body.find("sops/akta.yaml: akta is a draft (konsep), not an SOP in force") !=
          std::string::npos);
    CHECK(served.commits() == 0);
  }

  TEST_CASE("serve: with --user-header, a request without it is 401 and a stranger is 403")
  {
    Served served(acting("X-Remote-User"), roster);
    auto c = served.client();
    auto page = c.Get("/");
    REQUIRE(page);
    CHECK(page->status == 401);
    CHECK(page->body.find("X-Remote-User") != std::string::npos);
    auto seen = c.Get("/", {{"X-Remote-User", "Siti Aminah"}});
    REQUIRE(seen);
    CHECK(seen->status == 200);
    // The draft's page names who would act, and warns one without the
    // step's role (a stranger holds none).
    auto hers = c.Get("/konsep/akta.html", {{"X-Remote-User", "siti@example.go.id"}});
    REQUIRE(hers);
    CHECK(hers->body.find("Anda bertindak sebagai <strong>Siti Aminah</strong>.</p>") !=
          std::string::npos);
    auto his = c.Get("/konsep/akta.html", {{"X-Remote-User", "Mallory"}});
    REQUIRE(his);
    CHECK(his->body.find("Anda bertindak sebagai <strong>Mallory</strong>. <span "
                         "class=\"not-yours\">") != std::string::npos);
    httplib::Params fields = {{"draft", "akta"}, {"hash", served.hash()}, {"peran", "sekretaris"}};
    auto anonymous = served.post("/aksi/maju", fields);
    REQUIRE(anonymous);
    CHECK(anonymous->status == 401);
    auto stranger = served.post("/aksi/maju", fields, {{"X-Remote-User", "Mallory"}});
    REQUIRE(stranger);
    CHECK(stranger->status == 403);
    CHECK(served.commits() == 0);
    // The header's person acts (by NIP), not git's user.
    auto siti = served.post("/aksi/maju", fields, {{"X-Remote-User", "19800202 200501 2 002"}});
    REQUIRE(siti);
    CHECK(siti->status == 303);
    CHECK(served.commits() == 1);
    CHECK(served.git("log", "-1", "--format=%s") ==
          "advance akta: step 1 done by sekretaris (Siti Aminah)\n");
    // The commit is hers (verify --git matches its author to the event),
    // committed by the server's own git identity.
    CHECK(served.git("log", "-1", "--format=%an <%ae>") == "Siti Aminah <siti@example.go.id>\n");
  }
}

TEST_SUITE("serve::ServeOptions")
{
  TEST_CASE("serve: loopback addresses")
  {
    for (const char* host : {"127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"}) {
      CAPTURE(host);
      CHECK(serve::is_loopback(host));
    }
    for (const char* host : {"0.0.0.0", "192.168.1.10", "::", "example.org", "128.0.0.1", ""}) {
      CAPTURE(host);
      CHECK_FALSE(serve::is_loopback(host));
    }
  }

  TEST_CASE("serve: the options refused, word for word")
  {
    serve::ServeOptions options;
    options.host = "0.0.0.0";
    options.allow = serve::Allow::act;
    CHECK(refusal([&] { serve::check_options(options); }) ==
          "--host 0.0.0.0 is not a loopback address: with --allow act, anyone who reaches it "
          "would act as you; listen on 127.0.0.1, or serve with --allow view, or put the server "
          "behind a proxy that authenticates people and name the header it sets with "
          "--user-header");
    options.user_header = "X-Remote-User";
    CHECK(refusal([&] { serve::check_options(options); }) == "the command was not refused");
    options.allow = serve::Allow::view;
    options.user_header.clear();
    CHECK(refusal([&] { serve::check_options(options); }) == "the command was not refused");
    options.user_header = "X Remote";
    CHECK(refusal([&] { serve::check_options(options); }) ==
          "--user-header \"X Remote\" is not a header name; give the header your proxy sets to "
          "the user it let in, like X-Remote-User");
    options.user_header.clear();
    options.port = 70000;
    CHECK(refusal([&] { serve::check_options(options); }) ==
          "--port 70000: give a port number from 1 to 65535, or 0 for any free port");
  }
}
