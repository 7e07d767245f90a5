#pragma once

#include <ops/loaded_sop.hpp>
#include <ops/render.hpp>
#include <ostream>
#include <render/register_document.hpp>
#include <store/repository.hpp>
#include <vector>

namespace sopctl::ops {

// The rows of the Daftar SOP, one per SOP of `catalogue` in its order:
// number, name and version, the dates the lifecycle derives (as `render
// SOP` prints them), the status in the office's words (Berlaku, Konsep,
// "Digantikan oleh <number> versi <N>", "Dicabut (<decree>)") and, for one
// in force, the day its next monitoring is due.
std::vector<render::RegisterRow> register_rows(const Catalogue& catalogue);

// `sopctl render register`: the Daftar SOP of `catalogue` (the
// repository's) on the office's letterhead, dated `request.now` and signed
// by sopctl.yaml's approver, as HTML or PDF, written to `request.output`
// atomically or, as HTML only, to `out`. Throws model::Error when sops/
// holds no SOP file or Chromium is missing; model::UsageError for a PDF
// without -o.
void render_register(const store::Repository& repository,
                     const Catalogue& catalogue,
                     const CollectionRequest& request,
                     std::ostream& out);

} // namespace sopctl::ops
