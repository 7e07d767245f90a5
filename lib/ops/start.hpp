#pragma once

#include <model/timestamp.hpp>
#include <ostream>
#include <store/repository.hpp>
#include <string>

namespace sopctl::ops {

// What `sopctl start` was asked for.
struct StartRequest
{
  std::string title;
  std::string id; // empty: derived from the title
  std::string by;
  model::Timestamp at;
};

// `sopctl start`: creates the draft file; prints and returns its id.
std::string start_draft(const store::Repository& repository,
                        const StartRequest& request,
                        std::ostream& out);

} // namespace sopctl::ops
