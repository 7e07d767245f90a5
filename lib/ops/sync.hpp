#pragma once

#include <ostream>
#include <store/repository.hpp>

namespace sopctl::ops {

// `sopctl sync`: git pull --rebase, then git push; says what came in, what
// went out, and any conflict in words. Never run by other commands.
int sync_repository(const store::Repository& repository, std::ostream& out, std::ostream& err);

} // namespace sopctl::ops
