#pragma once

#include <functional>
#include <model/timestamp.hpp>

namespace sopctl::ops {

// Tells the time; a function so that "now" is read when it is needed (under
// a draft's lock, so two commands started at once are stamped in the order
// they are applied).
using Clock = std::function<model::Timestamp()>;

} // namespace sopctl::ops
