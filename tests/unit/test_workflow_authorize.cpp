// Who may act as which role (issue 5, section 3): with a roster, the
// acting person must be on it and hold the role; refusals name who may.
#include <doctest/doctest.h>
#include <model/errors.hpp>
#include <workflow/authorize.hpp>

using sopctl::model::Person;
using sopctl::workflow::authorize;

namespace {

Person person(std::string name, std::string nip, std::vector<std::string> roles, std::string email)
{
  Person p;
  p.name = std::move(name);
  p.nip = std::move(nip);
  p.roles = std::move(roles);
  p.email = std::move(email);
  return p;
}

std::vector<Person> roster()
{
  return {person("Rina Hutapea", "19800101 200501 2 003", {"kabid"}, "rina@sibolga.go.id"),
          person("Joko", "19851212 201001 1 010", {"kasi", "staf"}, "joko@sibolga.go.id"),
          person("Lestari", "", {"kabid", "sekretaris"}, "")};
}

// The message authorize refuses with, or "" when it does not.
std::string refusal(const std::string& identity, const std::string& role)
{
  try {
    authorize(roster(), identity, role, "sops/akta.yaml");
  } catch (const sopctl::model::Error& error) {
    return error.what();
  }
  return "";
}

} // namespace

TEST_SUITE("workflow::authorize")
{
  TEST_CASE("the holder of the role, named by name, may act and is returned")
  {
    auto people = roster();
    CHECK(&authorize(people, "Rina Hutapea", "kabid", "sops/akta.yaml") == &people[0]);
    CHECK(&authorize(people, "lestari", "sekretaris", "sops/akta.yaml") == &people[2]);
  }

  TEST_CASE("the holder is matched by NIP with or without spaces")
  {
    auto people = roster();
    CHECK(&authorize(people, "19800101 200501 2 003", "kabid", "d") == &people[0]);
    CHECK(&authorize(people, "198001012005012003", "kabid", "d") == &people[0]);
  }

  TEST_CASE("the holder is matched by email without regard to case")
  {
    auto people = roster();
    CHECK(&authorize(people, "Joko@Sibolga.GO.ID", "staf", "d") == &people[1]);
  }

  TEST_CASE("without a role, anyone on the roster may act")
  {
    auto people = roster();
    CHECK(&authorize(people, "Joko", "", "d") == &people[1]);
  }

  TEST_CASE("someone not on the roster is refused with the list of people")
  {
    CHECK(refusal("Budi", "kabid") ==
          "sops/akta.yaml: \"Budi\" is not in sopctl.yaml's people (matched by name, NIP or "
          "email), so may not act; the people are: Rina Hutapea, Joko, Lestari");
  }

  TEST_CASE("a person lacking the role is refused with the role's holders")
  {
    CHECK(refusal("Joko", "kabid") ==
          "sops/akta.yaml: Joko does not hold the role kabid; it is held by: Rina Hutapea, "
          "Lestari");
    CHECK(refusal("joko@sibolga.go.id", "sekretaris") ==
          "sops/akta.yaml: Joko does not hold the role sekretaris; it is held by: Lestari");
  }

  TEST_CASE("a role nobody holds is said so")
  {
    CHECK(refusal("Joko", "kadis") == "sops/akta.yaml: Joko does not hold the role kadis; it is "
                                      "held by: nobody in sopctl.yaml's people");
  }

  TEST_CASE("the git identity acts, --by may name only that same person")
  {
    using sopctl::workflow::acting_identity;
    auto people = roster();
    CHECK(acting_identity(people, "rina@sibolga.go.id", "", "d") == "rina@sibolga.go.id");
    CHECK(acting_identity(people, "rina@sibolga.go.id", "19800101200501 2 003", "d") ==
          "rina@sibolga.go.id");
    CHECK(acting_identity(people, "", "Joko", "d") == "Joko"); // no git identity at all
    CHECK_THROWS_WITH(acting_identity(people, "rina@sibolga.go.id", "Joko", "sops/akta.yaml"),
                      "sops/akta.yaml: --by \"Joko\" is not you: with a roster in sopctl.yaml "
                      "the acting person is git's user.email (rina@sibolga.go.id, Rina Hutapea); "
                      "leave --by out or give your own name");
    // An identity off the roster is left for authorize to refuse by name.
    CHECK(acting_identity(people, "x@example.com", "Joko", "d") == "x@example.com");
  }
}
