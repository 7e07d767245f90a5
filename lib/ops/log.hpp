#pragma once

#include <ops/format.hpp>
#include <ostream>
#include <store/repository.hpp>
#include <string>

namespace sopctl::ops {

// `sopctl log`: a draft's events, oldest first.
void show_log(const store::Repository& repository,
              const std::string& draft,
              Format format,
              std::ostream& out);

} // namespace sopctl::ops
