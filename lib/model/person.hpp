#pragma once

#include <model/diagnostics.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::model {

// A member of the office's roster: who may act in which roles, and what a
// signature block shows.
struct Person
{
  std::string name;
  std::string nip;
  std::string rank;
  std::string position;
  std::vector<std::string> roles; // performer keys this person may act as
  std::string email;              // git identity (user.email)
  Position where;

  bool holds(std::string_view role) const;
};

// The person a name, NIP or email names in `people` (names compared without
// regard to case), or null.
const Person* find_person(const std::vector<Person>& people, std::string_view who);

} // namespace sopctl::model
