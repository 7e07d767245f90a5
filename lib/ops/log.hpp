#pragma once

#include <ops/format.hpp>
#include <ostream>
#include <store/repository.hpp>
#include <string>

namespace sopctl::ops {

// `sopctl log`: a draft's events, oldest first, as a table (fitted to
// `style`), JSON or CSV. `--format xlsx` is not offered for the log.
void show_log(const store::Repository& repository,
              const std::string& draft,
              Format format,
              std::ostream& out,
              const view::TableStyle& style = {});

} // namespace sopctl::ops
