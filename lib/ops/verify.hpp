#pragma once

#include <ostream>
#include <store/repository.hpp>
#include <string>
#include <vector>

namespace sopctl::ops {

// `sopctl verify`: checks each draft's hash chain and, with `with_git`, each
// event against the commit that brought it in (author on the roster holding
// the event's role; a good signature when git.require_signed). One line per
// problem on `out`; returns 1 when there is any.
int verify_drafts(const store::Repository& repository,
                  const std::vector<std::string>& drafts,
                  bool with_git,
                  std::ostream& out);

} // namespace sopctl::ops
