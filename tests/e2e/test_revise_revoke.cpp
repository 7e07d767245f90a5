// `sopctl revise` and `sopctl revoke` (issue 13, section 2): a revision is
// a new draft copying the SOP in force as its next version; once signed it
// supersedes the old one (digantikan), which keeps its file; an SOP in
// force is revoked (dicabut) by the signing role with a decree. log and
// render show the links and the marks.
#include "file_helpers.hpp"
#include "git_helpers.hpp"
#include "seed_drafting.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

const std::string reason = "menyesuaikan Peraturan Wali Kota Nomor 5 Tahun 2026";
const std::string decree = "Keputusan Kepala Dinas Nomor 800/45/Disdukcapil/2026";

// A repository with the seed, signed on paper (approved 2020-09-29, no
// record), as sops/pelayanan.yaml.
void add_paper_sop(const Sandbox& sandbox)
{
  write_bytes(sandbox.draft("pelayanan"), read_bytes(seed_source_path()));
}

// Completes steps 1..8 of draft `id` (8 is the Kadis's signing), step k at
// local_time(from + k).
void sign(const Sandbox& sandbox, const std::string& id, int from)
{
  for (int done = 1; done <= 8; ++done) {
    std::vector<std::string> args = {"advance",
                                     id,
                                     "--role",
                                     seed_step(done).role,
                                     "--by",
                                     "Petugas " + std::to_string(done),
                                     "--at",
                                     local_time(from + done)};
    if (done == 6) {
      args.push_back("--yes");
    }
    auto result = sandbox.run(args);
    INFO("advancing step ", done, ": ", result.err);
    REQUIRE(result.exit_code == 0);
  }
}

std::string run_ok(const Sandbox& sandbox, const std::vector<std::string>& args)
{
  auto result = sandbox.run(args);
  INFO("sopctl ", args.front(), ": ", result.err);
  REQUIRE(result.exit_code == 0);
  return result.out;
}

// The Markdown of an SOP from its boxes on: its content, without the
// identity header that differs between versions.
std::string content_part(const std::string& markdown)
{
  auto from = markdown.find("Dasar Hukum");
  REQUIRE(from != std::string::npos);
  return markdown.substr(from);
}

const std::string roster = "people:\n"
                           "  - name: Budi Santoso\n"
                           "    roles: [sekretaris]\n"
                           "  - name: Amarullah Gultom\n"
                           "    roles: [kadis]\n";

} // namespace

TEST_SUITE("e2e: revise and revoke")
{
  TEST_CASE("revise starts a draft copying the SOP in force as its next version, linked to it")
  {
    Sandbox sandbox;
    sandbox.init();
    add_paper_sop(sandbox);
    auto dry =
      run_ok(sandbox, {"revise", "pelay", "--reason", reason, "--by", "Budi", "--dry-run"});
    CHECK(dry.starts_with("dry run: would create sops/pelayanan-v2.yaml:\n"));
    CHECK(!fs::exists(sandbox.draft("pelayanan-v2")));

    auto out = run_ok(
      sandbox, {"revise", "pelay", "--reason", reason, "--by", "Budi", "--at", local_time(0)});
    CHECK(out == "pelayanan-v2\n");
    auto text = read_bytes(sandbox.draft("pelayanan-v2"));
    CHECK(text.starts_with("number: 07/SOP-Disdukcapil/SES/2020\n"
                           "name: Penyusunan Standar Operasional Prosedur (SOP) Pelayanan\n"
                           "version: 2\n"));
    CHECK(contains(text, "  created: \"2020-09-01\"\n  revised: \"\"\n  approved: \"\"\n"));
    CHECK(contains(
      text, "    - event: started\n      by: Budi\n      at: \"2026-11-24T09:00:00+07:00\"\n"));
    CHECK(contains(text, "      note: " + reason + "\n      revises: pelayanan\n"));
    // Everything else is the SOP's own: the boxes and the steps print alike.
    CHECK(content_part(run_ok(sandbox, {"render", "pelayanan-v2", "--format", "md"})) ==
          content_part(run_ok(sandbox, {"render", "pelayanan", "--format", "md"})));
    CHECK(run_ok(sandbox, {"check"}).find("error") == std::string::npos);

    // One revision at a time; a draft, an unknown id are refused.
    auto second = expect_refused(sandbox, {"revise", "pelayanan", "--by", "Sari"});
    CHECK(second ==
          "sops/pelayanan.yaml: a revision of this SOP is already open: pelayanan-v2; finish it "
          "(sopctl status pelayanan-v2) before starting another, or delete its file if it is "
          "abandoned\n");
    auto draft = expect_refused(sandbox, {"revise", "pelayanan-v2", "--by", "Sari"});
    CHECK(draft == "sops/pelayanan-v2.yaml: this is a draft (konsep), not an SOP in force; change "
                   "a draft with sopctl edit pelayanan-v2, and revise an SOP once it is signed\n");
    auto unknown = expect_refused(sandbox, {"revise", "zzz", "--by", "Sari"});
    CHECK(unknown == "no SOP \"zzz\" in sops/; the SOPs are: pelayanan, pelayanan-v2\n");
    auto indonesian = sandbox.run({"revise", "pelayanan", "--by", "Sari"}, {{"LANGUAGE", "id"}});
    CHECK(indonesian.exit_code == 1);
    CHECK(contains(indonesian.err, "revisi SOP ini sudah dibuka: pelayanan-v2"));

    // log shows the link from both sides.
    CHECK(contains(run_ok(sandbox, {"log", "pelayanan"}),
                   "pelayanan: no events are recorded: this SOP was signed on paper and nothing "
                   "has been recorded about it since\n"
                   "revision open: pelayanan-v2 (version 2), being drafted\n"));
    auto log = run_ok(sandbox, {"log", "pelayanan-v2"});
    CHECK(contains(log, "revises pelayanan (version 1): " + reason + "\n"));
    auto json = run_ok(sandbox, {"log", "pelayanan-v2", "--format", "json"});
    CHECK(contains(json, "\"revises\": \"pelayanan\""));
  }

  TEST_CASE("a signed revision supersedes the SOP it revises, keeps its number, and prints so")
  {
    Sandbox sandbox;
    sandbox.init();
    add_paper_sop(sandbox);
    run_ok(sandbox,
           {"revise", "pelayanan", "--reason", reason, "--by", "Budi", "--at", local_time(0)});
    sign(sandbox, "pelayanan-v2", 0); // signed at local_time(8): 2026-11-25 09:00
    auto text = read_bytes(sandbox.draft("pelayanan-v2"));
    // The number written is kept: the numbering rule only fills an empty one.
    CHECK(!contains(text, "number.sop"));
    auto numbers = sandbox.repo() / "numbers.yaml";
    bool no_sop_number =
      !fs::exists(numbers) || !contains(read_bytes(numbers), "SOP-Disdukcapil/{year}");
    CHECK(no_sop_number);

    CHECK(
      contains(run_ok(sandbox, {"log", "pelayanan"}), "superseded by pelayanan-v2 (version 2)\n"));
    auto old_md = run_ok(sandbox, {"render", "pelayanan", "--format", "md"});
    CHECK(contains(old_md,
                   "> **DIGANTIKAN** oleh SOP Nomor 07/SOP-Disdukcapil/SES/2020 versi 2 (25 "
                   "November 2026).\n"));
    CHECK(contains(old_md, "| Tgl Revisi | \\- |\n"));
    auto old_html = run_ok(sandbox, {"render", "pelayanan", "--format", "html"});
    CHECK(
      contains(old_html, "<div class=\"watermark long\" aria-hidden=\"true\">DIGANTIKAN</div>"));
    CHECK(contains(old_html,
                   "<div class=\"konsep-label\">DIGANTIKAN oleh SOP Nomor "
                   "07/SOP-Disdukcapil/SES/2020 versi 2 (25 November 2026)</div>"));
    auto new_md = run_ok(sandbox, {"render", "pelayanan-v2", "--format", "md"});
    CHECK(contains(new_md, "| Nomor SOP | 07/SOP-Disdukcapil/SES/2020 |\n"));
    CHECK(contains(new_md, "| Tgl Revisi | 25 November 2026 (revisi ke-1, versi 2) |\n"));
    CHECK(!contains(new_md, "DIGANTIKAN"));

    // The old version is no longer in force: neither revised nor revoked.
    CHECK(expect_refused(sandbox, {"revise", "pelayanan", "--by", "Sari"}) ==
          "sops/pelayanan.yaml: this SOP was superseded by pelayanan-v2 (version 2); revise the "
          "version in force: sopctl revise pelayanan-v2\n");
    CHECK(contains(
      expect_refused(sandbox, {"revoke", "pelayanan", "--reason", "x", "--ref", "y", "--by", "K"}),
      "sops/pelayanan.yaml: this SOP is no longer in force: it was superseded by pelayanan-v2 "
      "(version 2)"));
  }

  TEST_CASE("a revision of an SOP drafted in sopctl carries the number its signing handed out")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Akta Kelahiran");
    advance_until(sandbox, id, 11); // finished: signed at step 8, numbered 001
    CHECK(contains(read_bytes(sandbox.draft(id)), "number.sop: 001/SOP-Disdukcapil/2026\n"));
    auto out = run_ok(sandbox, {"revise", id, "--by", "Budi", "--at", local_time(11)});
    CHECK(out == "akta-kelahiran-v2\n");
    auto text = read_bytes(sandbox.draft("akta-kelahiran-v2"));
    CHECK(text.starts_with("number: 001/SOP-Disdukcapil/2026\n"));
    CHECK(contains(text, "      revises: akta-kelahiran\n"));
    CHECK(!contains(text, "note:")); // no reason given: no note
    sign(sandbox, "akta-kelahiran-v2", 11);
    CHECK(!contains(read_bytes(sandbox.draft("akta-kelahiran-v2")), "number.sop"));
    CHECK(contains(run_ok(sandbox, {"render", "akta-kelahiran-v2", "--format", "md"}),
                   "| Nomor SOP | 001/SOP-Disdukcapil/2026 |\n"));
    // A third version is named after the first: akta-kelahiran-v3.
    auto dry = run_ok(sandbox, {"revise", "akta-kelahiran-v2", "--by", "Budi", "--dry-run"});
    CHECK(dry.starts_with("dry run: would create sops/akta-kelahiran-v3.yaml:\n"));
  }

  TEST_CASE("revoke: the signing role revokes with a decree, a paper SOP's content stays as it is")
  {
    Sandbox sandbox;
    sandbox.init();
    add_paper_sop(sandbox);
    auto config = sandbox.repo() / "sopctl.yaml";
    write_bytes(config, replace_once(read_bytes(config), "people: []\n", roster));
    auto before = read_bytes(sandbox.draft("pelayanan"));

    auto wrong = expect_refused(sandbox,
                                {"revoke",
                                 "pelayanan",
                                 "--reason",
                                 "digabung",
                                 "--ref",
                                 decree,
                                 "--by",
                                 "Budi Santoso",
                                 "--at",
                                 local_time(1)});
    CHECK(contains(wrong, "Budi Santoso does not hold the role kadis"));
    auto blank = expect_usage_error(
      sandbox, {"revoke", "pelayanan", "--reason", " ", "--ref", decree, "--by", "Budi Santoso"});
    CHECK(blank == "--reason is empty; write why the SOP is revoked\n");

    auto out = run_ok(sandbox,
                      {"revoke",
                       "pelayanan",
                       "--reason",
                       "digabung dengan SOP Pelayanan Terpadu",
                       "--ref",
                       decree,
                       "--by",
                       "Amarullah Gultom",
                       "--at",
                       local_time(1)});
    CHECK(out == "pelayanan: revoked by Amarullah Gultom (" + decree + ")\n");
    auto after = read_bytes(sandbox.draft("pelayanan"));
    REQUIRE(after.starts_with(before)); // the content, byte for byte
    auto record = after.substr(before.size());
    CHECK(record.starts_with("# The record of an SOP signed on paper: written by sopctl, events "
                             "are only\n# appended.\ndrafting:\n  events:\n"
                             "    - event: revoked\n      role: kadis\n"
                             "      by: Amarullah Gultom\n"
                             "      at: \"2026-11-24T10:00:00+07:00\"\n"));
    CHECK(contains(
      record, "      note: digabung dengan SOP Pelayanan Terpadu\n      ref: " + decree + "\n"));
    CHECK(run_ok(sandbox, {"check"}).find("error") == std::string::npos);

    auto log = run_ok(sandbox, {"log", "pelayanan"});
    CHECK(contains(log, "revoked"));
    CHECK(contains(log, "digabung dengan SOP Pelayanan Terpadu; decree: " + decree));
    auto md = run_ok(sandbox, {"render", "pelayanan", "--format", "md"});
    CHECK(contains(md,
                   "> **DICABUT** dengan " + decree +
                     " tanggal 24 November 2026. Alasan: digabung dengan SOP Pelayanan Terpadu\n"));
    auto html = run_ok(sandbox, {"render", "pelayanan", "--format", "html"});
    CHECK(contains(html, "<div class=\"watermark long\" aria-hidden=\"true\">DICABUT</div>"));
    CHECK(contains(html,
                   "<title>SOP 07/SOP-Disdukcapil/SES/2020 Penyusunan Standar "
                   "Operasional Prosedur (SOP) Pelayanan (DICABUT)</title>"));

    // Revoked once: not again, not revised.
    auto again = expect_refused(
      sandbox,
      {"revoke", "pelayanan", "--reason", "x", "--ref", decree, "--by", "Amarullah Gultom"});
    CHECK(again ==
          "sops/pelayanan.yaml: this SOP was already revoked on 2026-11-24 (" + decree + ")\n");
    auto again_id = sandbox.run(
      {"revoke", "pelayanan", "--reason", "x", "--ref", decree, "--by", "Amarullah Gultom"},
      {{"LANGUAGE", "id"}});
    CHECK(again_id.err ==
          "sops/pelayanan.yaml: SOP ini sudah dicabut pada 2026-11-24 (" + decree + ")\n");
    CHECK(contains(expect_refused(sandbox, {"revise", "pelayanan", "--by", "Budi Santoso"}),
                   "this SOP was revoked (" + decree + ")"));
  }

  TEST_CASE("revoke refuses a draft and one whose drafting is not done")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Akta Kelahiran");
    CHECK(
      contains(expect_refused(sandbox, {"revoke", id, "--reason", "x", "--ref", "y", "--by", "K"}),
               "this is a draft (konsep), not an SOP in force"));
    advance_until(sandbox, id, 9); // signed, steps 9 and 10 still to do
    CHECK(expect_refused(sandbox, {"revoke", id, "--reason", "x", "--ref", "y", "--by", "K"}) ==
          "sops/akta-kelahiran.yaml: this SOP is signed but its drafting is not finished (step 9 "
          "is active); finish it (sopctl advance akta-kelahiran) and revoke it then\n");
  }

  TEST_CASE("revise and revoke each make one commit")
  {
    Sandbox sandbox;
    git_init(sandbox, sandbox.repo(), "Admin", "admin@sibolga.go.id");
    sandbox.init();
    add_paper_sop(sandbox);
    git_ok(sandbox, sandbox.repo(), {"add", "sops/pelayanan.yaml"});
    git_ok(sandbox, sandbox.repo(), {"commit", "-q", "-m", "seed"});
    run_ok(sandbox, {"revise", "pelayanan", "--reason", reason, "--by", "Budi"});
    CHECK(commit_subjects(sandbox, sandbox.repo()).front() ==
          "revise pelayanan: pelayanan-v2 starts version 2 (by Budi) - menyesuaikan Peraturan "
          "Wali Kota Nomor 5 Tahun 2026");
    CHECK(files_of_head(sandbox, sandbox.repo()) == "sops/pelayanan-v2.yaml\n");
    run_ok(sandbox, {"revoke", "pelayanan", "--reason", "digabung", "--ref", decree, "--by", "K"});
    CHECK(commit_subjects(sandbox, sandbox.repo()).front() ==
          "revoke pelayanan: Keputusan Kepala Dinas Nomor 800/45/Disdukcapil/2026 (by K) - "
          "digabung");
    CHECK(files_of_head(sandbox, sandbox.repo()) == "sops/pelayanan.yaml\n");
    CHECK(git_status(sandbox, sandbox.repo()) == "");
  }
}
