// `sopctl monitor` and `sopctl evaluate` (issue 13, section 3): the
// monitoring of Tabel 7 of PermenPAN-RB 35/2012 and the yearly evaluation,
// recorded as events on an SOP in force; an SOP signed on paper gets its
// record at the end of its file, the SOP's text untouched.
#include "file_helpers.hpp"
#include "git_helpers.hpp"
#include "report_helpers.hpp"
#include "seed_drafting.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// A git repository holding the seed, signed on paper on 29 September 2020,
// as sops/seed.yaml (committed), with `config` in sopctl.yaml in place of
// its empty roster.
struct PaperRepo
{
  explicit PaperRepo(const std::string& config = "")
  {
    git_init(sandbox, sandbox.repo(), "Admin", "admin@sibolga.go.id");
    sandbox.init();
    seed = read_bytes(seed_source_path());
    write_bytes(sandbox.draft("seed"), seed);
    if (!config.empty()) {
      auto path = sandbox.repo() / "sopctl.yaml";
      write_bytes(path, replace_once(read_bytes(path), "people: []\n", config));
    }
    git_ok(sandbox, sandbox.repo(), {"add", "-A"});
    git_ok(sandbox, sandbox.repo(), {"commit", "--quiet", "-m", "seed"});
  }

  std::string file() const { return read_bytes(sandbox.draft("seed")); }

  Sandbox sandbox;
  std::string seed;
};

const std::string monitoring_roster = "people:\n"
                                      "  - name: Budi Santoso\n"
                                      "    roles: [sekretaris]\n"
                                      "    email: budi@sibolga.go.id\n"
                                      "  - name: Joko Purnomo\n"
                                      "    roles: [kasi, staf]\n"
                                      "    email: joko@sibolga.go.id\n"
                                      "monitoring:\n"
                                      "  role: sekretaris\n";

const std::vector<std::string> all_ya = {"--criteria", "ya,ya,ya,ya,ya,ya,ya"};

} // namespace

TEST_SUITE("e2e: monitor and evaluate")
{
  TEST_CASE("monitoring an SOP signed on paper adds its record at the end, the SOP untouched")
  {
    PaperRepo r;
    auto out = run_ok(r.sandbox,
                      {"monitor",
                       "seed",
                       "--result",
                       "baik",
                       "--note",
                       "Dilaksanakan sesuai SOP",
                       "--by",
                       "Budi",
                       "--at",
                       "2026-05-10T10:00"});
    CHECK(out == "seed: monitoring recorded: baik by Budi\n");
    auto after = r.file();
    REQUIRE(after.starts_with(r.seed));
    auto record = after.substr(r.seed.size());
    CHECK(record.starts_with("\n# The record of an SOP signed on paper: written by sopctl, events "
                             "are only\n# appended.\ndrafting:\n  events:\n    - event: monitored\n"
                             "      by: Budi\n      at: \"2026-05-10T10:00:00+07:00\"\n"));
    CHECK(contains(record, "      note: Dilaksanakan sesuai SOP\n      result: baik\n"));
    CHECK(contains(record, "      hash: "));
    CHECK(!contains(record, "procedure:"));
    // One commit, the file only; the file checks; a second monitoring is
    // appended to the same record.
    CHECK(commit_subjects(r.sandbox, r.sandbox.repo()).front() ==
          "monitor seed: baik by Budi - Dilaksanakan sesuai SOP");
    CHECK(files_of_head(r.sandbox, r.sandbox.repo()) == "sops/seed.yaml\n");
    CHECK(git_status(r.sandbox, r.sandbox.repo()) == "");
    CHECK(r.sandbox.run({"check", "sops/seed.yaml"}).exit_code == 0);
    run_ok(r.sandbox,
           {"monitor",
            "seed",
            "--result",
            "tidak",
            "--note",
            "Langkah 3 sering terlambat",
            "--action",
            "Sosialisasi ulang",
            "--by",
            "Budi",
            "--at",
            "2026-11-10T10:00"});
    auto twice = r.file();
    CHECK(twice.starts_with(after));
    CHECK(contains(twice.substr(after.size()), "    - event: monitored\n"));
    CHECK(contains(twice, "      action: Sosialisasi ulang\n"));
    // init, the seed, two monitorings.
    CHECK(commit_subjects(r.sandbox, r.sandbox.repo()).size() == 4);
  }

  TEST_CASE("--dry-run prints the record it would write and changes nothing")
  {
    PaperRepo r;
    auto out = run_ok(r.sandbox,
                      {"monitor",
                       "seed",
                       "--result",
                       "baik",
                       "--note",
                       "Baik",
                       "--by",
                       "Budi",
                       "--at",
                       "2026-05-10T10:00",
                       "--dry-run"});
    CHECK(contains(out, "    - event: monitored\n"));
    CHECK(contains(out, "monitor seed: baik by Budi - Baik"));
    CHECK(r.file() == r.seed);
    CHECK(git_status(r.sandbox, r.sandbox.repo()) == "");
  }

  TEST_CASE("a result tidak without --action is refused before anything is written")
  {
    PaperRepo r;
    auto args = std::vector<std::string>{
      "monitor", "seed", "--result", "tidak", "--note", "Terlambat", "--by", "Budi"};
    CHECK(expect_usage_error(r.sandbox, args) ==
          "a monitoring whose result is tidak needs the action to take (Tindakan yang Harus "
          "Diambil): give it with --action TEXT\n");
    CHECK(r.file() == r.seed);
    auto id = r.sandbox.run(args, {{"LANGUAGE", "id"}});
    CHECK(id.exit_code == 2);
    CHECK(id.err == "monitoring dengan hasil tidak memerlukan Tindakan yang Harus Diambil: berikan "
                    "dengan --action TEKS\n");
  }

  TEST_CASE("with a roster and monitoring.role only its holders monitor, recorded by name")
  {
    PaperRepo r(monitoring_roster);
    set_identity(r.sandbox, r.sandbox.repo(), "Joko", "joko@sibolga.go.id");
    auto args = std::vector<std::string>{
      "monitor", "seed", "--result", "baik", "--note", "Baik", "--at", "2026-05-10T10:00"};
    CHECK(expect_refused(r.sandbox, args) ==
          "sops/seed.yaml: Joko Purnomo does not hold the role sekretaris; it is held by: Budi "
          "Santoso\n");
    CHECK(r.file() == r.seed);
    set_identity(r.sandbox, r.sandbox.repo(), "Budi", "budi@sibolga.go.id");
    CHECK(run_ok(r.sandbox, args) == "seed: monitoring recorded: baik by Budi Santoso\n");
    CHECK(contains(r.file(), "      role: sekretaris\n      by: Budi Santoso\n"));
  }

  TEST_CASE("a draft is not in force and is not monitored or evaluated")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Pelayanan KTP");
    auto before = read_bytes(sandbox.draft(id));
    CHECK(
      expect_refused(
        sandbox,
        {"monitor", id, "--result", "baik", "--note", "x", "--by", "B", "--at", local_time(1)}) ==
      "sops/pelayanan-ktp.yaml: pelayanan-ktp is a draft (konsep), not an SOP in force: only "
      "an SOP in force (berlaku) is monitored; sign it first\n");
    auto evaluate = std::vector<std::string>{"evaluate", id, "--note", "x", "--by", "B"};
    evaluate.insert(evaluate.end(), all_ya.begin(), all_ya.end());
    CHECK(expect_refused(sandbox, evaluate) ==
          "sops/pelayanan-ktp.yaml: pelayanan-ktp is a draft (konsep), not an SOP in force: only "
          "an SOP in force (berlaku) is evaluated; sign it first\n");
    CHECK(read_bytes(sandbox.draft(id)) == before);
    CHECK(expect_refused(
            sandbox, {"monitor", "tidak-ada", "--result", "baik", "--note", "x", "--by", "B"}) ==
          "no SOP \"tidak-ada\" in sops; `sopctl register` lists the SOPs\n");
  }

  TEST_CASE("an action saying revisi prints the sopctl revise line to run")
  {
    PaperRepo r;
    auto out = run_ok(r.sandbox,
                      {"monitor",
                       "seed",
                       "--result",
                       "tidak",
                       "--note",
                       "Mutu baku langkah 3 tidak terpenuhi",
                       "--action",
                       "Revisi SOP: mutu baku waktu langkah 3",
                       "--by",
                       "Budi",
                       "--at",
                       "2026-05-10T10:00"});
    CHECK(out == "seed: monitoring recorded: tidak by Budi\n"
                 "seed: the action asks for a revision; start it with:\n"
                 "  sopctl revise seed --reason \"Revisi SOP: mutu baku waktu langkah 3\"\n");
  }

  TEST_CASE("evaluate records every criterion's answer and the overall result")
  {
    PaperRepo r;
    auto args = std::vector<std::string>{"evaluate",
                                         "seed",
                                         "--criteria",
                                         "ya,tidak,ya,ya,ya,ya,ya",
                                         "--note",
                                         "Sulit dipahami petugas baru",
                                         "--action",
                                         "revisi bahasa langkah 2",
                                         "--by",
                                         "Budi",
                                         "--at",
                                         "2026-05-10T11:00"};
    auto out = run_ok(r.sandbox, args);
    CHECK(out == "seed: evaluation recorded: tidak by Budi\n"
                 "seed: the action asks for a revision; start it with:\n"
                 "  sopctl revise seed --reason \"revisi bahasa langkah 2\"\n");
    auto record = r.file().substr(r.seed.size());
    CHECK(contains(record, "    - event: evaluated\n"));
    CHECK(contains(record, "      result: tidak\n"));
    CHECK(contains(record, "        kriteria.1: ya\n        kriteria.2: tidak\n"));
    CHECK(contains(record, "        kriteria.7: ya\n"));
    CHECK(commit_subjects(r.sandbox, r.sandbox.repo()).front() ==
          "evaluate seed: tidak by Budi - Sulit dipahami petugas baru");
  }

  TEST_CASE("evaluate with another number of answers than criteria is refused, naming them")
  {
    PaperRepo r;
    auto err = expect_usage_error(
      r.sandbox, {"evaluate", "seed", "--criteria", "ya,ya,tidak", "--note", "x", "--by", "Budi"});
    CHECK(err == "--criteria gives 3 answers; the evaluation has 7 criteria, answer each with ya "
                 "or tidak, in this order:\n"
                 "  1. Mampu mendorong peningkatan kinerja\n"
                 "  2. Mudah dipahami\n"
                 "  3. Mudah dilaksanakan\n"
                 "  4. Semua orang dapat menjalankan perannya masing-masing\n"
                 "  5. Mampu mengatasi permasalahan yang berkaitan dengan proses\n"
                 "  6. Mampu menjawab kebutuhan peningkatan kinerja organisasi\n"
                 "  7. Sinergi satu dengan lainnya\n");
    CHECK(r.file() == r.seed);
  }
}
