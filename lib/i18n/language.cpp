#include <clocale>
#include <cstdlib>
#include <i18n/language.hpp>
#include <i18n/tr.hpp>
#include <libintl.h>

#ifndef SOPCTL_LOCALEDIR
#error "SOPCTL_LOCALEDIR (the installed locale directory) comes from CMakeLists.txt"
#endif

namespace sopctl::i18n {

namespace fs = std::filesystem;

namespace {

std::string variable(const char* name)
{
  const char* value = std::getenv(name);
  return value ? value : "";
}

// The variables as sopctl was started with them, before it set LANGUAGE
// itself; set by start_messages().
std::optional<LanguageVariables>& startup_variables()
{
  static std::optional<LanguageVariables> variables;
  return variables;
}

// Makes gettext speak `choice`. glibc ignores LANGUAGE while the messages
// locale is "C", which it is whenever no locale is installed (a fresh
// Debian system has none): the messages locale becomes C.UTF-8, always
// present, and LANGUAGE names the language. Only LC_MESSAGES changes:
// LC_NUMERIC of an Indonesian locale would write 0,25 and break reading
// numbers.
void speak(const LanguageChoice& choice)
{
  if (is_english(choice.languages)) {
    std::setlocale(LC_MESSAGES, "C");
    return;
  }
  ::setenv("LANGUAGE", choice.languages.c_str(), 1);
  // setlocale also tells gettext to forget the translations it looked up.
  if (!std::setlocale(LC_MESSAGES, "C.UTF-8")) {
    std::setlocale(LC_MESSAGES, "");
  }
}

// Set by speak_language(): the language no longer follows sopctl.yaml.
bool& language_pinned()
{
  static bool pinned = false;
  return pinned;
}

bool holds_catalogue(const fs::path& dir)
{
  std::error_code ignored;
  return fs::is_regular_file(dir / "id" / "LC_MESSAGES" / (std::string(text_domain) + ".mo"),
                             ignored);
}

} // namespace

LanguageVariables language_variables()
{
  return {variable("LANGUAGE"), variable("LC_ALL"), variable("LC_MESSAGES"), variable("LANG")};
}

LanguageChoice choose_language(const LanguageVariables& variables, std::string_view office)
{
  // The locale the C library would use for messages.
  const auto& locale = !variables.lc_all.empty()        ? variables.lc_all
                       : !variables.lc_messages.empty() ? variables.lc_messages
                                                        : variables.lang;
  bool c_locale = locale == "C" || locale == "POSIX";
  if (!variables.language.empty() && !c_locale) {
    return {variables.language, LanguageSource::language};
  }
  if (!variables.lc_all.empty()) {
    return {variables.lc_all, LanguageSource::lc_all};
  }
  if (!variables.lc_messages.empty()) {
    return {variables.lc_messages, LanguageSource::lc_messages};
  }
  if (!office.empty()) {
    return {std::string(office), LanguageSource::office};
  }
  if (!variables.lang.empty()) {
    return {variables.lang, LanguageSource::lang};
  }
  return {"", LanguageSource::none};
}

bool is_english(std::string_view languages)
{
  auto first = languages.substr(0, languages.find(':'));
  auto name = first.substr(0, first.find_first_of("_.@"));
  return name.empty() || name == "C" || name == "POSIX" || name == "en";
}

std::optional<fs::path> catalogue_dir_beside(const fs::path& exe)
{
  auto dir = exe.parent_path();
  if (holds_catalogue(dir / "locale")) {
    return dir / "locale";
  }
  auto installed = (dir / ".." / "share" / "locale").lexically_normal();
  if (holds_catalogue(installed)) {
    return installed;
  }
  return std::nullopt;
}

void start_messages()
{
  std::error_code error;
  auto exe = fs::read_symlink("/proc/self/exe", error);
  std::optional<fs::path> beside;
  if (!error) {
    beside = catalogue_dir_beside(exe);
  }
  std::string dir = beside ? beside->string() : SOPCTL_LOCALEDIR;
  ::bindtextdomain(text_domain, dir.c_str());
  ::bind_textdomain_codeset(text_domain, "UTF-8");
  startup_variables() = language_variables();
  speak(choose_language(*startup_variables(), ""));
}

void use_office_language(std::string_view office)
{
  // A program that did not start messages (the unit tests) keeps its own
  // locale and environment.
  if (!startup_variables() || office.empty() || language_pinned()) {
    return;
  }
  auto choice = choose_language(*startup_variables(), office);
  if (choice.source == LanguageSource::office) {
    speak(choice);
  }
}

void speak_language(std::string_view languages)
{
  language_pinned() = true;
  speak({std::string(languages), LanguageSource::office});
}

} // namespace sopctl::i18n
