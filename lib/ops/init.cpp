#include <fmt/format.h>
#include <model/errors.hpp>
#include <ops/commands.hpp>
#include <render/templates.hpp>
#include <store/embedded.hpp>
#include <store/files.hpp>
#include <store/sop_reader.hpp>

namespace sopctl::ops {

namespace {

// sopctl.yaml pre-filled from the embedded default procedure's identity.
std::string default_config_text()
{
  auto seed = store::load_sop(*store::embedded_file(store::embedded_procedure_name),
                              std::string(store::embedded_procedure_name));
  render::Fields fields{
    {"office_government", seed.office.government},
    {"office_name", seed.office.name},
    {"office_address", seed.office.address},
    {"office_phone", seed.office.phone},
    {"office_fax", seed.office.fax},
    {"office_city", seed.office.city},
    {"approver_position", seed.approver.position},
    {"approver_name", seed.approver.name},
    {"approver_rank", seed.approver.rank},
    {"approver_nip", seed.approver.nip},
    {"timezone", "+07:00"},
    {"procedure_number", seed.number},
  };
  return render::render_yaml(*store::embedded_file("templates/sopctl.yaml"), fields, "sopctl.yaml");
}

} // namespace

void init_repository(const std::filesystem::path& dir, std::ostream& out)
{
  // The config is created first (exclusively), so a refused init leaves
  // the directory exactly as it was.
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  auto config = dir / "sopctl.yaml";
  if (!store::create_file_exclusively(config, default_config_text())) {
    throw model::Error(fmt::format("{}: already exists; sopctl init never "
                                   "overwrites it (edit it, or remove it first)",
                                   config.string()));
  }
  std::filesystem::create_directories(dir / "sops", error);
  if (error) {
    throw model::Error(
      fmt::format("{}: cannot create the directory: {}", (dir / "sops").string(), error.message()));
  }
  out << fmt::format("initialised {}: edit sopctl.yaml to your office, then "
                     "start a draft with: sopctl start TITLE\n",
                     dir.string());
}

} // namespace sopctl::ops
