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
  // What the register needs of a signed draft besides its events (the
  // lifecycle of the SOPs in force that `report` lists): its number,
  // version, and the dates written by hand that its record does not give.
  std::string number;
  int version = 1;
  std::string created;
  std::string effective;
};

} // namespace sopctl::model
