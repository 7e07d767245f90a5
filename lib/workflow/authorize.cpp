#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <workflow/authorize.hpp>

namespace sopctl::workflow {

const model::Person& authorize(const std::vector<model::Person>& people,
                               const std::string& identity,
                               const std::string& role,
                               const std::string& draft_display)
{
  const auto* person = model::find_person(people, identity);
  if (!person) {
    std::string names;
    for (const auto& entry : people) {
      names += (names.empty() ? "" : ", ") + entry.name;
    }
    throw model::NotPermitted(trf("{}: \"{}\" is not in sopctl.yaml's people (matched by name, "
                                  "NIP or email), so may not act; the people are: {}",
                                  draft_display,
                                  identity,
                                  names));
  }
  if (!role.empty() && !person->holds(role)) {
    std::string holders;
    for (const auto& entry : people) {
      if (entry.holds(role)) {
        holders += (holders.empty() ? "" : ", ") + entry.name;
      }
    }
    throw model::NotPermitted(
      trf("{}: {} does not hold the role {}; it is held by: {}",
          draft_display,
          person->name,
          role,
          holders.empty() ? std::string(tr("nobody in sopctl.yaml's people")) : holders));
  }
  return *person;
}

std::string acting_identity(const std::vector<model::Person>& people,
                            const std::string& git_email,
                            const std::string& claimed,
                            const std::string& draft_display)
{
  if (git_email.empty() || claimed.empty()) {
    return git_email.empty() ? claimed : git_email;
  }
  const auto* person = model::find_person(people, git_email);
  if (person && model::find_person(people, claimed) != person) {
    throw model::NotPermitted(trf("{}: --by \"{}\" is not you: with a roster in sopctl.yaml the "
                                  "acting person is git's user.email ({}, {}); leave --by out "
                                  "or give your own name",
                                  draft_display,
                                  claimed,
                                  git_email,
                                  person->name));
  }
  return git_email; // not on the roster: authorize says so
}

} // namespace sopctl::workflow
