// `sopctl adopt` (issue 13): an SOP signed on paper brought into sops/, its
// text kept byte for byte and followed by a record holding one sealed
// `adopted` event, in one commit; each refusal with its message, files
// unchanged. The seed and real SOPs of tests/fixtures/real/ are adopted.
#include "file_helpers.hpp"
#include "git_helpers.hpp"
#include "lifecycle_events.hpp"
#include "seed_drafting.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

fs::path real_fixture(const std::string& name)
{
  return fs::path(SOPCTL_SOURCE_DIR) / "tests" / "fixtures" / "real" / (name + ".yaml");
}

// repo/ is a git repository (with an identity) set up by `sopctl init`,
// with the SOP files to adopt beside sops/ in arsip/.
struct Office
{
  Office()
  {
    git_init(sandbox, sandbox.repo(), "Admin", "admin@sibolga.go.id");
    sandbox.init();
  }

  // Puts `bytes` in arsip/NAME (not committed: a file from elsewhere).
  std::string file(const std::string& name, const std::string& bytes) const
  {
    write_bytes(sandbox.repo() / "arsip" / name, bytes);
    return "arsip/" + name;
  }

  std::string ok(const std::vector<std::string>& args, const Env& env = {}) const
  {
    return sopctl_ok(sandbox, sandbox.repo(), args, env);
  }

  size_t commits() const { return commit_subjects(sandbox, sandbox.repo()).size(); }

  Sandbox sandbox;
};

// The record adopt writes after a text, for an event by `by` at `at` and
// recorded at the same moment (SOPCTL_NOW), without its hash line.
std::string record_start(const std::string& by, const std::string& at)
{
  return "\n# The record of an SOP signed on paper: written by sopctl, events are only\n"
         "# appended.\n"
         "drafting:\n"
         "  events:\n"
         "    - event: adopted\n"
         "      by: " +
         by +
         "\n"
         "      at: \"" +
         at +
         "\"\n"
         "      recorded: \"" +
         at + "\"\n";
}

} // namespace

TEST_SUITE("e2e: adopt")
{
  TEST_CASE("the seed is adopted byte for byte with a sealed adopted event, in one commit")
  {
    Office o;
    auto seed = read_bytes(seed_source_path());
    auto given = o.file("penyusunan-sop-pelayanan.yaml", seed);
    auto before = o.commits();
    auto out = o.ok({"adopt", given, "--by", "Budi Santoso", "--note", "asli di lemari arsip"},
                    replay_now(stored_time(1)));
    CHECK(out == "penyusunan-sop-pelayanan\n");
    auto adopted = read_bytes(o.sandbox.draft("penyusunan-sop-pelayanan"));
    REQUIRE(adopted.starts_with(seed));
    auto record = adopted.substr(seed.size());
    CHECK(record.starts_with(record_start("Budi Santoso", stored_time(1)) +
                             "      note: asli di lemari arsip\n"
                             "      hash: "));
    CHECK(line_count(record) == 11); // no procedure, no prev: the record's first event
    CHECK_FALSE(contains(record, "procedure:"));
    CHECK_FALSE(contains(record, "prev:"));
    // The file given is left where it was; one commit holds the new file.
    CHECK(read_bytes(o.sandbox.repo() / given) == seed);
    CHECK(o.commits() == before + 1);
    CHECK(commit_subjects(o.sandbox, o.sandbox.repo()).front() ==
          "adopt penyusunan-sop-pelayanan: Penyusunan Standar Operasional Prosedur (SOP) "
          "Pelayanan (by Budi Santoso)");
    CHECK(files_of_head(o.sandbox, o.sandbox.repo()) == "sops/penyusunan-sop-pelayanan.yaml\n");
    CHECK(git_status(o.sandbox, o.sandbox.repo()) == "?? arsip/\n");
    auto check = o.sandbox.run({"check"});
    CHECK(check.out == "");
    CHECK(check.exit_code == 0);
    CHECK(o.sandbox.run({"verify"}).exit_code == 0);
  }

  TEST_CASE("a real SOP with its approval date is adopted under the id given")
  {
    Office o;
    auto text = read_bytes(real_fixture("luwu-timur-malili-cuti-tahunan"));
    auto given = o.file("luwu.yaml", text);
    CHECK(o.ok({"adopt", given, "--id", "cuti-tahunan", "--by", "Rina"},
               replay_now(stored_time(2))) == "cuti-tahunan\n");
    auto adopted = read_bytes(o.sandbox.draft("cuti-tahunan"));
    CHECK(adopted.starts_with(text));
    CHECK(contains(adopted.substr(text.size()), record_start("Rina", stored_time(2))));
    CHECK(commit_subjects(o.sandbox, o.sandbox.repo()).front() ==
          "adopt cuti-tahunan: PERMOHONAN CUTI TAHUNAN PNS (by Rina)");
    CHECK(o.sandbox.run({"check"}).exit_code == 0);
    CHECK(o.ok({"verify"}) == "1 SOP signed on paper, 1 event: the history is intact\n");
  }

  TEST_CASE("a real SOP without an approval date is refused until dates.approved is set")
  {
    Office o;
    auto text = read_bytes(real_fixture("poso-akta-kelahiran"));
    auto given = o.file("poso-akta-kelahiran.yaml", text);
    auto err = expect_refused(o.sandbox, {"adopt", given, "--by", "Rina"});
    CHECK(err == "arsip/poso-akta-kelahiran.yaml: the SOP has no approval date, so nothing says "
                 "it was signed; set dates.approved to the day it was signed (YYYY-MM-DD) to "
                 "adopt it, or draft it with: sopctl start \"Penerbitan Akta Kelahiran\"\n");
    CHECK_FALSE(fs::exists(o.sandbox.draft("poso-akta-kelahiran")));
    auto approved = replace_once(text, "  approved: \"\"\n", "  approved: \"2019-03-04\"\n");
    o.file("poso-akta-kelahiran.yaml", approved);
    // The id is the file's name.
    CHECK(o.ok({"adopt", given, "--by", "Rina"}, replay_now(stored_time(3))) ==
          "poso-akta-kelahiran\n");
    CHECK(read_bytes(o.sandbox.draft("poso-akta-kelahiran")).starts_with(approved));
    CHECK(o.sandbox.run({"check"}).exit_code == 0);
  }

  TEST_CASE("the id comes from the SOP's name when the file's name cannot be one")
  {
    Office o;
    auto given =
      o.file("SOP Cuti (scan).yaml", read_bytes(real_fixture("luwu-timur-malili-cuti-tahunan")));
    CHECK(o.ok({"adopt", given, "--by", "Rina"}) == "permohonan-cuti-tahunan-pns\n");
    CHECK(fs::exists(o.sandbox.draft("permohonan-cuti-tahunan-pns")));
  }

  TEST_CASE("a file that does not check clean is refused with each problem at its line")
  {
    Office o;
    auto seed = read_bytes(seed_source_path());
    auto broken = replace_once(seed, "\nname: ", "\nnama: x\nname: ");
    auto given = o.file("rusak.yaml", broken);
    auto err = expect_refused(o.sandbox, {"adopt", given, "--by", "Rina"});
    auto line = std::to_string(line_of(broken, "nama: x"));
    CHECK(err ==
          "arsip/rusak.yaml:" + line +
            ":1: unknown key \"nama\" in the SOP; the keys are: number, name, "
            "version, section, office, dates, approver, signatories, legal_basis, qualifications, "
            "related, equipment, warning, records, performers, steps, time_unit, signing, "
            "numbering, letters, data, drafting\n"
            "arsip/rusak.yaml: the SOP does not check clean, so it was not adopted; fix "
            "the problems above (sopctl check arsip/rusak.yaml lists them) and adopt it "
            "again\n");
  }

  TEST_CASE("a draft is refused: it is signed by drafting it, not adopted")
  {
    Office o;
    auto id = start_draft(o.sandbox, "Pelayanan KTP");
    auto given = o.file("ktp.yaml", read_bytes(o.sandbox.draft(id)));
    auto err = expect_refused(o.sandbox, {"adopt", given, "--id", "ktp", "--by", "Rina"});
    CHECK(err == "arsip/ktp.yaml: this SOP is a draft (its record names the procedure "
                 "07/SOP-Disdukcapil/SES/2020), not an SOP signed on paper; a draft is signed by "
                 "drafting it to its end (sopctl advance), not adopted\n");
  }

  TEST_CASE("a file that has its record already is refused, and so is an id taken")
  {
    Office o;
    auto given = o.file("sop.yaml", read_bytes(seed_source_path()));
    o.ok({"adopt", given, "--by", "Rina"});
    auto err = expect_refused(o.sandbox, {"adopt", given, "--by", "Rina"});
    CHECK(err == "sops/sop.yaml: already exists; choose another id with --id\n");
    auto copy = o.file("salinan.yaml", read_bytes(o.sandbox.draft("sop")));
    auto line = std::to_string(line_of(read_bytes(o.sandbox.repo() / copy), "drafting:"));
    err = expect_refused(o.sandbox, {"adopt", copy, "--by", "Rina"});
    CHECK(err == "arsip/salinan.yaml: this SOP already has its record (its line " + line +
                   "): it was adopted or monitored before; copy the file into sops/ as it is "
                   "to keep that record\n");
  }

  TEST_CASE("a missing file, a bad --id and a malformed --at are refused, nothing written")
  {
    Office o;
    auto err = expect_refused(o.sandbox, {"adopt", "arsip/tidak-ada.yaml", "--by", "Rina"});
    CHECK(contains(err, "arsip/tidak-ada.yaml: "));
    auto given = o.file("sop.yaml", read_bytes(seed_source_path()));
    CHECK(expect_usage_error(o.sandbox, {"adopt", given, "--id", "bukan id", "--by", "Rina"}) ==
          "--id \"bukan id\": the id may hold only lower-case letters, digits, "
          "'-', '_' and '.'\n");
    expect_usage_error(o.sandbox, {"adopt", given, "--by", "Rina", "--at", "besok"});
    err = expect_refused(o.sandbox, {"adopt", given, "--by", "Rina", "--at", "2099-01-01T09:00"});
    CHECK(contains(err, "sops/sop.yaml: --at 2099-01-01T09:00:00+07:00 is in the future"));
  }

  TEST_CASE("a file that ends its YAML document cannot take a record after it, and is refused")
  {
    Office o;
    auto given = o.file("akhir.yaml", read_bytes(seed_source_path()) + "...\n");
    CHECK(expect_refused(o.sandbox, {"adopt", given, "--by", "Rina"}) ==
          "arsip/akhir.yaml: the record cannot be added after the file's text (it does not read "
          "back as the same SOP; an end of document \"...\" or a second document would do that): "
          "remove what follows the SOP and adopt it again\n");
  }

  TEST_CASE("--dry-run shows the file and the commit it would make, and writes nothing")
  {
    Office o;
    auto seed = read_bytes(seed_source_path());
    auto given = o.file("sop.yaml", seed);
    auto before = snapshot(o.sandbox.repo() / "sops");
    auto commits = o.commits();
    auto out = o.ok({"adopt", given, "--by", "Rina", "--dry-run"}, replay_now(stored_time(1)));
    CHECK(out.starts_with("dry run: would create sops/sop.yaml:\n" + seed +
                          record_start("Rina", stored_time(1))));
    CHECK(contains(out,
                   "\nsop\ndry run: would commit sops/sop.yaml with the message:\nadopt sop: "
                   "Penyusunan Standar Operasional Prosedur (SOP) Pelayanan (by Rina)\n"
                   "dry run: nothing was written\n"));
    CHECK(differences(before, snapshot(o.sandbox.repo() / "sops")) == "");
    CHECK(o.commits() == commits);
  }

  TEST_CASE("a file already in sops/ without a record gets its record in place")
  {
    Office o;
    auto seed = read_bytes(seed_source_path());
    write_bytes(o.sandbox.draft("sop-7"), seed);
    git_ok(o.sandbox, o.sandbox.repo(), {"add", "sops/sop-7.yaml"});
    git_ok(o.sandbox, o.sandbox.repo(), {"commit", "--quiet", "-m", "SOP 7 di atas kertas"});
    CHECK(o.ok({"adopt", "sops/sop-7.yaml", "--by", "Rina"}, replay_now(stored_time(1))) ==
          "sop-7\n");
    CHECK(read_bytes(o.sandbox.draft("sop-7"))
            .starts_with(seed + record_start("Rina", stored_time(1))));
    CHECK(files_of_head(o.sandbox, o.sandbox.repo()) == "sops/sop-7.yaml\n");
    CHECK(git_status(o.sandbox, o.sandbox.repo()) == "");
  }

  TEST_CASE("a text without its last newline, or with CR LF line ends, is kept as written")
  {
    Office o;
    auto seed = read_bytes(seed_source_path());
    // Another number: two SOPs with one number is a problem check reports.
    auto cut = replace_once(seed.substr(0, seed.size() - 1),
                            "number: 07/SOP-Disdukcapil/SES/2020",
                            "number: 08/SOP-Disdukcapil/SES/2020");
    o.ok({"adopt", o.file("tanpa-akhir.yaml", cut), "--by", "Rina"}, replay_now(stored_time(1)));
    CHECK(read_bytes(o.sandbox.draft("tanpa-akhir"))
            .starts_with(cut + "\n" + record_start("Rina", stored_time(1))));
    std::string crlf;
    for (char c : seed) {
      crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    }
    o.ok({"adopt", o.file("windows.yaml", crlf), "--by", "Rina"}, replay_now(stored_time(1)));
    auto adopted = read_bytes(o.sandbox.draft("windows"));
    CHECK(adopted.starts_with(crlf + "\r\n# The record of an SOP signed on paper"));
    CHECK(adopted.ends_with("\r\n"));
    CHECK(o.sandbox.run({"check"}).exit_code == 0);
  }

  TEST_CASE("with a roster, the adopter is the git identity's person, and verify --git agrees")
  {
    Office o;
    auto config = o.sandbox.repo() / "sopctl.yaml";
    write_bytes(config,
                replace_once(read_bytes(config),
                             "people: []\n",
                             "people:\n"
                             "  - name: Amarullah Gultom\n"
                             "    roles: [kadis]\n"
                             "    email: amarullah@sibolga.go.id\n"
                             "  - name: Budi Santoso\n"
                             "    roles: [sekretaris]\n"
                             "    email: budi@sibolga.go.id\n"));
    set_identity(o.sandbox, o.sandbox.repo(), "Amarullah Gultom", "amarullah@sibolga.go.id");
    git_ok(o.sandbox, o.sandbox.repo(), {"commit", "--quiet", "-am", "roster"});
    set_identity(o.sandbox, o.sandbox.repo(), "Budi Santoso", "budi@sibolga.go.id");
    auto given = o.file("sop.yaml", read_bytes(seed_source_path()));
    auto err = expect_refused(o.sandbox, {"adopt", given, "--by", "Amarullah Gultom"});
    CHECK(contains(err, "Amarullah Gultom"));
    CHECK(o.ok({"adopt", given}) == "sop\n");
    CHECK(contains(read_bytes(o.sandbox.draft("sop")), "      by: Budi Santoso\n"));
    CHECK(o.ok({"verify", "--git"}) ==
          "1 SOP signed on paper, 1 event: the history is intact and every event "
          "was committed by its own person, holding its role\n");
  }

  TEST_CASE("a refusal in Indonesian with LANGUAGE=id")
  {
    Office o;
    auto given = o.file("poso.yaml", read_bytes(real_fixture("poso-akta-kelahiran")));
    auto result = o.sandbox.run({"adopt", given, "--by", "Rina"}, {{"LANGUAGE", "id"}});
    CHECK(result.exit_code == 1);
    CHECK(result.err == "arsip/poso.yaml: SOP ini tidak memiliki tanggal pengesahan, jadi tidak "
                        "ada yang menyatakan bahwa SOP ini telah ditandatangani; isi "
                        "dates.approved dengan tanggal penandatanganannya (YYYY-MM-DD) untuk "
                        "mengadopsinya, atau susun sebagai konsep dengan: sopctl start "
                        "\"Penerbitan Akta Kelahiran\"\n");
  }

  TEST_CASE("an adoption saved but not committed is committed by the next command, as its person")
  {
    Office o;
    write_script(o.sandbox.repo() / ".git" / "hooks" / "pre-commit", "exit 1\n");
    auto given = o.file("sop.yaml", read_bytes(seed_source_path()));
    auto refused = o.sandbox.run({"adopt", given, "--by", "Rina"});
    CHECK(refused.exit_code == 1);
    CHECK(contains(refused.err, "sops/sop.yaml: saved, but git did not commit it"));
    fs::remove(o.sandbox.repo() / ".git" / "hooks" / "pre-commit");
    o.ok({"start", "Kedua", "--by", "Budi"});
    CHECK(git_ok(o.sandbox, o.sandbox.repo(), {"log", "-2", "--format=%an | %s"}) ==
          "Admin | start kedua: Kedua (by Budi)\n"
          "Rina | recovered after an interrupted sopctl: sop: adopted by Rina\n");
    CHECK(git_status(o.sandbox, o.sandbox.repo()) == "?? arsip/\n");
  }

  TEST_CASE("a record begun on a committed SOP and not committed is recovered, a hand edit is not")
  {
    Office o;
    auto seed = read_bytes(seed_source_path());
    write_bytes(o.sandbox.draft("sop-7"), seed);
    git_ok(o.sandbox, o.sandbox.repo(), {"add", "sops/sop-7.yaml"});
    git_ok(o.sandbox, o.sandbox.repo(), {"commit", "--quiet", "-m", "SOP 7 di atas kertas"});
    // What a first monitoring leaves when it is killed before its commit.
    append_lifecycle_event(o.sandbox.draft("sop-7"), monitoring("Sari", stored_time(1)));
    o.ok({"adopt", o.file("lain.yaml", seed), "--by", "Budi"});
    CHECK(git_ok(o.sandbox, o.sandbox.repo(), {"log", "-2", "--format=%an | %s"}) ==
          "Admin | adopt lain: Penyusunan Standar Operasional Prosedur (SOP) Pelayanan (by "
          "Budi)\n"
          "Sari | recovered after an interrupted sopctl: sop-7: monitored by Sari\n");
    // The text above a new record changed by hand: not sopctl's change, so
    // it is neither recovered nor swept into the next commit.
    write_bytes(o.sandbox.draft("sop-8"), seed);
    git_ok(o.sandbox, o.sandbox.repo(), {"add", "sops/sop-8.yaml"});
    git_ok(o.sandbox, o.sandbox.repo(), {"commit", "--quiet", "-m", "SOP 8 di atas kertas"});
    append_lifecycle_event(o.sandbox.draft("sop-8"), monitoring("Sari", stored_time(1)));
    write_bytes(o.sandbox.draft("sop-8"),
                replace_once(read_bytes(o.sandbox.draft("sop-8")),
                             "name: Penyusunan",
                             "name: Penyusunan Ulang"));
    o.ok({"adopt", o.file("ketiga.yaml", seed), "--by", "Budi"});
    CHECK(files_of_head(o.sandbox, o.sandbox.repo()) == "sops/ketiga.yaml\n");
    CHECK(git_status(o.sandbox, o.sandbox.repo()) == " M sops/sop-8.yaml\n?? arsip/\n");
  }
}
