#pragma once

#include <ops/catalogue.hpp>
#include <store/repository.hpp>
#include <string>
#include <string_view>

namespace sopctl::ops {

// The id of the SOP file in sops/ that `query` names: the id itself or the
// one id it is a prefix of. Throws model::Error listing the SOPs when it
// names none, or the candidates when it names several.
std::string resolve_sop(const store::Repository& repository, std::string_view query);

// The register entry of `id` in `catalogue`. Throws model::Error with the
// file's own problem when it did not load (its line:column).
const lifecycle::Entry& entry_of(const Catalogue& catalogue,
                                 const store::Repository& repository,
                                 const std::string& id);

// For an SOP file that is no draft yet counts as konsep (no Tgl
// Pengesahan written): why it is not in force and what to write; "" for
// any other entry.
std::string unsigned_paper(const lifecycle::Entry& entry, const std::string& display);

// The SOP's number as printed: the `number` written, else the one its
// signing handed out (number.sop), else its id.
std::string printed_number(const lifecycle::Entry& entry);

} // namespace sopctl::ops
