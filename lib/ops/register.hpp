#pragma once

#include <ops/catalogue.hpp>
#include <ops/format.hpp>
#include <ops/records_output.hpp>
#include <ostream>
#include <store/procedure.hpp>
#include <store/repository.hpp>
#include <string>
#include <vector>
#include <view/register_view.hpp>

namespace sopctl::ops {

// How `sopctl register` was asked to show the office's register.
struct RegisterRequest
{
  view::StateFilter states; // empty: every state
  Format format = Format::table;
  view::TableStyle style; // colour and terminal width, for a table
  Destination destination;
};

// The states `words` name (`konsep`, `berlaku`, `digantikan`, `dicabut`),
// each once, in the order given; throws model::UsageError for another word,
// listing the four.
view::StateFilter parse_states(const std::vector<std::string>& words);

// The register's rows of `catalogue` (loaded with `procedure`) whose state
// `states` names, in the register's order (view::order_register): each
// entry with its number in effect, its file, where a konsep's drafting
// stands and the version that replaced it. The rows point into `catalogue`.
std::vector<view::RegisterRow> register_listing(const Catalogue& catalogue,
                                                const store::Procedure& procedure,
                                                const view::StateFilter& states);

// `sopctl register`: the Daftar SOP, one row per SOP file in sops/. Files
// that do not load are reported to `err`, the others printed; returns the
// exit code (1 when a file did not load, as `status` does).
int show_register(const store::Repository& repository,
                  const RegisterRequest& request,
                  std::ostream& out,
                  std::ostream& err);

} // namespace sopctl::ops
