#include <algorithm>
#include <cctype>
#include <model/person.hpp>

namespace sopctl::model {

std::string Person::git_author() const
{
  return name + " <" + email + ">";
}

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

std::vector<const Person*> admins_of(const std::vector<Person>& people,
                                     std::string_view signing_role)
{
  std::vector<const Person*> admins;
  for (const auto& person : people) {
    if (person.admin) {
      admins.push_back(&person);
    }
  }
  if (admins.empty()) {
    for (const auto& person : people) {
      if (!signing_role.empty() && person.holds(signing_role)) {
        admins.push_back(&person);
      }
    }
  }
  return admins;
}

bool is_ssh_key(std::string_view signing_key)
{
  return signing_key.starts_with("ssh-") || signing_key.starts_with("ecdsa-") ||
         signing_key.starts_with("sk-");
}

std::string gpg_fingerprint(std::string_view signing_key)
{
  std::string hex;
  for (char c : signing_key) {
    if (c != ' ') {
      hex += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
  }
  return hex;
}

bool is_gpg_fingerprint(std::string_view signing_key)
{
  auto hex = gpg_fingerprint(signing_key);
  return hex.size() == 40 && std::all_of(hex.begin(), hex.end(), [](char c) {
           return std::isxdigit(static_cast<unsigned char>(c));
         });
}

} // namespace sopctl::model
