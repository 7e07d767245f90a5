#include <algorithm>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <model/text.hpp>
#include <model/timestamp.hpp>
#include <model/validation.hpp>
#include <render/dates.hpp>
#include <render/kop.hpp>
#include <render/letter_signer.hpp>
#include <render/letters.hpp>
#include <render/sop_fields.hpp>
#include <render/template_data.hpp>
#include <time/calendar.hpp>
#include <workflow/voids.hpp>

namespace sopctl::render {

std::map<std::string, std::string> letter_values(const model::Sop& draft)
{
  std::map<std::string, std::string> values;
  if (draft.drafting) {
    // A voided act's values (a wrong --set, a number since retired) are no
    // values: the act that replaced it gives them.
    auto cancelled = workflow::cancelled_events(draft.drafting->events);
    for (size_t i = 0; i < draft.drafting->events.size(); ++i) {
      if (cancelled.contains(i)) {
        continue;
      }
      const auto& event = draft.drafting->events[i];
      for (const auto& [key, value] : event.set) {
        values[key] = value;
      }
    }
  }
  for (const auto& [key, value] : draft.data) {
    values[key] = value;
  }
  // A blank value is no value, even over one given before.
  std::erase_if(values, [](const auto& entry) { return model::trim(entry.second).empty(); });
  return values;
}

namespace {

// What a built-in letter template prints that a procedure written before
// it may not declare: letters of earlier versions all named
// letter.html.mustache, without letter.subject or letter.remarks.
struct TemplateNeeds
{
  std::string_view template_name;
  std::vector<model::LetterField> fields;
  bool sop_number = false; // prints the SOP's number (the pengantar sends it)
};

const std::vector<TemplateNeeds>& builtin_needs()
{
  static const std::vector<TemplateNeeds> needs = {
    {"undangan-rapat.html.mustache",
     {model::LetterField{"meeting.date", "tanggal rapat, as YYYY-MM-DD", "2026-11-26", ""},
      model::LetterField{"meeting.time", "waktu rapat", "09.00 WIB", ""},
      model::LetterField{"meeting.place", "tempat rapat", "Ruang Rapat", ""},
      model::LetterField{"meeting.to", "yang diundang", "Kepala Bidang dan Kepala Seksi", ""},
      model::LetterField{"meeting.agenda", "acara", "", "Pembahasan SOP {sop.name}"},
      model::LetterField{"letter.subject", "hal", "", "Undangan Rapat Pembahasan SOP {sop.name}"}},
     false},
    {"surat-pengantar.html.mustache",
     {model::LetterField{"letter.to", "alamat tujuan", "Kepala Bappeda", ""},
      model::LetterField{"letter.copies", "banyaknya", "", "1 (satu) berkas"},
      {"letter.remarks",
       "keterangan",
       "",
       "Disampaikan dengan hormat untuk diketahui dan dipergunakan sebagaimana mestinya."}},
     true},
  };
  return needs;
}

const TemplateNeeds* needs_of(const model::LetterDefinition& letter)
{
  for (const auto& needs : builtin_needs()) {
    if (needs.template_name == letter.template_name) {
      return &needs;
    }
  }
  return nullptr;
}

// The letter's fields, with those its built-in template prints that it
// does not declare.
std::vector<model::LetterField> fields_of(const model::LetterDefinition& letter)
{
  auto fields = letter.fields;
  if (const auto* needs = needs_of(letter)) {
    for (const auto& field : needs->fields) {
      if (std::none_of(fields.begin(), fields.end(), [&](const auto& declared) {
            return declared.key == field.key;
          })) {
        fields.push_back(field);
      }
    }
  }
  return fields;
}

// When the step that produces the letter was last done; nullopt if not yet.
std::optional<model::Timestamp> produced_at(const model::LetterDefinition& letter,
                                            const workflow::DraftState& state)
{
  if (const auto* done = state.last_done(letter.step); done && !done->rejected) {
    return done->until;
  }
  return std::nullopt;
}

// The Indonesian name of an ISO date's weekday; empty for another text.
std::string day_name(const std::string& iso_date)
{
  static constexpr const char* names[] = {
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
  auto day = time::parse_day(iso_date);
  return day ? names[time::weekday_of(*day)] : std::string();
}

} // namespace

std::string sop_number(const model::Sop& draft)
{
  if (!draft.number.empty()) {
    return draft.number;
  }
  auto values = letter_values(draft);
  auto found = values.find("number.sop");
  return found == values.end() ? std::string() : found->second;
}

std::vector<std::string> missing_for_letter(const model::LetterDefinition& letter,
                                            const model::Sop& procedure,
                                            const model::Sop& draft,
                                            const workflow::DraftState& state,
                                            const std::string& draft_id,
                                            const model::DocumentSettings& settings)
{
  std::vector<std::string> missing;
  auto values = letter_values(draft);
  if (!produced_at(letter, state)) {
    missing.push_back(trf("step {} is not done yet: the letter is dated and numbered "
                          "when it is (sopctl advance {} --role ...)",
                          letter.step,
                          draft_id));
  }
  bool step_done = produced_at(letter, state).has_value();
  for (const auto& field : fields_of(letter)) {
    auto given = values.find(field.key);
    auto value =
      given != values.end() ? given->second : expand_default(model::trim(field.default_value), "");
    if (!value.empty() && model::is_date_key(field.key) &&
        !model::is_iso_date(model::trim(value))) {
      missing.push_back(trf("{} ({}): \"{}\" is not a date written YYYY-MM-DD (like "
                            "{}); the letter prints the day and date in words from it: "
                            "write it so under data: in the draft (sopctl edit {})",
                            field.key,
                            field.label,
                            value,
                            field.example.empty() ? "2026-11-26" : field.example,
                            draft_id));
      continue;
    }
    if (!value.empty()) {
      continue;
    }
    auto assignment = field.key + "=" + (field.example.empty() ? "..." : field.example);
    if (assignment.find(' ') != std::string::npos) {
      assignment = "\"" + assignment + "\"";
    }
    auto under_data = trf("write it under data: in the draft (sopctl edit {})", draft_id);
    missing.push_back(step_done ? fmt::format("{} ({}): {}", field.key, field.label, under_data)
                                : trf("{} ({}): give it with --set {} when step {} is "
                                      "done, or {}",
                                      field.key,
                                      field.label,
                                      assignment,
                                      letter.step,
                                      under_data));
  }
  if (const auto* needs = needs_of(letter);
      needs && needs->sop_number && sop_number(draft).empty()) {
    missing.push_back(tr("number.sop (the SOP's number): it is handed out when the SOP is signed, "
                         "or write number: in the draft by hand"));
  }
  auto signer = letter_signer(letter, procedure, settings, recorded_signer(state, settings));
  missing.insert(missing.end(), signer.missing.begin(), signer.missing.end());
  return missing;
}

std::string place_name(std::string_view city)
{
  bool has_lower =
    std::any_of(city.begin(), city.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  std::string name(city);
  if (has_lower) {
    return name;
  }
  bool word_start = true;
  for (auto& c : name) {
    bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (letter && !word_start && c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
    // Only ASCII letters are re-cased; a UTF-8 byte continues its word.
    word_start = !letter && static_cast<unsigned char>(c) < 0x80 && c != '\'';
  }
  return name;
}

std::string expand_default(std::string_view value, std::string_view sop_name)
{
  std::string text(value);
  std::string_view placeholder = model::sop_name_placeholder;
  for (auto at = text.find(placeholder); at != std::string::npos;
       at = text.find(placeholder, at + sop_name.size())) {
    text.replace(at, placeholder.size(), sop_name);
  }
  return text;
}

std::vector<std::string> unknown_placeholders(std::string_view value)
{
  std::vector<std::string> unknown;
  std::string_view opening = model::placeholder_opening;
  for (auto at = value.find(opening); at != std::string_view::npos;
       at = value.find(opening, at + 1)) {
    auto close = value.find('}', at);
    auto placeholder =
      value.substr(at, close == std::string_view::npos ? value.size() - at : close + 1 - at);
    if (placeholder != model::sop_name_placeholder) {
      unknown.emplace_back(placeholder);
    }
  }
  return unknown;
}

std::string letter_html(const model::LetterDefinition& letter,
                        const model::Sop& procedure,
                        const model::Sop& draft,
                        const workflow::DraftState& state,
                        const model::DocumentSettings& settings,
                        const std::string& logo,
                        std::string_view template_text,
                        std::string_view kop_template)
{
  auto values = letter_values(draft);
  for (const auto& field : fields_of(letter)) {
    values.emplace(field.key, expand_default(model::trim(field.default_value), draft.name));
  }
  for (auto& [key, value] : values) {
    value = model::trim(value);
  }
  auto signer = letter_signer(letter, procedure, settings, recorded_signer(state, settings))
                  .signer.value_or(LetterSigner{});
  auto date = indonesian_date(local_date(*produced_at(letter, state)));
  auto place = place_name(settings.office.city);
  TemplateData data;
  add_office_fields(data, settings.office);
  data.set("title", letter.title)
    .set("kop", kop_html(settings.office, logo, kop_template))
    .set("logo", logo)
    .set("has_logo", TemplateData::flag(!logo.empty()))
    .set("place", place)
    .set("date", date)
    .set("place_date", place.empty() ? date : fmt::format("{}, {}", place, date))
    .set("number",
         letter.numbering.empty() ? std::string("-") : values["number." + letter.numbering])
    .set("sop_name", draft.name)
    .set("sop_number", sop_number(draft))
    .set("signer_on_behalf_of", signer.on_behalf_of)
    .set("has_on_behalf_of", TemplateData::flag(!signer.on_behalf_of.empty()))
    .set("signer_position", signer.block.position)
    .set("signer_name", signer.block.name)
    .set("signer_rank", signer.block.rank)
    .set("signer_nip", signer.block.nip);
  data.set("has_signer_nip", TemplateData::flag(!signer.block.nip.empty()));
  // Templates of sopctl before each letter had its own chose the body by
  // this flag (letter_undangan_rapat); a repository's copy may still.
  auto flag_name = "letter_" + letter.name;
  std::replace(flag_name.begin(), flag_name.end(), '-', '_');
  data.set(flag_name, TemplateData::flag(true));
  // Every value by its key with dots as underscores (meeting_date), and
  // dates in words beside them (meeting_date_words, meeting_date_day).
  for (const auto& [key, value] : values) {
    auto name = key;
    std::replace(name.begin(), name.end(), '.', '_');
    std::replace(name.begin(), name.end(), '-', '_');
    data.set(name, value);
    if (model::is_iso_date(value)) {
      data.set(name + "_words", indonesian_date(value));
      data.set(name + "_day", day_name(value));
    }
  }
  return render_template(template_text, data, Escape::html, letter.template_name);
}

} // namespace sopctl::render
