#pragma once

// What `sopctl serve` reads from a form's text fields, before any ops code
// runs: pure, so a fuzz harness (tests/fuzz/fuzz_form.cpp) can reach it.

#include <map>
#include <optional>
#include <string>

namespace sopctl::serve {

// A text field as the files keep it: a browser sends a textarea's line
// breaks as CR LF (HTML's form submission), the files keep LF. A missing
// field is empty.
std::string form_text(const std::optional<std::string>& value);

// The `set` textarea: one KEY=VALUE a line (each line trimmed, blank lines
// skipped), read as `advance --set KEY=VALUE` is. Throws model::UsageError
// for a control character other than a tab or a line break, and for any
// line `--set` refuses (no `=`, a key that cannot name a value, a date
// that is not one, a key given twice).
std::map<std::string, std::string> form_assignments(const std::optional<std::string>& set);

} // namespace sopctl::serve
