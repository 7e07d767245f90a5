// `sopctl serve` as a program (issue 14, section 2): the options it refuses,
// word for word; the address as the first line of its output (what the
// browser tests read); its pages and the ops refusals on them in
// Indonesian; SIGTERM and SIGINT stopping it with 128 + the signal.
#include "file_helpers.hpp"
#include "seed_drafting.hpp"

#include <chrono>
#include <csignal>
#include <doctest/doctest.h>
#include <fstream>
#include <httplib.h>
#include <sys/stat.h>
#include <thread>

using namespace e2e;

namespace {

// The first line the server printed, read from its stdout as it runs
// (/proc/PID/fd/1: the runner's temporary file); "" when none came within
// ten seconds.
std::string first_line(const Process& server)
{
  auto path = "/proc/" + std::to_string(server.pid()) + "/fd/1";
  for (int tries = 0; tries < 200; ++tries) {
    // Until the child has made its stdout the runner's file, fd 1 is still
    // the test's own (a pipe under ctest): reading it would block.
    struct stat status;
    if (::stat(path.c_str(), &status) != 0 || !S_ISREG(status.st_mode)) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      continue;
    }
    std::ifstream out(path);
    std::string line;
    if (std::getline(out, line) && !out.eof()) {
      return line;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return {};
}

// The port of "http://127.0.0.1:PORT/"; 0 when the line is not shaped so.
int port_of(const std::string& line)
{
  const std::string prefix = "http://127.0.0.1:";
  if (!line.starts_with(prefix) || !line.ends_with("/")) {
    return 0;
  }
  return std::stoi(line.substr(prefix.size()));
}

} // namespace

TEST_SUITE("e2e: serve")
{
  TEST_CASE("serve: the options it refuses, word for word, with exit 2")
  {
    Sandbox sandbox;
    sandbox.init();
    auto open = sandbox.run({"serve", "--host", "0.0.0.0", "--allow", "act"});
    CHECK(open.exit_code == 2);
    CHECK(open.out.empty());
    CHECK(open.err ==
          "--host 0.0.0.0 is not a loopback address: with --allow act, anyone who reaches it "
          "would act as you; listen on 127.0.0.1, or serve with --allow view, or put the server "
          "behind a proxy that authenticates people and name the header it sets with "
          "--user-header\n");
    auto port = sandbox.run({"serve", "--port", "70000"});
    CHECK(port.exit_code == 2);
    CHECK(port.err == "--port 70000: give a port number from 1 to 65535, or 0 for any free "
                      "port\n");
    auto header = sandbox.run({"serve", "--user-header", "X Remote"});
    CHECK(header.exit_code == 2);
    CHECK(header.err == "--user-header \"X Remote\" is not a header name; give the header your "
                        "proxy sets to the user it let in, like X-Remote-User\n");
    // A trusted header maps people of the roster, and this one has none.
    auto no_roster = sandbox.run(
      {"serve", "--host", "0.0.0.0", "--allow", "act", "--user-header", "X-Remote-User"});
    CHECK(no_roster.exit_code == 2);
    CHECK(no_roster.err ==
          "--user-header X-Remote-User: the header names a person of sopctl.yaml's roster, and it "
          "has none: add the people who may act under people:, or serve with --allow view\n");
    // Nobody to act as: no --by to give, no git identity, no $USER.
    auto nobody = sandbox.run({"serve", "--allow", "act", "--port", "0"});
    CHECK(nobody.exit_code == 2);
    CHECK(nobody.err == "cannot tell who is acting: give --by NAME (or set git config "
                        "user.name)\n");
    // An address that is not this machine's (TEST-NET-1, RFC 5737).
    auto elsewhere = sandbox.run({"serve", "--host", "192.0.2.1", "--port", "0"});
    CHECK(elsewhere.exit_code == 1);
    CHECK(elsewhere.err ==
          "cannot listen on 192.0.2.1 port 0: the port is in use, or the address is not one of "
          "this machine's; choose another with --port or --host\n");
  }

  TEST_CASE("serve: the address first, the pages and the ops refusals in Indonesian, and "
            "SIGTERM stops it with 143")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Akta Kelahiran");
    auto before = read_bytes(sandbox.draft(id));
    auto server = sandbox.spawn({"serve", "--allow", "act", "--port", "0"}, {{"USER", "Rina"}});
    auto line = first_line(server);
    int port = port_of(line);
    REQUIRE_MESSAGE(port > 0, line);
    httplib::Client client("127.0.0.1", port);
    client.set_read_timeout(std::chrono::seconds(60));
    auto page = client.Get("/konsep/" + id + ".html");
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(contains(page->body, "<html lang=\"id\">"));
    CHECK(contains(page->body, "<form id=\"advance\""));
    auto hash = page->body.substr(page->body.find("name=\"hash\" value=\"") + 19, 64);
    // Step 1 is the sekretaris's: the ops refusal, in Indonesian.
    auto refused =
      client.Post("/aksi/maju", httplib::Params{{"draft", id}, {"hash", hash}, {"peran", "staf"}});
    REQUIRE(refused);
    CHECK(refused->status == 422);
    CHECK(contains(refused->body, "dilaksanakan oleh sekretaris (Sekretaris), bukan staf"));
    auto missing = client.Get("/tidak-ada.html");
    REQUIRE(missing);
    CHECK(missing->status == 404);
    CHECK(contains(missing->body, "Halaman tidak ditemukan"));
    CHECK(read_bytes(sandbox.draft(id)) == before);
    ::kill(server.pid(), SIGTERM);
    auto result = server.wait();
    CHECK(result.exit_code == 143);
    CHECK(result.out.starts_with(line + "\n"));
  }

  TEST_CASE("serve: Ctrl-C (SIGINT) stops it with 130, after an advance through its form")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Akta Kelahiran");
    auto server = sandbox.spawn({"serve", "--allow", "act", "--port", "0"}, {{"USER", "Rina"}});
    int port = port_of(first_line(server));
    REQUIRE(port > 0);
    httplib::Client client("127.0.0.1", port);
    client.set_read_timeout(std::chrono::seconds(60));
    auto page = client.Get("/konsep/" + id + ".html");
    REQUIRE(page);
    auto hash = page->body.substr(page->body.find("name=\"hash\" value=\"") + 19, 64);
    auto done = client.Post(
      "/aksi/maju", httplib::Params{{"draft", id}, {"hash", hash}, {"peran", "sekretaris"}});
    REQUIRE(done);
    CHECK(done->status == 303);
    CHECK(contains(read_bytes(sandbox.draft(id)), "by: Rina"));
    ::kill(server.pid(), SIGINT);
    auto result = server.wait();
    CHECK(result.exit_code == 130);
    // What the action recorded, said on the terminal in Indonesian.
    CHECK(contains(result.out, id + ": langkah 1 selesai oleh Rina"));
  }
}
