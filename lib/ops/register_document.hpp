#pragma once

#include <ops/loaded_sop.hpp>
#include <ops/render.hpp>
#include <ostream>
#include <render/register_document.hpp>
#include <store/repository.hpp>
#include <vector>

namespace sopctl::ops {

// The rows of the Daftar SOP, one per SOP file in `sops` (in that order):
// its number, name, version, the dates it prints with (as `render SOP`
// derives them), its status (Berlaku when in force, else Konsep) and, for
// one in force, the day its next monitoring is due: six months after its
// Tgl Efektif, else its Tgl Pengesahan.
std::vector<render::RegisterRow> register_rows(const store::Repository& repository,
                                               const std::vector<LoadedSop>& sops);

// `sopctl render register`: the Daftar SOP on the office's letterhead,
// dated `request.now` and signed by sopctl.yaml's approver, as HTML or PDF,
// written to `request.output` atomically or, as HTML only, to `out`.
// Throws model::Error when sops/ holds no SOP file or Chromium is missing;
// model::UsageError for a PDF without -o.
void render_register(const store::Repository& repository,
                     const std::vector<LoadedSop>& sops,
                     const CollectionRequest& request,
                     std::ostream& out);

} // namespace sopctl::ops
