// A whole drafting run of the seed procedure, as an office would do it:
// steps 1-5, a rejection at the step-6 decision, round 2 through 5 and 6,
// then 7-10 (issue 2, section 5).
#include "file_helpers.hpp"
#include "json_lite.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <doctest/doctest.h>
#include <map>

using namespace e2e;

namespace {

// Who performs each role in the run.
std::string person(const std::string& role)
{
  static const std::map<std::string, std::string> people = {
    {"kadis", "Amarullah"},
    {"sekretaris", "Budi"},
    {"kabid", "Citra"},
    {"kasi", "Dewi"},
    {"staf", "Eko"},
  };
  return people.at(role);
}

// One advance of the run: the step it completes, whether it takes the
// Tidak exit, and the step that becomes active (0: the draft is finished).
struct Move
{
  int step;
  bool reject;
  int next;
};

constexpr Move run_moves[] = {
  {1, false, 2},
  {2, false, 3},
  {3, false, 4},
  {4, false, 5},
  {5, false, 6},
  {6, true, 5},
  {5, false, 6},
  {6, false, 7},
  {7, false, 8},
  {8, false, 9},
  {9, false, 10},
  {10, false, 0},
};

constexpr const char* rejection_note = "Kolom mutu baku waktu belum diisi";

std::string expected_output(const std::string& id, const Move& move)
{
  auto role = std::string(seed_step(move.step).role);
  std::string text = id + ": step " + std::to_string(move.step) +
                     (move.reject ? " sent back (Tidak)" : " done") + " by " + person(role) + "; ";
  if (move.next == 0) {
    return text + "the draft is finished\n";
  }
  const auto& next = seed_step(move.next);
  text += "step " + std::to_string(move.next) + " is now active: " + next.activity + " (" +
          next.role + ")\n";
  // Step 2 hands out the meeting invitation's number, signing (step 8) the
  // SOP's, step 9 the cover letter's: the first of each this year in a
  // fresh repository (later rounds keep the numbers already given).
  if (move.step == 2) {
    text += id + ": number.undangan-rapat is 005/001/Disdukcapil/2026\n";
  } else if (move.step == 8) {
    text += id + ": number.sop is 001/SOP-Disdukcapil/2026\n";
  } else if (move.step == 9) {
    text += id + ": number.surat-pengantar is 470/001/Disdukcapil/2026\n";
  }
  return text;
}

} // namespace

TEST_SUITE("e2e: drafting run")
{
  TEST_CASE("the seed is drafted to the end with one rejection at step 6 and "
            "a second round")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Pelayanan Akta Kelahiran");
    REQUIRE(id == "pelayanan-akta-kelahiran");

    int hour = 0;
    for (const auto& move : run_moves) {
      ++hour;
      CAPTURE(move.step);
      auto role = std::string(seed_step(move.step).role);
      std::vector<std::string> args{
        "advance", id, "--role", role, "--by", person(role), "--at", local_time(hour)};
      if (move.reject) {
        args.insert(args.end(), {"--reject", "--note", rejection_note});
      } else if (move.step == 6) {
        args.push_back("--yes");
      }
      auto before = read_bytes(sandbox.draft(id));
      auto result = sandbox.run(args);
      INFO("stderr: ", result.err);
      REQUIRE(result.exit_code == 0);
      CHECK(result.out == expected_output(id, move));
      CHECK(result.err == "");
      // An advance only appends the lines of its event.
      auto after = read_bytes(sandbox.draft(id));
      CHECK(after.size() > before.size());
      CHECK(after.compare(0, before.size(), before) == 0);

      if (move.reject) {
        auto status = sandbox.run({"status", id, "--format", "json"});
        REQUIRE(status.exit_code == 0);
        auto json = Json::parse(status.out);
        CHECK(json["state"].as_string() == "in_progress");
        CHECK(json["step"].as_int() == 5);
        CHECK(json["role"].as_string() == "kasi");
        CHECK(json["round"].as_int() == 2);
      }
    }

    auto status = sandbox.run({"status", "--format", "json"});
    INFO("status stderr: ", status.err);
    REQUIRE(status.exit_code == 0);
    auto drafts = Json::parse(status.out)["drafts"];
    REQUIRE(drafts.size() == 1);
    const auto& draft = drafts[0];
    CHECK(draft["id"].as_string() == id);
    CHECK(draft["title"].as_string() == "Pelayanan Akta Kelahiran");
    CHECK(draft["state"].as_string() == "done");
    CHECK(draft["step"].is_null());
    CHECK(draft["role"].is_null());
    CHECK(draft["round"].as_int() == 2);
    CHECK(draft["since"].as_string() == stored_time(12));
    // Every write went through a temporary file that is gone again.
    CHECK(snapshot(sandbox.repo() / "sops") ==
          Snapshot{{id + ".yaml", read_bytes(sandbox.draft(id))}});

    auto log = sandbox.run({"log", id, "--format", "json"});
    REQUIRE(log.exit_code == 0);
    auto events = Json::parse(log.out)["events"];
    REQUIRE(events.size() == 13);
    CHECK(events[0]["event"].as_string() == "started");
    CHECK(events[0]["step"].is_null());
    CHECK(events[0]["by"].as_string() == "Sekretaris Budi");
    CHECK(events[0]["at"].as_string() == stored_time(0));
    for (size_t i = 0; i < std::size(run_moves); ++i) {
      const auto& move = run_moves[i];
      const auto& event = events[i + 1];
      auto role = std::string(seed_step(move.step).role);
      CAPTURE(i + 1);
      CHECK(event["event"].as_string() == (move.reject ? "rejected" : "completed"));
      CHECK(event["step"].as_int() == move.step);
      CHECK(event["role"].as_string() == role);
      CHECK(event["by"].as_string() == person(role));
      CHECK(event["at"].as_string() == stored_time(static_cast<int>(i) + 1));
      CHECK(event["note"].as_string() == (move.reject ? rejection_note : ""));
    }
  }

  // The hash-chain lines (`prev:`, `hash:`: 16 hex digits each, quoted
  // when they look like a number) taken out
  // of `text`, after checking that each `prev` is the `hash` before it, so
  // the rest can be compared word for word.
  std::string without_chain(const std::string& text)
  {
    auto is_hex16 = [](const std::string& value) {
      return value.size() == 16 && value.find_first_not_of("0123456789abcdef") == std::string::npos;
    };
    std::string kept;
    std::string last_hash;
    size_t start = 0;
    while (start < text.size()) {
      auto end = text.find('\n', start);
      auto line = text.substr(start, end - start + 1);
      start = end == std::string::npos ? text.size() : end + 1;
      for (std::string key : {"prev", "hash"}) {
        std::string prefix = "      " + key + ": ";
        if (line.rfind(prefix, 0) == 0) {
          // Quoted when it could pass for a number (all digits, or 1e5).
          auto value = line.substr(prefix.size());
          value.erase(value.find_last_not_of("\n") + 1);
          if (value.size() == 18 && value.front() == '"' && value.back() == '"') {
            value = value.substr(1, 16);
          }
          CHECK(is_hex16(value));
          if (key == "prev" && !last_hash.empty()) {
            CHECK(value == last_hash);
          }
          if (key == "hash") {
            last_hash = value;
          }
          line.clear();
        }
      }
      // When each event was written: the real clock, checked elsewhere.
      if (line.rfind("      recorded: \"", 0) == 0) {
        line.clear();
      }
      kept += line;
    }
    return kept;
  }

  TEST_CASE("an advance appends exactly the lines of its event")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Pelayanan KTP");
    auto before = read_bytes(sandbox.draft(id));
    auto result = sandbox.run({"advance",
                               id,
                               "--role",
                               "sekretaris",
                               "--by",
                               "Budi",
                               "--at",
                               local_time(1),
                               "--note",
                               "Disposisi no. 12"});
    REQUIRE(result.exit_code == 0);
    CHECK(without_chain(read_bytes(sandbox.draft(id))) ==
          without_chain(before) + "    - event: completed\n"
                                  "      step: 1\n"
                                  "      role: sekretaris\n"
                                  "      by: Budi\n"
                                  "      at: \"2026-11-24T10:00:00+07:00\"\n"
                                  "      note: Disposisi no. 12\n");
  }

  TEST_CASE("values another YAML reader would misread are quoted in the draft")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Pelayanan KTP");
    auto before = read_bytes(sandbox.draft(id));
    REQUIRE(sandbox
              .run({"advance",
                    id,
                    "--role",
                    "sekretaris",
                    "--by",
                    "yes",
                    "--note",
                    "0631",
                    "--at",
                    local_time(1)})
              .exit_code == 0);
    REQUIRE(sandbox
              .run({"advance",
                    id,
                    "--role",
                    "staf",
                    "--by",
                    "No",
                    "--note",
                    "Baris satu\nBaris dua",
                    "--at",
                    local_time(2)})
              .exit_code == 0);
    CHECK(without_chain(read_bytes(sandbox.draft(id))) ==
          without_chain(before) + "    - event: completed\n"
                                  "      step: 1\n"
                                  "      role: sekretaris\n"
                                  "      by: \"yes\"\n"
                                  "      at: \"2026-11-24T10:00:00+07:00\"\n"
                                  "      note: \"0631\"\n"
                                  "    - event: completed\n"
                                  "      step: 2\n"
                                  "      role: staf\n"
                                  "      by: \"No\"\n"
                                  "      at: \"2026-11-24T11:00:00+07:00\"\n"
                                  "      note: |-\n"
                                  "        Baris satu\n"
                                  "        Baris dua\n"
                                  "      set:\n"
                                  "        number.undangan-rapat: "
                                  "005/001/Disdukcapil/2026\n");
    // And they read back as the same text.
    auto log = sandbox.run({"log", id, "--format", "json"});
    REQUIRE(log.exit_code == 0);
    auto events = Json::parse(log.out)["events"];
    REQUIRE(events.size() == 3);
    CHECK(events[1]["by"].as_string() == "yes");
    CHECK(events[1]["note"].as_string() == "0631");
    CHECK(events[2]["note"].as_string() == "Baris satu\nBaris dua");
  }

  TEST_CASE("a comment written by hand in the middle of a draft survives an "
            "advance")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Pelayanan KTP");
    auto original = read_bytes(sandbox.draft(id));
    int name_line = line_of(original, "\nname: ") + 1;
    REQUIRE(name_line > 1);
    auto commented =
      insert_before_line(original, name_line + 1, "# Catatan tangan: judul disepakati rapat.\n");
    write_bytes(sandbox.draft(id), commented);

    auto result =
      sandbox.run({"advance", id, "--role", "sekretaris", "--by", "Budi", "--at", local_time(1)});
    INFO("stderr: ", result.err);
    REQUIRE(result.exit_code == 0);
    auto after = read_bytes(sandbox.draft(id));
    CHECK(after.size() > commented.size());
    CHECK(after.compare(0, commented.size(), commented) == 0);

    auto check = sandbox.run({"check"});
    CHECK(check.exit_code == 0);
    CHECK(check.out == "");
  }

  TEST_CASE("status of one draft shows the round and the active step")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Pelayanan KTP");
    advance_until(sandbox, id, 6);
    auto reject = sandbox.run({"advance",
                               id,
                               "--role",
                               "kabid",
                               "--by",
                               "Citra",
                               "--reject",
                               "--note",
                               "Belum lengkap",
                               "--at",
                               local_time(6)});
    REQUIRE(reject.exit_code == 0);

    auto status = sandbox.run({"status", id});
    REQUIRE(status.exit_code == 0);
    CHECK(contains(status.out, "round 2"));
    CHECK(contains(status.out, "step 5/10 active"));
  }
}
