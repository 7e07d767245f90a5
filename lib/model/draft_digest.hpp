#pragma once

#include <model/sop.hpp>
#include <string>
#include <vector>

namespace sopctl::model {

// What listings and reports need of a draft: its title and drafting record,
// as the strict loader read them (the digest cache keeps these between runs).
struct DraftDigest
{
  std::string title;
  std::string procedure;
  std::vector<Event> events;
};

} // namespace sopctl::model
