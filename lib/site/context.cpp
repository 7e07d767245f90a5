#include <site/context.hpp>

namespace sopctl::site {

bool shown_in_public(const SopRow& sop)
{
  return sop.state == "berlaku";
}

Context::Context(const SiteInput& site_input, const SiteOptions& site_options)
  : input(site_input)
  , options(site_options)
{
  for (const auto& sop : input.sops) {
    if (!options.public_only || shown_in_public(sop)) {
      sop_pages.insert(sop.id);
    }
  }
}

const SopRow* Context::sop(const std::string& id) const
{
  for (const auto& row : input.sops) {
    if (row.id == id) {
      return &row;
    }
  }
  return nullptr;
}

} // namespace sopctl::site
