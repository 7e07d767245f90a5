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

// The signature block of Disahkan oleh as the page prints it.
std::string block(const std::string& position,
                  const std::string& name,
                  const std::string& rank,
                  const std::string& nip)
{
  return "<div class=\"signature-block\"><div>" + position +
         "</div><div class=\"signature\"></div><div class=\"signer-name\">" + name + "</div><div>" +
         rank + "</div><div>NIP. " + nip + "</div></div>";
}

// A draft with step 8 (the signing) active, drafted without a roster, and
// then sopctl.yaml's `people:` set to `people`: the signing is done with it.
struct ToSign
{
  Sandbox sandbox;
  std::string id;

  explicit ToSign(const std::string& people)
  {
    sandbox.init();
    id = start_draft(sandbox, "Pelayanan Akta Kematian");
    advance_until(sandbox, id, 8);
    set_people(people);
  }

  void set_people(const std::string& people) const
  {
    auto config = read_bytes(sandbox.repo() / "sopctl.yaml");
    auto from = config.find("\npeople:") + 1; // not the comment above it
    auto to = config.find("\n", from);
    // The roster is a block list to the next top-level key (or the end).
    while (to != std::string::npos && to + 1 < config.size() &&
           (config[to + 1] == ' ' || config[to + 1] == '\n')) {
      to = config.find("\n", to + 1);
    }
    write_bytes(sandbox.repo() / "sopctl.yaml",
                config.substr(0, from) + "people:\n" + people +
                  (to == std::string::npos ? "" : config.substr(to + 1)));
  }

  std::vector<std::string> sign() const
  {
    return {"advance", id, "--role", "kadis", "--by", "Petugas 8", "--at", local_time(8)};
  }
};

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

  TEST_CASE("render: a SOP signed with a roster prints as it was signed after the signer is "
            "promoted and then replaced on the roster, and check passes")
  {
    ToSign draft{std::string(kadis_entry)};
    auto signing = draft.sandbox.run(draft.sign());
    INFO(signing.err);
    REQUIRE(signing.exit_code == 0);
    // The event keeps the block, covered by its hash like every set value.
    auto text = read_bytes(draft.sandbox.draft(draft.id));
    CHECK(contains(text, "approval.name: Petugas 8\n"));
    CHECK(contains(text, "approval.nip: \"19700101 199001 1 001\"\n"));
    CHECK(contains(text, "approval.position: Plt. Kepala Dinas Kependudukan\n"));
    CHECK(contains(text, "approval.rank: Pembina Utama Muda\n"));
    const auto as_signed = block(
      "Plt. Kepala Dinas Kependudukan", "Petugas 8", "Pembina Utama Muda", "19700101 199001 1 001");

    // Promoted: the roster's rank changes, the signed SOP's does not.
    draft.set_people(replace_once(kadis_entry, "Pembina Utama Muda", "Pembina Utama Madya"));
    auto check = draft.sandbox.run({"check"});
    CHECK(check.exit_code == 0);
    CHECK(check.out == "");
    auto html = draft.sandbox.run({"render", draft.id});
    REQUIRE(html.exit_code == 0);
    CHECK(contains(html.out, as_signed));
    CHECK(!contains(html.out, "Pembina Utama Madya"));

    // Replaced: the successor holds kadis, the signer is off the roster.
    draft.set_people("  - name: Rahmat Hidayat\n"
                     "    nip: \"19750505 200003 1 002\"\n"
                     "    rank: Pembina\n"
                     "    position: Kepala Dinas Kependudukan\n"
                     "    roles: [kadis]\n");
    check = draft.sandbox.run({"check"});
    INFO(check.out, check.err);
    CHECK(check.exit_code == 0);
    CHECK(check.out == "");
    html = draft.sandbox.run({"render", draft.id});
    REQUIRE(html.exit_code == 0);
    CHECK(contains(html.out, as_signed));
    CHECK(!contains(html.out, "Rahmat Hidayat"));
    CHECK(contains(html.out, "<th>Tgl Pengesahan</th><td>25 November 2026</td>"));
    CHECK(draft.sandbox.run({"verify"}).exit_code == 0);
  }

  TEST_CASE("advance: signing with a roster entry without a NIP is refused, naming the entry, "
            "and nothing is written")
  {
    ToSign draft("  - name: Amarullah Gultom\n"
                 "    roles: [staf]\n"
                 "  - name: Petugas 8\n"
                 "    rank: Pembina Utama Muda\n"
                 "    position: Plt. Kepala Dinas Kependudukan\n"
                 "    roles: [kadis]\n");
    int line = line_of(read_bytes(draft.sandbox.repo() / "sopctl.yaml"), "  - name: Petugas 8");
    auto err = expect_refused(draft.sandbox, draft.sign());
    CHECK(err == "sops/" + draft.id +
                   ".yaml: step 8 (the signing of the SOP) by Petugas 8 cannot be recorded: "
                   "their entry in sopctl.yaml's people (line " +
                   std::to_string(line) +
                   ") has no nip; add it there and advance again, since the signed SOP keeps "
                   "the signer's position, name, rank and NIP as they are at the signing\n");
    // Completed, the same advance records the block.
    draft.set_people(std::string(kadis_entry));
    auto signing = draft.sandbox.run(draft.sign());
    INFO(signing.err);
    CHECK(signing.exit_code == 0);
    CHECK(contains(read_bytes(draft.sandbox.draft(draft.id)), "approval.nip:"));
  }

  TEST_CASE("advance: an approval value given with --set is refused, at any step")
  {
    ToSign draft{std::string(kadis_entry)};
    auto forged = draft.sign();
    forged.push_back("--set");
    forged.push_back("approval.rank=Pembina Utama");
    auto err = expect_refused(draft.sandbox, forged);
    CHECK(err == "sops/" + draft.id +
                   ".yaml: --set approval.rank: approval values are sopctl's own: the event "
                   "that completes the signing step records the signer's position, name, rank "
                   "and NIP from sopctl.yaml's people; give them there, not with --set\n");
    // Under the name a letter template would see it by, too.
    forged.back() = "approval_rank=Pembina Utama";
    CHECK(contains(expect_refused(draft.sandbox, forged), "--set approval_rank: approval values"));
  }
}
