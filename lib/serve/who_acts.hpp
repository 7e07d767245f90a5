#pragma once

// Who is acting through `sopctl serve`'s forms (README "sopctl serve", "Who
// acts").

#include <ops/actor.hpp>
#include <optional>
#include <serve/answer.hpp>
#include <serve/serve_options.hpp>
#include <store/repository.hpp>
#include <string>
#include <variant>

namespace sopctl::serve {

// The person acting for one request, or the refusal to answer it with:
// - with --user-header: the header's value (`header`; nullopt when the
//   request has none) names a person of sopctl.yaml's roster by name, NIP
//   or email: missing 401, not on the roster (or no roster) 403;
// - without it: the person who started the server, as the command line
//   takes them (ops::acting: git's user.name or user.email).
std::variant<ops::Actor, Answer> who_acts(const ServeOptions& options,
                                          const store::Repository& repository,
                                          const std::optional<std::string>& header);

// Refuses to start (model::UsageError, saying what to do) a server with
// --allow act whose actions could not be told apart from nobody's: without
// --user-header, when the person who starts it has no identity the command
// line would accept (ops::acting); with it, when sopctl.yaml has no roster
// to map the header's names to.
void check_can_act(const ServeOptions& options, const store::Repository& repository);

// The 401 of a request without the --user-header header.
Answer unauthenticated(const ServeOptions& options);

} // namespace sopctl::serve
