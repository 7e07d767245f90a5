#pragma once

#include <model/person.hpp>
#include <model/sop.hpp>
#include <string>
#include <vector>

namespace sopctl::workflow {

// The roster person `identity` (a name, NIP or email) names, checked to hold
// `role` (when `role` is not empty). Throws model::NotPermitted saying who holds
// the role when they do not, or listing the people when nobody matches.
const model::Person& authorize(const std::vector<model::Person>& people,
                               const std::string& identity,
                               const std::string& role,
                               const std::string& draft_display);

// Who acts under a roster, as the identity to authorize: git's user.email
// (`git_email`) when git has one, else `claimed` (--by). A `claimed` person
// other than the one `git_email` names is refused (model::NotPermitted): with a
// roster, nobody records an event under someone else's name. An external
// performer's step (the applicant) is recorded by the git identity too.
std::string acting_identity(const std::vector<model::Person>& people,
                            const std::string& git_email,
                            const std::string& claimed,
                            const std::string& draft_display);

} // namespace sopctl::workflow
