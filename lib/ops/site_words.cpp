#include <fmt/format.h>
#include <model/timestamp.hpp>
#include <ops/site_words.hpp>
#include <workflow/replay.hpp>

namespace sopctl::ops::site_words {

std::string exit_target(const model::Step& step, model::Exit exit)
{
  int target = step.decision->target(exit);
  if (target == model::procedure_end || target == 0) {
    return "prosedur selesai";
  }
  return workflow::goes_back(step, target) ? fmt::format("kembali ke langkah {}", target)
                                           : fmt::format("lanjut ke langkah {}", target);
}

std::string event_what(const model::Sop& procedure, const model::Event& event)
{
  switch (event.kind) {
    case model::EventKind::started:
      return event.revises.empty() ? "Konsep dimulai"
                                   : fmt::format("Revisi {} dimulai", event.revises);
    case model::EventKind::completed:
    case model::EventKind::rejected: {
      const auto* step = procedure.find_step(event.step);
      if (step && step->decision) {
        auto exit = workflow::exit_of(event);
        return fmt::format("{}: {}", step->decision->label(exit), exit_target(*step, exit));
      }
      if (step && step->next) {
        // Where its `next` leads, as a decision's exit says it.
        return *step->next == model::procedure_end
                 ? fmt::format("Langkah {} selesai, prosedur selesai", event.step)
                 : fmt::format("Langkah {} selesai, lanjut ke langkah {}", event.step, *step->next);
      }
      return fmt::format("Langkah {} selesai", event.step);
    }
    case model::EventKind::noted:
      return "Catatan";
    case model::EventKind::voided:
      return "Pembatalan tindakan sebelumnya";
    case model::EventKind::adopted:
      return "Didaftarkan (disahkan di atas kertas)";
    case model::EventKind::monitored:
      return event.result.empty() ? "Pemantauan" : fmt::format("Pemantauan: {}", event.result);
    case model::EventKind::evaluated:
      return event.result.empty() ? "Evaluasi" : fmt::format("Evaluasi: {}", event.result);
    case model::EventKind::revoked:
      return "Dicabut";
  }
  return std::string(model::to_string(event.kind));
}

std::string working_span(int days, std::int64_t minutes)
{
  std::vector<std::string> parts;
  if (days > 0) {
    parts.push_back(fmt::format("{} hari", days));
  }
  if (minutes / 60 > 0) {
    parts.push_back(fmt::format("{} jam", minutes / 60));
  }
  if (minutes % 60 > 0 || parts.empty()) {
    parts.push_back(fmt::format("{} menit", minutes % 60));
  }
  return fmt::format("{}", fmt::join(parts, " "));
}

std::string zone_name(int offset_minutes)
{
  switch (offset_minutes) {
    case 7 * 60:
      return "WIB";
    case 8 * 60:
      return "WITA";
    case 9 * 60:
      return "WIT";
    default:
      return "UTC" + model::format_utc_offset(offset_minutes);
  }
}

} // namespace sopctl::ops::site_words
