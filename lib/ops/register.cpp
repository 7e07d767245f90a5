#include <algorithm>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/register.hpp>
#include <render/letters.hpp>

namespace sopctl::ops {

view::StateFilter parse_states(const std::vector<std::string>& words)
{
  view::StateFilter states;
  for (const auto& word : words) {
    auto state = lifecycle::parse_state(word);
    if (!state) {
      throw model::UsageError(trf("--state \"{}\" is not a state; the states are konsep, "
                                  "berlaku, digantikan and dicabut",
                                  word));
    }
    if (std::find(states.begin(), states.end(), *state) == states.end()) {
      states.push_back(*state);
    }
  }
  return states;
}

std::vector<view::RegisterRow> register_listing(const Catalogue& catalogue,
                                                const store::Procedure& procedure,
                                                const view::StateFilter& states)
{
  std::vector<view::RegisterRow> rows;
  rows.reserve(catalogue.entries.size());
  for (size_t i = 0; i < catalogue.entries.size(); ++i) {
    const auto& file = catalogue.files[i];
    const auto& entry = catalogue.entries[i];
    view::RegisterRow row;
    row.entry = &entry;
    row.number = render::sop_number(file.sop);
    row.file = file.display;
    if (entry.state == lifecycle::State::konsep && file.drafting) {
      if (file.drafting->phase == workflow::Phase::done) {
        row.drafting_ended = true;
      } else {
        row.step = file.drafting->active_step;
        row.step_count = static_cast<int>(procedure.sop.steps.size());
      }
    }
    if (const auto* replacing = catalogue.find(entry.replaced_by)) {
      row.replaced_by_version = replacing->version;
    }
    rows.push_back(std::move(row));
  }
  return view::order_register(std::move(rows), states);
}

int show_register(const store::Repository& repository,
                  const RegisterRequest& request,
                  std::ostream& out,
                  std::ostream& err)
{
  require_file_for_xlsx(request.format, request.destination);
  auto procedure = store::load_procedure(repository);
  auto catalogue = load_catalogue(repository, procedure);
  for (const auto& problem : catalogue.problems) {
    err << problem << '\n';
  }
  int exit_code = catalogue.problems.empty() ? 0 : 1;
  if (catalogue.files.empty() && request.format == Format::table) {
    if (!catalogue.problems.empty()) {
      // Not an empty register: there are SOPs, and none of them loads.
      err << trf("no SOP could be read ({} did not load; see above)", catalogue.problems.size())
          << '\n';
      return exit_code;
    }
    deliver(request.destination, repository.cwd, view::empty_register_line(), out);
    return exit_code;
  }
  auto rows = register_listing(catalogue, procedure, request.states);
  const auto& destination = request.destination;
  switch (request.format) {
    case Format::table:
      deliver(destination,
              repository.cwd,
              view::register_table(rows, request.states, request.style),
              out);
      break;
    case Format::json:
      deliver(destination, repository.cwd, view::register_json(rows, request.states), out);
      break;
    case Format::csv:
    case Format::csv_rfc4180:
      deliver(destination,
              repository.cwd,
              view::sheet_csv(view::register_sheet(rows), csv_style(request.format)),
              out);
      break;
    case Format::xlsx:
      deliver_workbook(destination, repository.cwd, {view::register_sheet(rows)});
      break;
  }
  return exit_code;
}

} // namespace sopctl::ops
