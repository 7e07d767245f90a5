#pragma once

// The actions of `sopctl serve --allow act`: a form's fields turned into the
// same ops request the command line makes (advance, note, monitor), so the
// rules, refusals, events and commits are the command line's.

#include <functional>
#include <ops/actor.hpp>
#include <ops/clock.hpp>
#include <optional>
#include <ostream>
#include <serve/answer.hpp>
#include <store/repository.hpp>
#include <string>
#include <string_view>

namespace sopctl::serve {

// The actions, by their path under the server's root.
enum class Action
{
  advance, // POST /aksi/maju
  note,    // POST /aksi/catatan
  monitor, // POST /aksi/pantau
};

// The action `path` (`/aksi/maju`) names; nullopt for any other path.
std::optional<Action> action_at(std::string_view path);

// A form's field by name: its value, nullopt when the form has none.
using FormField = std::function<std::optional<std::string>(const std::string& name)>;

// Carries out `action` with the form's fields as `actor`, at `clock`'s time
// read under the file's lock: the fields of README "sopctl serve" (`draft`
// or `sop`, `hash`, ...). Answers 303 to the draft's or SOP's page when it
// was recorded (what ops said goes to `out`); 409 when the file's hash is
// not the form's (nothing written), 403 when the roster does not let the
// person act, 422 for any other refusal, each with the refusal's message.
Answer carry_out(Action action,
                 const FormField& field,
                 const store::Repository& repository,
                 const ops::Actor& actor,
                 const ops::Clock& clock,
                 std::ostream& out);

} // namespace sopctl::serve
