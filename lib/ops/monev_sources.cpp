#include <model/errors.hpp>
#include <ops/monev_sources.hpp>
#include <store/draft_index.hpp>
#include <store/files.hpp>
#include <yaml/sop_reader.hpp>

namespace sopctl::ops {

// STUB until lifecycle::derive lands on main: the SOPs signed on paper
// (approval date, no drafting record), in force from their effective or
// approval date, with nothing recorded. Replaced by the register's
// entries when rebasing.
std::vector<render::TableSop> monev_sources(const store::Repository& repository)
{
  std::vector<render::TableSop> sops;
  for (const auto& id : store::list_sop_ids(repository.sops_dir())) {
    auto path = repository.sops_dir() / (id + ".yaml");
    auto display = repository.display(path);
    auto sop = yaml::load_sop(store::read_file(path, display), display);
    if (sop.drafting) {
      continue;
    }
    auto from =
      time::parse_day(sop.dates.effective.empty() ? sop.dates.approved : sop.dates.effective);
    if (!from) {
      continue;
    }
    render::TableSop table_sop;
    table_sop.id = id;
    table_sop.number = sop.number;
    table_sop.name = sop.name;
    table_sop.in_force_from = *from;
    sops.push_back(std::move(table_sop));
  }
  return sops;
}

} // namespace sopctl::ops
