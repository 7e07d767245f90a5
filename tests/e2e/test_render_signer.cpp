// The signer is who signed (issue 11, section 1): with a roster, a signed
// draft prints the roster person whose event completed the signing step; a
// signing the roster does not back (someone without the role, someone not
// on it, an entry without the rank or NIP the block prints) is a `check`
// error at the signing event, and `render` refuses it with the same words
// rather than print it.
#include "file_helpers.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// A draft signed at step 8 by "Petugas 8" (no roster while it was drafted),
// then a roster written into sopctl.yaml: `people` (a YAML list).
struct SignedDraft
{
  Sandbox sandbox;
  std::string id;

  explicit SignedDraft(const std::string& people)
  {
    sandbox.init();
    id = start_draft(sandbox, "Pelayanan Akta Kematian");
    advance_until(sandbox, id, 9);
    auto config = read_bytes(sandbox.repo() / "sopctl.yaml");
    write_bytes(sandbox.repo() / "sopctl.yaml",
                replace_once(config, "people: []\n", "people:\n" + people));
  }

  // `sops/ID.yaml:LINE:7: ` for the signing event (the list item of step 8).
  std::string where() const
  {
    auto text = read_bytes(sandbox.draft(id));
    return "sops/" + id + ".yaml:" + std::to_string(line_of(text, "      step: 8") - 1) + ":7: ";
  }

  // `check` and `render` both refuse, with `message` at the signing event;
  // render writes no file.
  void expect_refused_with(const std::string& message) const
  {
    auto check = sandbox.run({"check"});
    INFO("check: ", check.out, check.err);
    CHECK(check.exit_code == 1);
    CHECK(check.out == where() + message + "\n");
    auto err = expect_refused(sandbox, {"render", id, "-o", "akta.html"});
    CHECK(err == where() + message + "\n");
    CHECK(!fs::exists(sandbox.repo() / "akta.html"));
    // The SOP refused is the SOP only: the letters are not its approval.
    CHECK(sandbox.run({"render", id, "--list-outputs"}).exit_code == 0);
  }
};

constexpr std::string_view kadis_entry = "  - name: Petugas 8\n"
                                         "    nip: \"19700101 199001 1 001\"\n"
                                         "    rank: Pembina Utama Muda\n"
                                         "    position: Plt. Kepala Dinas Kependudukan\n"
                                         "    roles: [kadis]\n";

} // namespace

TEST_SUITE("e2e: render signer")
{
  TEST_CASE("render: with a roster, the signed SOP names the roster person who signed, whole")
  {
    SignedDraft draft{std::string(kadis_entry)};
    auto check = draft.sandbox.run({"check"});
    CHECK(check.exit_code == 0);
    CHECK(check.out == "");
    auto result = draft.sandbox.run({"render", draft.id});
    REQUIRE(result.exit_code == 0);
    const auto& html = result.out;
    CHECK(contains(html,
                   "<div class=\"signature-block\"><div>Plt. Kepala Dinas Kependudukan</div>"
                   "<div class=\"signature\"></div><div class=\"signer-name\">Petugas 8</div>"
                   "<div>Pembina Utama Muda</div><div>NIP. 19700101 199001 1 001</div></div>"));
    // Not the approver block the draft was started with, and no "oleh":
    // the block itself says who signed.
    CHECK(!contains(html, "AMARULLAH"));
    CHECK(contains(html, "<th>Tgl Pengesahan</th><td>25 November 2026</td>"));
  }

  TEST_CASE("check: a signing by someone who does not hold the signing role is an error, and "
            "render refuses it")
  {
    SignedDraft draft("  - name: Petugas 8\n"
                      "    nip: \"19700101 199001 1 001\"\n"
                      "    rank: Penata\n"
                      "    position: Staf Adm Umum\n"
                      "    roles: [staf]\n"
                      "  - name: Amarullah Gultom\n"
                      "    roles: [kadis]\n");
    draft.expect_refused_with(
      "step 8 (the signing of the SOP) was done by Petugas 8, who does not hold the role kadis "
      "in sopctl.yaml's people (held by: Amarullah Gultom), so it cannot be printed as the SOP's "
      "approval; if Petugas 8 signed for the office (Plt./Plh.), add kadis to their roles there");
  }

  TEST_CASE("check: a signing by someone not on the roster is an error, and render refuses it")
  {
    SignedDraft draft("  - name: Amarullah Gultom\n"
                      "    roles: [kadis]\n");
    draft.expect_refused_with(
      "step 8 (the signing of the SOP) was done by \"Petugas 8\", who is not in sopctl.yaml's "
      "people, so the SOP has no signer to print; add Petugas 8 there with roles: [kadis] and "
      "their position, rank and nip");
  }

  TEST_CASE("check: a signer whose roster entry lacks the rank or NIP is an error, and render "
            "refuses half a signature block")
  {
    SignedDraft draft("  - name: Petugas 8\n"
                      "    position: Kepala Dinas\n"
                      "    roles: [kadis]\n");
    draft.expect_refused_with(
      "step 8 (the signing of the SOP) was done by Petugas 8, whose entry in sopctl.yaml's "
      "people has no rank, nip; add them there: Disahkan oleh prints the signer's position, "
      "name, rank and NIP");
  }
}
