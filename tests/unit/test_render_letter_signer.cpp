// The signature block of a letter (issue 11, section 3): jabatan, name,
// pangkat and NIP from the roster, "a.n." the head's jabatan when the
// signer signs on the head's behalf, and a letter with half a block is
// refused like any missing value, naming the roster entry to complete.
#include "letter_fixtures.hpp"

#include <model/validation.hpp>
#include <render/letter_signer.hpp>

using namespace sopctl;
using model::LetterDefinition;
using test::Drafting;
using test::letter;

namespace {

model::DocumentSettings settings_of(const Drafting& d)
{
  return d.config.document_settings(d.config.drafting_rules(d.procedure.rules));
}

render::SignerLookup signer(const Drafting& d, const std::string& name)
{
  return render::letter_signer(letter(name), d.procedure, settings_of(d));
}

} // namespace

TEST_SUITE("render::letter_signer")
{
  TEST_CASE("the head is the performer of the signing step")
  {
    Drafting d;
    CHECK(render::head_role(d.procedure, settings_of(d)) == "kadis");
    d.config.signing_step = 7;
    CHECK(render::head_role(d.procedure, settings_of(d)) == "sekretaris");
    auto settings = settings_of(d);
    settings.signing_step = 0;
    CHECK(render::head_role(d.procedure, settings) == "");
  }

  TEST_CASE("a.n. names the office: Plt., Plh., Pj. and Pjs. are left out")
  {
    CHECK(render::office_of("Plt. Kepala Dinas Dukcapil") == "Kepala Dinas Dukcapil");
    CHECK(render::office_of("Plh. Kepala Dinas") == "Kepala Dinas");
    CHECK(render::office_of("Pj. Wali Kota Sibolga") == "Wali Kota Sibolga");
    CHECK(render::office_of("Pjs. Kepala") == "Kepala");
    CHECK(render::office_of("Kepala Dinas") == "Kepala Dinas");
    CHECK(render::office_of("Pltx Kepala") == "Pltx Kepala");
  }

  TEST_CASE("with a full roster the Sekretaris signs the invitation a.n. the Kepala Dinas")
  {
    Drafting d;
    d.with_roster();
    auto found = signer(d, "undangan-rapat");
    CHECK(found.missing.empty());
    REQUIRE(found.signer);
    CHECK(found.signer->on_behalf_of ==
          "Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Sibolga");
    CHECK(found.signer->block.position == "Sekretaris");
    CHECK(found.signer->block.name == "Hotma Sitompul, S.Sos");
    CHECK(found.signer->block.rank == "Pembina");
    CHECK(found.signer->block.nip == "19750101 200003 1 002");
    // The cover letter is the head's own: no a.n.
    found = signer(d, "surat-pengantar");
    REQUIRE(found.signer);
    CHECK(found.signer->on_behalf_of == "");
    CHECK(found.signer->block.position ==
          "Plt. Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Sibolga");
  }

  TEST_CASE("a roster entry without pangkat or NIP is named, with its line and what to add")
  {
    Drafting d;
    d.with_roster();
    auto& sekretaris = d.config.people[1];
    sekretaris.rank = "";
    sekretaris.nip = "";
    sekretaris.where = {14, 5};
    auto found = signer(d, "undangan-rapat");
    CHECK_FALSE(found.signer);
    CHECK(found.missing == std::vector<std::string>{
                             "the signer's pangkat and NIP: add rank: and nip: to the entry of "
                             "Hotma Sitompul, S.Sos (who holds the role sekretaris) in "
                             "sopctl.yaml's people, line 14"});
    sekretaris.rank = "Pembina";
    sekretaris.position = "";
    CHECK(signer(d, "undangan-rapat").missing ==
          std::vector<std::string>{
            "the signer's jabatan and NIP: add position: and nip: to the entry of Hotma "
            "Sitompul, S.Sos (who holds the role sekretaris) in sopctl.yaml's people, line 14"});
  }

  TEST_CASE("a letter with half a signature block is not ready")
  {
    Drafting d;
    d.with_roster().done_until(9);
    d.draft.drafting->events[8].set["number.sop"] = "001/SOP-Disdukcapil/2026";
    CHECK(d.missing(letter("surat-pengantar")).empty());
    d.config.people[0].nip = "";
    d.config.people[0].where = {3, 5};
    CHECK(d.missing(letter("surat-pengantar")) ==
          std::vector<std::string>{
            "the signer's NIP: add nip: to the entry of AMARULLAH GULTOM, SE, M.M (who holds "
            "the role kadis) in sopctl.yaml's people, line 3"});
  }

  TEST_CASE("without a roster the approver signs the head's letters, other letters are refused")
  {
    Drafting d;
    d.config.approver = {.position = "Plt. Kepala Dinas Dukcapil",
                         .name = "Rina Siregar",
                         .rank = "Pembina Tk. I",
                         .nip = "1980"};
    auto cover = signer(d, "surat-pengantar");
    REQUIRE(cover.signer);
    CHECK(cover.signer->block.name == "Rina Siregar");
    CHECK(cover.signer->on_behalf_of == "");

    auto invitation = signer(d, "undangan-rapat");
    CHECK_FALSE(invitation.signer);
    CHECK(invitation.missing ==
          std::vector<std::string>{
            "the signer: sopctl.yaml lists no people, so nobody holds the role sekretaris; add "
            "the roster (people:) with the person holding sekretaris: name, position, rank and "
            "nip"});

    // An approver without pangkat signs nothing.
    d.config.approver.rank = "";
    CHECK(signer(d, "surat-pengantar").missing ==
          std::vector<std::string>{
            "the signer's pangkat: nobody in sopctl.yaml's people holds the role kadis, so "
            "sopctl.yaml's approver signs; write approver.rank: there, or add the holder of "
            "kadis to people: with name, position, rank and nip"});
    // No approver either.
    d.config.approver = {};
    CHECK(signer(d, "surat-pengantar").missing ==
          std::vector<std::string>{
            "the signer: sopctl.yaml lists no people, so nobody holds the role kadis; add the "
            "roster (people:) with the person holding kadis: name, position, rank and nip"});
  }

  TEST_CASE("a.n.: the approver's office when nobody holds the head's role, else refused")
  {
    Drafting d;
    d.with_roster();
    d.config.people.erase(d.config.people.begin()); // nobody holds kadis
    d.config.approver = {
      .position = "Plh. Kepala Dinas Dukcapil", .name = "X", .rank = "Y", .nip = "Z"};
    auto found = signer(d, "undangan-rapat");
    REQUIRE(found.signer);
    CHECK(found.signer->on_behalf_of == "Kepala Dinas Dukcapil");

    d.config.approver = {};
    found = signer(d, "undangan-rapat");
    CHECK_FALSE(found.signer);
    CHECK(found.missing ==
          std::vector<std::string>{"the jabatan the signer signs for (a.n.): add the person "
                                   "holding the role kadis to sopctl.yaml's people, with their "
                                   "position"});

    d.config.people.push_back({"Kadis", "1", "Pembina Utama", "", {"kadis"}, "", {}});
    d.config.people.back().where = {30, 5};
    CHECK(signer(d, "undangan-rapat").missing ==
          std::vector<std::string>{"the jabatan the signer signs for (a.n.): add position: to "
                                   "the entry of Kadis (who holds the role kadis) in "
                                   "sopctl.yaml's people, line 30"});
  }

  TEST_CASE("one person holding both roles signs in their own name")
  {
    Drafting d;
    d.with_roster();
    d.config.people[0].roles.push_back("sekretaris");
    auto found = signer(d, "undangan-rapat");
    REQUIRE(found.signer);
    CHECK(found.signer->block.name == "AMARULLAH GULTOM, SE, M.M");
    CHECK(found.signer->on_behalf_of == "");
  }

  TEST_CASE("on_behalf_of must be another performer of the procedure")
  {
    Drafting d;
    auto rules = d.procedure.rules;
    rules.letters[0].on_behalf_of = "bupati";
    model::Diagnostics diagnostics("sops/p.yaml");
    model::validate_drafting_rules(d.procedure, rules, {}, diagnostics);
    REQUIRE(diagnostics.list().size() == 1);
    CHECK(diagnostics.list()[0].message ==
          "letter \"undangan-rapat\" is signed on behalf of \"bupati\", which is not a performer "
          "of the procedure (performers: kadis, sekretaris, kabid, kasi, staf)");
    rules.letters[0].on_behalf_of = "sekretaris";
    model::Diagnostics itself("sops/p.yaml");
    model::validate_drafting_rules(d.procedure, rules, {}, itself);
    REQUIRE(itself.list().size() == 1);
    CHECK(itself.list()[0].message ==
          "letter \"undangan-rapat\" is signed by \"sekretaris\" on behalf of itself; leave out "
          "on_behalf_of when the signer signs in their own name");
  }
}
