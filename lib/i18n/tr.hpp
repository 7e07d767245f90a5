#pragma once

// Every message a user reads goes through here (README "Language"). The
// English text is the message id; lib/i18n/id/*.po holds its Indonesian.
// xgettext finds the ids by the keywords `tr` and `trf`.
//
//   out << tr("nothing is overdue") << '\n';
//   throw model::Error(trf("{}: step {} is not active", path, number));
//
// Not translated, on purpose: JSON keys and values, CSV headers, state
// names in machine output, exit codes, event fields, commit messages (the
// history reads the same whoever acted), and the documents sopctl renders
// (they are Indonesian already).
#include <fmt/format.h>
#include <libintl.h>
#include <string>
#include <utility>

namespace sopctl {

// The gettext domain: the catalogue is sopctl.mo.
inline constexpr const char* text_domain = "sopctl";

// The message in the user's language (the English `msgid` when there is no
// translation).
inline const char* tr(const char* msgid)
{
  return ::dgettext(text_domain, msgid);
}

// A translated fmt format string, formatted. A translation whose
// placeholders do not fit the arguments (a catalogue bug; the catalogue
// test catches it) falls back to the English text instead of failing.
template<typename... Args>
std::string trf(const char* msgid, Args&&... args)
{
  const char* text = tr(msgid);
  try {
    return fmt::format(fmt::runtime(text), args...);
  } catch (const fmt::format_error&) {
    return fmt::format(fmt::runtime(msgid), std::forward<Args>(args)...);
  }
}

} // namespace sopctl
