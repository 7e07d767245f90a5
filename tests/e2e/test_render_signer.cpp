// The signer is who signed (issue 11, section 1): a signing event records
// the signer's block from the roster of the day, and the signed draft
// prints it whatever the roster says later. A signing that recorded none
// (drafted before this, or without a roster) is history: not checked
// against today's roster, printed with the approver block and "(oleh
// NAME)", which `check` says in a warning at the event.
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

  // `check` passes with a warning at the signing event saying what is
  // printed; render prints the draft's approver block with "(oleh
  // Petugas 8)" beside the date, in every format it writes without a
  // helper program.
  void expect_printed_as_history() const
  {
    auto check = sandbox.run({"check"});
    INFO("check: ", check.out, check.err);
    CHECK(check.exit_code == 0);
    CHECK(check.out == "");
    CHECK(contains(check.err,
                   where() + "warning: step 8 (the signing of the SOP) was done by Petugas 8 "
                             "and records no signer block (it was signed before sopctl "
                             "recorded one, or without a roster); the SOP prints the approver "
                             "block of the draft (else sopctl.yaml's approver:) and \"(oleh "
                             "Petugas 8)\" beside Tgl Pengesahan, not the roster's entry\n"));
    // Never a suggestion to give a former signer a role today.
    CHECK(!contains(check.err, "roles"));
    auto html = sandbox.run({"render", id});
    INFO("render: ", html.err);
    REQUIRE(html.exit_code == 0);
    CHECK(contains(html.out, "<th>Tgl Pengesahan</th><td>25 November 2026 (oleh Petugas 8)</td>"));
    CHECK(contains(html.out, "<div class=\"signer-name\">AMARULLAH GULTOM, SE, M.M</div>"));
    CHECK(sandbox.run({"render", id, "--format", "md"}).exit_code == 0);
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
  TEST_CASE("check: a signing that recorded no signer block is history: a warning, and render "
            "prints the approver block with the signing's name, whatever the roster says")
  {
    // The roster holds who signed, whole; or the head's name spelled as
    // the office writes it (the README's roster); or someone else holds
    // the role; or an entry without rank or NIP.
    for (const auto& people : {std::string(kadis_entry),
                               std::string("  - name: PETUGAS 8, SE, M.M\n"
                                           "    nip: \"19700101 199001 1 001\"\n"
                                           "    rank: Pembina Tk. I\n"
                                           "    position: Kepala Dinas\n"
                                           "    roles: [kadis]\n"),
                               std::string("  - name: Petugas 8\n"
                                           "    roles: [staf]\n"
                                           "  - name: Amarullah Gultom\n"
                                           "    roles: [kadis]\n"),
                               std::string("  - name: Petugas 8\n"
                                           "    position: Kepala Dinas\n"
                                           "    roles: [kadis]\n")}) {
      CAPTURE(people);
      SignedDraft draft(people);
      draft.expect_printed_as_history();
    }
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

    // The cover letter (the head's, at step 9) goes with the SOP signed:
    // signed by who signed it, as recorded, not by today's holder of kadis.
    draft.set_people("  - name: Rahmat Hidayat\n"
                     "    nip: \"19750505 200003 1 002\"\n"
                     "    rank: Pembina\n"
                     "    position: Kepala Dinas Kependudukan\n"
                     "    roles: [kadis]\n"
                     "  - name: Petugas 9\n"
                     "    roles: [staf]\n");
    auto step9 = draft.sandbox.run(
      {"advance", draft.id, "--role", "staf", "--by", "Petugas 9", "--at", local_time(9)});
    INFO(step9.err);
    REQUIRE(step9.exit_code == 0);
    auto letter = draft.sandbox.run({"render", draft.id, "--output", "surat-pengantar"});
    INFO(letter.err);
    REQUIRE(letter.exit_code == 0);
    CHECK(contains(letter.out, "Petugas 8"));
    CHECK(contains(letter.out, "19700101 199001 1 001"));
    CHECK(!contains(letter.out, "Rahmat Hidayat"));
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
