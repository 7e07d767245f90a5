#pragma once

#include <ops/format.hpp>
#include <ostream>
#include <store/repository.hpp>
#include <string>
#include <vector>

namespace sopctl::ops {

// `sopctl verify`: checks each draft's hash chain and that no event is dated
// after it was recorded; with `with_git`, also each draft's history and the
// roster's (ops/verify_git.hpp: each event committed by its own person
// holding its role, near its recorded time, signed by their key when
// git.require_signed; no event removed or changed after its commit; every
// roster change by an admin). One line per problem on `out`; returns 1 when
// there is any. As JSON or CSV, the problems are records
// (view/check_view.hpp).
int verify_drafts(const store::Repository& repository,
                  const std::vector<std::string>& drafts,
                  bool with_git,
                  std::ostream& out,
                  Format format = Format::table);

} // namespace sopctl::ops
