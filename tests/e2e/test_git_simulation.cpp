// The multi-clone simulation (issue 5, section 4): a bare server and three
// clones start, advance and annotate drafts - often the same draft at the
// same time - and sync in an order drawn from a seeded PRNG. The SOPs in
// force (finished drafts, SOPs adopted with `sopctl adopt`, and one SOP
// signed on paper committed without a record) are monitored, evaluated and
// now and then revoked (issue 13, section 4; written with
// lifecycle_events.hpp and committed as a clone would until monitor,
// evaluate and revoke exist). Real conflicts are reported by sync and
// resolved here by keeping "ours" (the server's side). At the end every
// clone holds the same SOPs, each verifies and checks, and every event any
// clone recorded is still there unless it lost a counted conflict.
#include "file_helpers.hpp"
#include "git_helpers.hpp"
#include "lifecycle_events.hpp"
#include "seed_drafting.hpp"

#include <algorithm>
#include <cstdio>
#include <doctest/doctest.h>
#include <map>
#include <random>
#include <set>
#include <sstream>

using namespace e2e;

namespace {

constexpr int rounds = 40;

// Local time `tick` * 7 minutes after 2026-11-24T09:00: every action later
// than all before it.
std::string at_tick(int tick)
{
  int minutes = 9 * 60 + tick * 7;
  char text[32];
  std::snprintf(text,
                sizeof text,
                "2026-11-%02dT%02d:%02d",
                24 + minutes / 1440,
                minutes % 1440 / 60,
                minutes % 60);
  return text;
}

// The active step of a draft's text (0 when finished) by replaying its
// `event:` and `step:` lines along the seed procedure.
int active_step(const std::string& text)
{
  int active = 0;
  for (size_t at = text.find("    - event: "); at != std::string::npos;
       at = text.find("    - event: ", at + 1)) {
    auto kind = text.substr(at + 13, text.find('\n', at) - at - 13);
    if (kind == "started") {
      active = 1;
    } else if (kind == "completed") {
      active = active == 10 ? 0 : active + 1;
    } else if (kind == "rejected") {
      active = 5;
    }
  }
  return active;
}

// Every event hash in a text (`hash: "0123..."`, or unquoted when it
// cannot be misread as a number).
std::set<std::string> hashes_in(const std::string& text)
{
  std::set<std::string> hashes;
  for (size_t at = text.find(" hash: "); at != std::string::npos;
       at = text.find(" hash: ", at + 1)) {
    auto value = at + 7 + (text[at + 7] == '"' ? 1 : 0);
    hashes.insert(text.substr(value, 16));
  }
  return hashes;
}

struct Simulation
{
  explicit Simulation(unsigned seed)
    : rng(seed)
  {
    make_server(sandbox);
    // An SOP signed on paper, in sops/ without a record: the first
    // monitoring in each clone begins one.
    write_bytes(sandbox.draft("cuti"),
                read_bytes(fs::path(SOPCTL_SOURCE_DIR) / "tests" / "fixtures" / "real" /
                           "luwu-timur-malili-cuti-tahunan.yaml"));
    git_ok(sandbox, sandbox.repo(), {"add", "sops/cuti.yaml"});
    git_ok(sandbox, sandbox.repo(), {"commit", "--quiet", "-m", "SOP cuti (kertas)"});
    git_ok(sandbox, sandbox.repo(), {"push", "--quiet"});
    for (int i = 0; i < 3; ++i) {
      auto name = "clone" + std::to_string(i);
      clones.push_back(
        make_clone(sandbox, name, "Pegawai " + std::to_string(i), name + "@sibolga.go.id"));
    }
  }

  std::vector<std::string> drafts(const fs::path& clone) const
  {
    std::vector<std::string> ids;
    for (const auto& entry : fs::directory_iterator(clone / "sops")) {
      if (entry.path().extension() == ".yaml") {
        ids.push_back(entry.path().stem().string());
      }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
  }

  // Runs a sopctl action in `clone`; it must succeed. Records every event
  // the clone's drafts then hold.
  void act(const fs::path& clone, std::vector<std::string> args)
  {
    args.insert(args.end(), {"--at", at_tick(++tick)});
    auto result = sandbox.run_in(clone, args);
    INFO("sopctl ", args[0], " ", args[1], " in ", clone.filename().string(), ": ", result.err);
    CHECK(result.exit_code == 0);
    ++actions;
    for (const auto& id : drafts(clone)) {
      for (const auto& hash : hashes_in(read_bytes(clone / "sops" / (id + ".yaml")))) {
        created.insert(hash);
      }
    }
  }

  // Records what the coming monitor, evaluate and revoke commands will
  // record in `clone`, committed alone as they will commit it.
  void life_act(const fs::path& clone, const std::string& id, LifecycleEvent event)
  {
    event.at = at_tick(++tick) + ":00+07:00";
    auto file = clone / "sops" / (id + ".yaml");
    append_lifecycle_event(file, event);
    git_ok(sandbox,
           clone,
           {"commit", "--quiet", "-m", event.kind + " " + id, "--", "sops/" + id + ".yaml"});
    ++actions;
    ++lifecycle_events[event.kind];
    for (const auto& hash : hashes_in(read_bytes(file))) {
      created.insert(hash);
    }
  }

  // The SOPs in force in `clone`: finished drafts, adopted SOPs and the
  // SOP signed on paper, unless revoked.
  std::vector<std::string> in_force(const fs::path& clone) const
  {
    std::vector<std::string> ids;
    for (const auto& id : drafts(clone)) {
      auto text = read_bytes(clone / "sops" / (id + ".yaml"));
      if (active_step(text) == 0 && !contains(text, "- event: revoked\n")) {
        ids.push_back(id);
      }
    }
    return ids;
  }

  // One event of an SOP's life in force, or an adoption, in `clone`.
  void random_life_action(const fs::path& clone, int index, unsigned choice)
  {
    auto by = "Pegawai " + std::to_string(index);
    auto sops = in_force(clone);
    if (choice == 10 || sops.empty()) {
      // Each clone adopts under its own ids: two adoptions of one id would
      // be one SOP adopted twice, a conflict nobody makes on purpose.
      auto id = "adopsi-" + std::to_string(index) + "-" + std::to_string(adopted++);
      act(clone, {"adopt", seed_source_path().string(), "--id", id, "--by", by});
      return;
    }
    const auto& id = sops[rng() % sops.size()];
    if (choice == 11) {
      auto event = monitoring(by, "");
      if (rng() % 3 == 0) {
        event.result = "tidak";
        event.action = "revisi";
      }
      life_act(clone, id, event);
    } else if (choice == 12) {
      life_act(clone,
               id,
               {"evaluated",
                by,
                "",
                "sekretaris",
                "Evaluasi tahunan",
                "baik",
                "",
                "",
                {{"kriteria.1", "ya"}, {"kriteria.2", rng() % 2 ? "ya" : "tidak"}}});
    } else if (revoked < 2) {
      ++revoked;
      life_act(clone, id, revocation(by, ""));
    } else {
      life_act(clone, id, monitoring(by, ""));
    }
  }

  // One action chosen by the PRNG in `clone`.
  void random_action(const fs::path& clone, int index)
  {
    std::vector<std::string> open;
    for (const auto& id : drafts(clone)) {
      if (active_step(read_bytes(clone / "sops" / (id + ".yaml"))) != 0) {
        open.push_back(id);
      }
    }
    auto choice = rng() % 14;
    if (choice >= 10) {
      random_life_action(clone, index, choice);
      return;
    }
    if (open.empty() || (choice == 0 && started < 6)) {
      auto title = "Draft " + std::to_string(index) + " " + std::to_string(started++);
      act(clone, {"start", title, "--by", "Pegawai " + std::to_string(index)});
      return;
    }
    const auto& id = open[rng() % open.size()];
    int step = active_step(read_bytes(clone / "sops" / (id + ".yaml")));
    if (choice < 7) {
      std::vector<std::string> args = {
        "advance", id, "--role", seed_step(step).role, "--by", "Pegawai " + std::to_string(index)};
      if (step == 6 && rng() % 3 == 0) {
        args.insert(args.end(), {"--reject", "--note", "kurang lengkap"});
      } else if (step == 6) {
        args.push_back("--yes");
      }
      act(clone, args);
    } else {
      act(clone,
          {"note",
           id,
           "catatan " + std::to_string(tick),
           "--by",
           "Pegawai " + std::to_string(index)});
    }
  }

  // Resolves the rebase sync stopped in by keeping "ours" in each conflict,
  // noting the events only "theirs" had as lost.
  void resolve(const fs::path& clone)
  {
    for (int guard = 0; guard < 20 && fs::exists(clone / ".git" / "rebase-merge"); ++guard) {
      auto conflicted = git_ok(sandbox, clone, {"diff", "--name-only", "--diff-filter=U"});
      std::istringstream files(conflicted);
      for (std::string file; std::getline(files, file);) {
        auto text = read_bytes(clone / file);
        std::string kept;
        std::string ours_side;
        std::string theirs_side;
        int side = 0; // 0 both, 1 ours, 2 theirs
        std::istringstream lines(text);
        for (std::string line; std::getline(lines, line);) {
          if (line.starts_with("<<<<<<< ")) {
            side = 1;
          } else if (side == 1 && line.starts_with("# sopctl: ")) {
            // the explanation goes with the markers
          } else if (side == 1 && line == "=======") {
            side = 2;
          } else if (side == 2 && line.starts_with(">>>>>>> ")) {
            side = 0;
          } else if (side == 2) {
            theirs_side += line + "\n";
          } else {
            kept += line + "\n";
            ours_side += side == 1 ? line + "\n" : "";
          }
        }
        for (const auto& hash : hashes_in(theirs_side)) {
          if (!hashes_in(ours_side).contains(hash)) {
            lost.insert(hash);
          }
        }
        write_bytes(clone / file, kept);
        git_ok(sandbox, clone, {"add", file});
      }
      run_git(sandbox, clone, {"-c", "core.editor=true", "rebase", "--continue"});
    }
    REQUIRE_FALSE(fs::exists(clone / ".git" / "rebase-merge"));
  }

  // `sopctl sync` in `clone`; a real conflict is counted and resolved, and
  // the sync run again. Returns whether anything moved.
  bool sync(const fs::path& clone)
  {
    auto result = sandbox.run_in(clone, {"sync"});
    ++syncs;
    if (result.exit_code != 0) {
      INFO("sync in ", clone.filename().string(), ": ", result.err);
      REQUIRE(result.err.starts_with("conflict in sops/"));
      // Two outcomes of one step; or in an SOP's life in force, two
      // revocations, or an event recorded after the other clone revoked it.
      CHECK((contains(result.err, ": two outcomes recorded for the draft: ours step ") ||
             contains(result.err, ": two revocations recorded for the SOP: ours revoked by ") ||
             contains(result.err,
                      ": the merged events do not make one record of the SOP signed on paper (") ||
             contains(result.err,
                      ": the merged events do not replay as one history; merge them by hand")));
      ++conflicts;
      resolve(clone);
      result = sandbox.run_in(clone, {"sync"});
      INFO("sync after resolving: ", result.err);
      REQUIRE(result.exit_code == 0);
    }
    bool pulled = !contains(result.out, "pulled nothing new");
    bool pushed = !contains(result.out, "nothing to push");
    merges += pulled && pushed ? 1 : 0;
    return pulled || pushed;
  }

  Sandbox sandbox;
  std::vector<fs::path> clones;
  std::mt19937 rng; // its output sequence is fixed by the standard
  int tick = 0;
  int started = 0;
  int adopted = 0;
  int revoked = 0;
  std::map<std::string, int> lifecycle_events; // monitored, evaluated, revoked
  int actions = 0;
  int syncs = 0;
  int merges = 0;
  int conflicts = 0;
  std::set<std::string> created;
  std::set<std::string> lost;
};

// Runs the simulation from `seed` and checks its end.
void simulate(unsigned seed)
{
  Simulation sim(seed);
  std::vector<int> unsynced(sim.clones.size(), 0);
  for (int round = 0; round < rounds; ++round) {
    auto index = sim.rng() % sim.clones.size();
    const auto& clone = sim.clones[index];
    if (sim.rng() % 5 == 0 || unsynced[index] >= 3) {
      sim.sync(clone);
      unsynced[index] = 0;
    } else {
      sim.random_action(clone, static_cast<int>(index));
      ++unsynced[index];
    }
  }
  // Everyone syncs until a whole pass moves nothing.
  int passes = 0;
  for (bool moved = true; moved && passes < 10; ++passes) {
    moved = false;
    for (const auto& clone : sim.clones) {
      moved = sim.sync(clone) || moved;
    }
  }
  MESSAGE("simulation (seed " << seed << "): " << rounds << " rounds, " << sim.actions
                              << " actions, " << sim.syncs << " syncs, " << sim.merges
                              << " merges, " << sim.conflicts << " conflicts, " << sim.adopted
                              << " adoptions, " << sim.lifecycle_events["monitored"]
                              << " monitorings, " << sim.lifecycle_events["evaluated"]
                              << " evaluations, " << sim.lifecycle_events["revoked"]
                              << " revocations, " << sim.created.size() << " events, "
                              << sim.lost.size() << " lost to conflicts");
  CHECK(passes < 10);
  CHECK(sim.merges > 0);
  CHECK(sim.adopted > 0);
  CHECK(sim.lifecycle_events["monitored"] + sim.lifecycle_events["evaluated"] > 0);

  auto first = snapshot(sim.clones[0] / "sops");
  std::set<std::string> final_hashes;
  for (const auto& [name, bytes] : first) {
    auto hashes = hashes_in(bytes);
    final_hashes.insert(hashes.begin(), hashes.end());
  }
  for (const auto& clone : sim.clones) {
    INFO("clone ", clone.filename().string());
    CHECK(differences(first, snapshot(clone / "sops")) == "");
    CHECK(git_status(sim.sandbox, clone) == "");
    auto verify = sim.sandbox.run_in(clone, {"verify"});
    CHECK(verify.exit_code == 0);
    CHECK(verify.out.ends_with(": the history is intact\n"));
    // Two clones may hand out one letter number; check must name both
    // drafts then (issue 5, section 2). Nothing else may be wrong.
    auto check = sim.sandbox.run_in(clone, {"check"});
    std::istringstream lines(check.out);
    for (std::string line; std::getline(lines, line);) {
      INFO("check: ", line);
      CHECK(contains(line, " was also given to sops/"));
    }
  }
  for (const auto& hash : sim.created) {
    INFO("event ", hash);
    CHECK((final_hashes.contains(hash) || sim.lost.contains(hash)));
  }
  for (const auto& hash : sim.lost) {
    INFO("event lost to a conflict ", hash);
    CHECK_FALSE(final_hashes.contains(hash));
  }
}

} // namespace

TEST_SUITE("git::simulation")
{
  // Each seed is its own order of work; the checks at the end are the same.
  TEST_CASE("three clones working concurrently end with the same drafts (seed 20261124)")
  {
    simulate(20261124);
  }

  TEST_CASE("three clones working concurrently end with the same drafts (seed 1)")
  {
    simulate(1);
  }

  TEST_CASE("three clones working concurrently end with the same drafts (seed 2)")
  {
    simulate(2);
  }
}
