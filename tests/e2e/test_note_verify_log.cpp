// Notes under a roster, verify by prefix, and the log's JSON carrying the
// values and hashes of events.
#include "file_helpers.hpp"
#include "json_lite.hpp"
#include "seed_drafting.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

const std::string roster = "people:\n"
                           "  - name: Budi Santoso\n"
                           "    nip: \"19700101 199001 1 001\"\n"
                           "    roles: [sekretaris]\n"
                           "  - name: Joko Purnomo\n"
                           "    roles: [staf]\n";

void add_roster(const Sandbox& sandbox)
{
  auto config = sandbox.repo() / "sopctl.yaml";
  write_bytes(config, replace_once(read_bytes(config), "people: []\n", roster));
}

} // namespace

TEST_SUITE("e2e: note, verify, log")
{
  TEST_CASE("with a roster, a note by someone not on it is refused and the draft is unchanged")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Akta Kelahiran");
    add_roster(sandbox);
    auto before = read_bytes(sandbox.draft(id));
    auto result = sandbox.run({"note", id, "catatan", "--by", "Orang Lain", "--at", local_time(1)});
    CHECK(result.exit_code == 1);
    CHECK(contains(result.err, "\"Orang Lain\" is not in sopctl.yaml's people"));
    CHECK(read_bytes(sandbox.draft(id)) == before);
  }

  TEST_CASE("with a roster, a note as a role needs a person holding it, the roster name is kept")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Akta Kelahiran");
    add_roster(sandbox);
    auto refused = sandbox.run({"note",
                                id,
                                "catatan",
                                "--by",
                                "Joko Purnomo",
                                "--role",
                                "sekretaris",
                                "--at",
                                local_time(1)});
    CHECK(refused.exit_code == 1);
    CHECK(contains(refused.err, "Joko Purnomo does not hold the role sekretaris"));
    auto done = sandbox.run({"note",
                             id,
                             "catatan",
                             "--by",
                             "19700101199001 1 001",
                             "--role",
                             "sekretaris",
                             "--at",
                             local_time(1)});
    CHECK(done.exit_code == 0);
    CHECK(contains(read_bytes(sandbox.draft(id)), "      by: Budi Santoso\n"));
  }

  TEST_CASE("verify takes a unique prefix of a draft's id, and refuses an unknown one")
  {
    Sandbox sandbox;
    sandbox.init();
    start_draft(sandbox, "Akta Kelahiran");
    auto result = sandbox.run({"verify", "akta"});
    CHECK(result.exit_code == 0);
    CHECK(result.out == "1 draft, 1 event: the history is intact\n");
    auto unknown = sandbox.run({"verify", "ktp"});
    CHECK(unknown.exit_code == 1);
    CHECK(contains(unknown.err, "no draft \"ktp\""));
  }

  TEST_CASE("the log's JSON carries each event's values and hash")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Akta Kelahiran");
    REQUIRE(sandbox.run({"advance", id, "--role", "sekretaris", "--by", "A", "--at", local_time(1)})
              .exit_code == 0);
    REQUIRE(sandbox
              .run({"advance",
                    id,
                    "--role",
                    "staf",
                    "--by",
                    "B",
                    "--at",
                    local_time(2),
                    "--set",
                    "meeting.place=Ruang Rapat"})
              .exit_code == 0);
    auto log = sandbox.run({"log", id, "--format", "json"});
    REQUIRE(log.exit_code == 0);
    auto events = Json::parse(log.out)["events"];
    REQUIRE(events.size() == 3);
    CHECK(events[2]["set"]["meeting.place"].as_string() == "Ruang Rapat");
    CHECK(events[2]["set"]["number.undangan-rapat"].as_string() == "005/001/Disdukcapil/2026");
    CHECK(events[2]["hash"].as_string().size() == 16);
    CHECK_THROWS(events[0]["set"]["meeting.place"]); // an empty object
  }
}
