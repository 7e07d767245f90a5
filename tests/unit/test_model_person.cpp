// The roster of people in sopctl.yaml (issue 5, section 3): a person is
// named by name, NIP (with or without its spaces) or git email.
#include <doctest/doctest.h>
#include <model/person.hpp>
#include <vector>

using sopctl::model::find_person;
using sopctl::model::Person;

namespace {

std::vector<Person> roster()
{
  Person rina;
  rina.name = "Rina Hutapea";
  rina.nip = "19800101 200501 2 003";
  rina.roles = {"kabid"};
  rina.email = "Rina.Hutapea@sibolga.go.id";
  Person joko;
  joko.name = "Joko";
  joko.nip = "19851212 201001 1 010";
  joko.roles = {"kasi", "staf"};
  Person ani; // no NIP, no email
  ani.name = "Ani";
  return {rina, joko, ani};
}

} // namespace

TEST_SUITE("model::person")
{
  TEST_CASE("a person holds exactly the roles listed")
  {
    auto people = roster();
    CHECK(people[1].holds("kasi"));
    CHECK(people[1].holds("staf"));
    CHECK_FALSE(people[1].holds("kabid"));
    CHECK_FALSE(people[1].holds("Kasi"));
    CHECK_FALSE(people[2].holds(""));
  }

  TEST_CASE("a person is found by name, without regard to case")
  {
    auto people = roster();
    CHECK(find_person(people, "Rina Hutapea") == &people[0]);
    CHECK(find_person(people, "rina hutapea") == &people[0]);
    CHECK(find_person(people, "JOKO") == &people[1]);
  }

  TEST_CASE("a person is found by NIP with or without its spaces")
  {
    auto people = roster();
    CHECK(find_person(people, "19800101 200501 2 003") == &people[0]);
    CHECK(find_person(people, "198001012005012003") == &people[0]);
    CHECK(find_person(people, "198512122010011010") == &people[1]);
  }

  TEST_CASE("a person is found by email, without regard to case")
  {
    auto people = roster();
    CHECK(find_person(people, "rina.hutapea@sibolga.go.id") == &people[0]);
    CHECK(find_person(people, "RINA.HUTAPEA@SIBOLGA.GO.ID") == &people[0]);
  }

  TEST_CASE("nobody is found for an unknown name, a part of a name or a NIP with a digit wrong")
  {
    auto people = roster();
    CHECK(find_person(people, "Rina") == nullptr);
    CHECK(find_person(people, "Budi") == nullptr);
    CHECK(find_person(people, "198001012005012004") == nullptr);
    CHECK(find_person(people, "rina.hutapea@sibolga.go") == nullptr);
  }

  TEST_CASE("an empty identity names nobody, not the people without NIP or email")
  {
    auto people = roster();
    CHECK(find_person(people, "") == nullptr);
    CHECK(find_person(people, " ") == nullptr);
  }

  TEST_CASE("the admins are those marked admin, else the holders of the signing role")
  {
    using sopctl::model::admins_of;
    std::vector<Person> people(3);
    people[0].name = "Kadis";
    people[0].roles = {"kadis"};
    people[1].name = "Staf";
    people[1].roles = {"staf"};
    people[2].name = "Sekretaris";
    people[2].roles = {"sekretaris"};
    CHECK(admins_of(people, "kadis") == std::vector<const Person*>{&people[0]});
    CHECK(admins_of(people, "").empty());
    people[1].admin = true;
    CHECK(admins_of(people, "kadis") == std::vector<const Person*>{&people[1]});
  }

  TEST_CASE("a signing key is an SSH public key or a GPG fingerprint")
  {
    using namespace sopctl::model;
    CHECK(is_ssh_key("ssh-ed25519 AAAA rina"));
    CHECK(is_ssh_key("ecdsa-sha2-nistp256 AAAA"));
    CHECK_FALSE(is_ssh_key("0123456789ABCDEF0123456789ABCDEF01234567"));
    CHECK(is_gpg_fingerprint("0123 4567 89ab cdef 0123  4567 89AB CDEF 0123 4567"));
    CHECK_FALSE(is_gpg_fingerprint("0123456789ABCDEF"));
    CHECK_FALSE(is_gpg_fingerprint("G123456789ABCDEF0123456789ABCDEF01234567"));
    CHECK(gpg_fingerprint("01ab cd") == "01ABCD");
  }
}
