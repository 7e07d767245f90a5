#include <algorithm>
#include <i18n/tr.hpp>
#include <time/no_standard.hpp>
#include <vector>

namespace sopctl::time {

namespace {

struct Lead
{
  std::string_view words;
  NoStandardMeaning meaning;
};

// Phrases that open a time standard naming no length of time. A phrase
// matches whole words at the start of the text; the longest one counts.
// clang-format off
constexpr Lead leads[] = {
  {"sesuai jadwal", NoStandardMeaning::scheduled},
  {"sesuai dengan jadwal", NoStandardMeaning::scheduled},
  {"terjadwal", NoStandardMeaning::scheduled},
  {"sesuai", NoStandardMeaning::as_needed},
  {"menyesuaikan", NoStandardMeaning::as_needed},
  {"tergantung", NoStandardMeaning::as_needed},
  {"bergantung", NoStandardMeaning::as_needed},
  {"kondisional", NoStandardMeaning::as_needed},
  {"situasional", NoStandardMeaning::as_needed},
  {"tentatif", NoStandardMeaning::tentative},
  {"waktu tentatif", NoStandardMeaning::tentative},
  {"relatif", NoStandardMeaning::tentative},
  {"setiap saat", NoStandardMeaning::any_time},
  {"tiap saat", NoStandardMeaning::any_time},
  {"kapan saja", NoStandardMeaning::any_time},
  {"sewaktu-waktu", NoStandardMeaning::any_time},
  {"sewaktu waktu", NoStandardMeaning::any_time},
  {"pada hari dan jam kerja", NoStandardMeaning::office_hours},
  {"pada hari jam kerja", NoStandardMeaning::office_hours},
  {"pada hari kerja", NoStandardMeaning::office_hours},
  {"pada jam kerja", NoStandardMeaning::office_hours},
  {"pada jam pelayanan", NoStandardMeaning::office_hours},
  {"hari dan jam kerja", NoStandardMeaning::office_hours},
  {"jam kerja", NoStandardMeaning::office_hours},
  {"jam pelayanan", NoStandardMeaning::office_hours},
  {"selama jam kerja", NoStandardMeaning::office_hours},
  {"selama jam pelayanan", NoStandardMeaning::office_hours},
  {"selama jam kantor", NoStandardMeaning::office_hours},
  {"secara berkala", NoStandardMeaning::periodic},
  {"berkala", NoStandardMeaning::periodic},
  {"secara periodik", NoStandardMeaning::periodic},
  {"periodik", NoStandardMeaning::periodic},
  {"rutin", NoStandardMeaning::periodic},
  {"secara rutin", NoStandardMeaning::periodic},
  {"serta merta", NoStandardMeaning::immediately},
  {"serta-merta", NoStandardMeaning::immediately},
  {"secara serta merta", NoStandardMeaning::immediately},
  {"setiap", NoStandardMeaning::each_time},
  {"tiap", NoStandardMeaning::each_time},
  {"setelah", NoStandardMeaning::after_event},
  {"sesudah", NoStandardMeaning::after_event},
  {"menunggu", NoStandardMeaning::after_event},
  {"sebelum", NoStandardMeaning::before_event},
  {"selama", NoStandardMeaning::during_event},
};
// clang-format on

bool is_separator(char c)
{
  return std::string_view(" \t,.;:()").find(c) != std::string_view::npos;
}

// The words of `text`, split at spaces and punctuation.
std::vector<std::string_view> words_of(std::string_view text)
{
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_separator(text[i])) {
      ++i;
    }
    auto start = i;
    while (i < text.size() && !is_separator(text[i])) {
      ++i;
    }
    if (i > start) {
      words.push_back(text.substr(start, i - start));
    }
  }
  return words;
}

// The words of each phrase of `leads`, in its order: split once.
const std::vector<std::vector<std::string_view>>& lead_words_of_all()
{
  static const auto all = [] {
    std::vector<std::vector<std::string_view>> split;
    for (const auto& lead : leads) {
      split.push_back(words_of(lead.words));
    }
    return split;
  }();
  return all;
}

struct LeadFound
{
  std::optional<NoStandardMeaning> meaning;
  std::size_t words = 0; // how many of the text's words the phrase took
};

// The longest phrase of `leads` that `words` open with.
LeadFound lead_of(const std::vector<std::string_view>& words)
{
  std::optional<NoStandardMeaning> found;
  std::size_t longest = 0;
  const auto& split = lead_words_of_all();
  for (std::size_t n = 0; n < std::size(leads); ++n) {
    const auto& lead = leads[n];
    const auto& lead_words = split[n];
    if (lead_words.size() <= longest || lead_words.size() > words.size()) {
      continue;
    }
    bool matches = true;
    for (std::size_t i = 0; i < lead_words.size() && matches; ++i) {
      matches = words[i] == lead_words[i];
    }
    if (matches) {
      found = lead.meaning;
      longest = lead_words.size();
    }
  }
  return {found, longest};
}

} // namespace

std::optional<NoStandardMeaning> no_standard_lead(std::string_view text)
{
  return lead_of(words_of(text)).meaning;
}

bool rewords_phrase(std::string_view previous, std::string_view part)
{
  auto before = words_of(previous);
  auto after = words_of(part);
  if (after.empty()) {
    return false;
  }
  // Some words of `previous` (from `start`, `kept` of them), then `part`:
  // a phrase that reaches past the kept words into `part`. No phrase is
  // longer than the longest of `leads`, so neither is what is kept of
  // `previous`: the search stays linear in its words.
  static const std::size_t longest = [] {
    std::size_t words = 0;
    for (const auto& split : lead_words_of_all()) {
      words = std::max(words, split.size());
    }
    return words;
  }();
  for (std::size_t start = 0; start < before.size(); ++start) {
    for (std::size_t kept = 1; kept < longest && start + kept <= before.size(); ++kept) {
      std::vector<std::string_view> joined(before.begin() + static_cast<std::ptrdiff_t>(start),
                                           before.begin() +
                                             static_cast<std::ptrdiff_t>(start + kept));
      joined.insert(joined.end(), after.begin(), after.end());
      if (lead_of(joined).words > kept) {
        return true;
      }
    }
  }
  return false;
}

std::string no_standard_note(NoStandardMeaning meaning)
{
  switch (meaning) {
    case NoStandardMeaning::scheduled:
      return tr("no standard: the step is done when scheduled");
    case NoStandardMeaning::as_needed:
      return tr("no standard: the time is set by what the case needs");
    case NoStandardMeaning::tentative:
      return tr("no standard: the time is tentative");
    case NoStandardMeaning::any_time:
      return tr("no standard: the step is done at any time");
    case NoStandardMeaning::office_hours:
      return tr("no standard: the step is done during office hours");
    case NoStandardMeaning::periodic:
      return tr("no standard: the step is done periodically");
    case NoStandardMeaning::immediately:
      return tr("no standard: the step is done at once, as the need arises");
    case NoStandardMeaning::each_time:
      return tr("no standard: the step is done each time the event named happens");
    case NoStandardMeaning::after_event:
      return tr("no standard: the step waits for the event named");
    case NoStandardMeaning::before_event:
      return tr("no standard: the step is done before the event named");
    case NoStandardMeaning::during_event:
      return tr("no standard: the step lasts while the event named lasts");
  }
  return {};
}

} // namespace sopctl::time
