#pragma once

#include <model/person.hpp>
#include <model/sop.hpp>
#include <string>
#include <vector>

namespace sopctl::workflow {

// The roster person `identity` (a name, NIP or email) names, checked to hold
// `role` (when `role` is not empty). Throws model::Error saying who holds
// the role when they do not, or listing the people when nobody matches.
const model::Person& authorize(const std::vector<model::Person>& people,
                               const std::string& identity,
                               const std::string& role,
                               const std::string& draft_display);

} // namespace sopctl::workflow
