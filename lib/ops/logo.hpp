#pragma once

#include <model/diagnostics.hpp>
#include <optional>
#include <store/repository.hpp>
#include <string>
#include <vector>

namespace sopctl::ops {

// The logo `sopctl.yaml` names: its media type and bytes.
struct Logo
{
  std::string media_type;
  std::string bytes;
};

// The logo `sopctl.yaml`'s `logo:` names; nullopt when it names none.
// Refused (model::Error naming sopctl.yaml's logo: and what to do) when
// it is no image, lies outside the repository, is missing, or is not a
// regular file (a directory, or a FIFO, which is never opened: reading
// one would wait forever).
std::optional<Logo> read_logo(const store::Repository& repository);

// `sopctl check`: a logo read_logo refuses, as a problem at the line of
// sopctl.yaml's `logo:` key (line 0 when it cannot be found).
void check_logo(const store::Repository& repository, std::vector<model::Diagnostic>& problems);

} // namespace sopctl::ops
