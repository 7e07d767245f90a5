#pragma once

#include <optional>
#include <string_view>

namespace sopctl::embedded {

// A file compiled into the binary, by its path in the source tree
// (`sops/penyusunan-sop-pelayanan.yaml`, `templates/draft.yaml`).
std::optional<std::string_view> embedded_file(std::string_view name);

// The path of the embedded default drafting procedure.
inline constexpr std::string_view embedded_procedure_name = "sops/penyusunan-sop-pelayanan.yaml";

} // namespace sopctl::embedded
