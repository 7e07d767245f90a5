#pragma once

// Which language sopctl speaks, and where its catalogue is (README,
// "Language (Bahasa Indonesia)"). The messages themselves go through
// tr() and trf() (i18n/tr.hpp).
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace sopctl::i18n {

// The variables that choose a language, as the environment holds them
// (empty: unset).
struct LanguageVariables
{
  std::string language;    // LANGUAGE: a list, like "id:en"
  std::string lc_all;      // LC_ALL
  std::string lc_messages; // LC_MESSAGES
  std::string lang;        // LANG
};

// Where the chosen language came from.
enum class LanguageSource
{
  language,    // LANGUAGE
  lc_all,      // LC_ALL
  lc_messages, // LC_MESSAGES
  office,      // sopctl.yaml's `language`
  lang,        // LANG
  none,        // nothing: English
};

// A chosen language: a gettext language list ("id", "id_ID.UTF-8",
// "id:en"; "C" or "en..." for English) and where it came from.
struct LanguageChoice
{
  std::string languages;
  LanguageSource source = LanguageSource::none;
};

// LANGUAGE, LC_ALL, LC_MESSAGES and LANG from this process's environment.
LanguageVariables language_variables();

// The language to speak, in this order: LANGUAGE (unless the locale
// variables name the C locale, where gettext ignores it), LC_ALL,
// LC_MESSAGES, then the office's `language` from sopctl.yaml (empty: not
// set), then LANG; English when none is set.
LanguageChoice choose_language(const LanguageVariables& variables, std::string_view office);

// Whether `languages` means untranslated text: empty, C, POSIX, or a
// list whose first language is English.
bool is_english(std::string_view languages);

// The directory holding <lang>/LC_MESSAGES/sopctl.mo for a binary at `exe`:
// <exe dir>/locale (the build tree), else <exe dir>/../share/locale
// (installed under any prefix), else none.
std::optional<std::filesystem::path> catalogue_dir_beside(const std::filesystem::path& exe);

// Binds the catalogue (beside /proc/self/exe, else the installed locale
// directory) and speaks the environment's language. Called first thing in
// main.
void start_messages();

// Speaks the office's language (sopctl.yaml's `language`, "id" or "en";
// empty: not set) unless LANGUAGE, LC_ALL or LC_MESSAGES chose one. Called
// when the repository's settings are read.
void use_office_language(std::string_view office);

// Speaks `languages` (a gettext language list: "id") from now on, whatever
// the environment or sopctl.yaml chose; reading sopctl.yaml again no longer
// changes it. `sopctl serve` speaks Indonesian on its pages, the refusals
// of the commands it runs included.
void speak_language(std::string_view languages);

} // namespace sopctl::i18n
