#pragma once

#include <command.hpp>
#include <string>

namespace sopctl::cmd {

// What `sopctl render monitoring|evaluation` was given.
struct FormArguments
{
  std::string form;   // "monitoring" or "evaluation"
  std::string period; // --period
  std::string format; // --format; empty: from -o's extension, else html
  std::string file;   // -o FILE
  bool dry_run = false;
  bool letter_options = false; // --output or --list-outputs, which are an SOP's
};

// Whether `render`'s first argument names one of PermenPAN-RB 35/2012's
// forms (monitoring, evaluation) rather than an SOP.
bool is_monev_form(const std::string& argument);

// `sopctl render monitoring|evaluation --period P`: the form, through
// ops::render_monev_form. Throws model::UsageError for a missing period,
// a format the forms are not printed in, and an SOP's letter options.
int render_monev(const Context& context, const FormArguments& given);

} // namespace sopctl::cmd
