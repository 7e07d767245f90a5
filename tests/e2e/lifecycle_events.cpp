#include "lifecycle_events.hpp"

#include "file_helpers.hpp"

#include <history/event_hash.hpp>
#include <model/errors.hpp>
#include <stdexcept>
#include <yaml/draft_text.hpp>
#include <yaml/paper_record_text.hpp>
#include <yaml/sop_reader.hpp>

namespace e2e {

void append_lifecycle_event(const fs::path& file, const LifecycleEvent& given)
{
  using namespace sopctl;
  auto text = read_bytes(file);
  model::Sop sop;
  try {
    sop = yaml::load_sop(text, file.string());
  } catch (const model::Error& error) {
    throw std::runtime_error(error.what());
  }
  auto kind = model::parse_event_kind(given.kind);
  auto at = model::parse_timestamp(given.at, std::nullopt);
  if (!kind || !model::is_lifecycle(*kind) || !at) {
    throw std::runtime_error("not a lifecycle event: " + given.kind + " at " + given.at);
  }
  model::Event event;
  event.kind = *kind;
  event.by = given.by;
  event.at = *at;
  event.recorded = *at;
  event.role = given.role;
  event.note = given.note;
  event.result = given.result;
  event.action = given.action;
  event.ref = given.ref;
  event.set = given.set;
  if (!sop.drafting) {
    history::seal(event, {});
    auto appended = yaml::append_paper_record(text, sop, event);
    if (!appended) {
      throw std::runtime_error(file.string() + ": cannot take a record after its text");
    }
    write_bytes(file, *appended);
    return;
  }
  history::seal(event, sop.drafting->events);
  write_bytes(file, yaml::append_event(text, sop, event));
}

LifecycleEvent monitoring(const std::string& by, const std::string& at)
{
  return {"monitored", by, at, "sekretaris", "Berjalan sesuai SOP", "baik", "", "", {}};
}

LifecycleEvent revocation(const std::string& by, const std::string& at)
{
  return {"revoked",
          by,
          at,
          "kadis",
          "Diganti peraturan baru",
          "",
          "",
          "Keputusan Kepala Dinas Nomor 5 Tahun 2027",
          {}};
}

} // namespace e2e
