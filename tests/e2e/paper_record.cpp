#include "paper_record.hpp"

#include "file_helpers.hpp"
#include "seed_drafting.hpp"

#include <doctest/doctest.h>

namespace e2e {

std::string sealed_hash(const Sandbox& sandbox, const HandEvent& event, const std::string& prev)
{
  const char separator = '\x1f';
  std::string text = "sopctl-event-1";
  // event, step (0: a lifecycle event is at no step), role, by, at, note, prev
  for (const auto& field :
       {event.kind, std::string("0"), event.role, event.by, event.at, event.note, prev}) {
    text += separator + field;
  }
  for (const auto& [key, value] :
       std::vector<std::pair<std::string, std::string>>{{"recorded", event.at},
                                                        {"result", event.result},
                                                        {"action", event.action},
                                                        {"ref", event.ref}}) {
    if (!value.empty()) {
      text += separator + ("@" + key + "=" + value);
    }
  }
  auto file = sandbox.tmp() / "event-to-hash";
  write_bytes(file, text);
  auto result = sandbox.run_program(sandbox.tmp(), {"sha256sum", file.string()});
  REQUIRE(result.exit_code == 0);
  return result.out.substr(0, 16);
}

std::string paper_record(const Sandbox& sandbox, const std::vector<HandEvent>& events)
{
  std::string text = "drafting:\n  events:\n";
  std::string prev;
  for (const auto& event : events) {
    auto hash = sealed_hash(sandbox, event, prev);
    text += "    - event: " + event.kind + "\n";
    auto field = [&](const char* key, const std::string& value) {
      if (!value.empty()) {
        text += std::string("      ") + key + ": \"" + value + "\"\n";
      }
    };
    field("role", event.role);
    field("by", event.by);
    field("at", event.at);
    field("recorded", event.at);
    field("note", event.note);
    field("result", event.result);
    field("action", event.action);
    field("ref", event.ref);
    field("prev", prev);
    field("hash", hash);
    prev = hash;
  }
  return text;
}

std::string paper_sop(const std::string& number,
                      const std::string& name,
                      const std::string& created,
                      const std::string& approved,
                      const std::string& effective)
{
  auto text = read_bytes(seed_source_path());
  text = replace_once(text, "number: 07/SOP-Disdukcapil/SES/2020", "number: " + number);
  text = replace_once(
    text, "name: Penyusunan Standar Operasional Prosedur (SOP) Pelayanan", "name: " + name);
  auto dates =
    "  created: \"" + created + "\"\n  revised: \"\"\n  approved: \"" + approved + "\"\n";
  if (!effective.empty()) {
    dates += "  effective: \"" + effective + "\"\n";
  }
  return replace_once(
    text, "  created: \"2020-09-01\"\n  revised: \"\"\n  approved: \"2020-09-29\"\n", dates);
}

} // namespace e2e
