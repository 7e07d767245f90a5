#pragma once

#include <filesystem>
#include <ops/format.hpp>
#include <ostream>
#include <store/repository.hpp>
#include <vector>

namespace sopctl::ops {

// `sopctl check`: validates SOP files and `sopctl.yaml` (all of them when
// `paths` is empty), printing every problem on `out`; warnings about the
// repository's set-up (roles not enforced, merge driver not registered) go
// to `err` and do not fail the check. As JSON or CSV, problems and the
// files' warnings are records on `out` (view/check_view.hpp). Returns the
// exit code.
int check_files(const store::Repository& repository,
                const std::vector<std::filesystem::path>& paths,
                std::ostream& out,
                std::ostream& err,
                Format format = Format::table);

} // namespace sopctl::ops
