#include <algorithm>
#include <cctype>
#include <model/person.hpp>

namespace sopctl::model {

bool Person::holds(std::string_view role) const
{
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

namespace {

bool same_ignoring_case(std::string_view a, std::string_view b)
{
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// NIPs are printed with or without their spaces: "19670312 199103 1 007".
std::string digits_of(std::string_view text)
{
  std::string digits;
  for (char c : text) {
    if (c != ' ') {
      digits += c;
    }
  }
  return digits;
}

} // namespace

const Person* find_person(const std::vector<Person>& people, std::string_view who)
{
  for (const auto& person : people) {
    if (same_ignoring_case(person.name, who) ||
        (!person.email.empty() && same_ignoring_case(person.email, who)) ||
        (!person.nip.empty() && digits_of(person.nip) == digits_of(who))) {
      return &person;
    }
  }
  return nullptr;
}

} // namespace sopctl::model
