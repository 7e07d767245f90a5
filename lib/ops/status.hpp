#pragma once

#include <model/timestamp.hpp>
#include <ops/format.hpp>
#include <ops/records_output.hpp>
#include <optional>
#include <ostream>
#include <store/repository.hpp>
#include <string>

namespace sopctl::ops {

// How `sopctl status` was asked to show drafts.
struct StatusRequest
{
  std::optional<std::string> draft; // one draft, step by step; else all
  Format format = Format::table;
  model::Timestamp now;   // what due and late are measured against
  view::TableStyle style; // colour and terminal width, for a table
  Destination destination;
};

// `sopctl status`: all drafts, or one draft step by step. Drafts that do
// not load are reported to `err`; returns the exit code.
int show_status(const store::Repository& repository,
                const StatusRequest& request,
                std::ostream& out,
                std::ostream& err);

} // namespace sopctl::ops
