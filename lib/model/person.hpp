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
  // The key that signs this person's commits: a GPG fingerprint (40 hex
  // digits) or an SSH public key (`ssh-ed25519 AAAA...`); checked by
  // `verify --git` when git.require_signed is true.
  std::string signing_key;
  bool admin = false; // may change the roster (see admins_of)
  Position where;

  bool holds(std::string_view role) const;
  // This person as a git author, "Name <email>" (an empty email when the
  // roster gives none).
  std::string git_author() const;
};

// The person a name, NIP or email names in `people` (names compared without
// regard to case), or null.
const Person* find_person(const std::vector<Person>& people, std::string_view who);

// The people who may change the roster: those marked `admin: true`, or,
// when nobody is, the holders of `signing_role` (the role that signs the
// office's SOPs; kadis in the seed).
std::vector<const Person*> admins_of(const std::vector<Person>& people,
                                     std::string_view signing_role);

// Whether a signing key is an SSH public key rather than a GPG fingerprint.
bool is_ssh_key(std::string_view signing_key);

// A GPG fingerprint as git prints it (%GF): upper-case hex without spaces.
std::string gpg_fingerprint(std::string_view signing_key);

// Whether a signing key is a GPG fingerprint: 40 hex digits, spaces allowed.
bool is_gpg_fingerprint(std::string_view signing_key);

} // namespace sopctl::model
