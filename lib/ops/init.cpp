#include <embedded/embedded.hpp>
#include <fmt/format.h>
#include <git/git.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/git_setup.hpp>
#include <ops/init.hpp>
#include <ops/record_change.hpp>
#include <render/templates.hpp>
#include <store/files.hpp>
#include <yaml/sop_reader.hpp>

namespace sopctl::ops {

namespace {

// sopctl.yaml pre-filled from the embedded default procedure's identity.
std::string default_config_text()
{
  auto seed = yaml::load_sop(*embedded::embedded_file(embedded::embedded_procedure_name),
                             std::string(embedded::embedded_procedure_name));
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
  return render::render_yaml(
    *embedded::embedded_file("templates/sopctl.yaml"), fields, "sopctl.yaml");
}

} // namespace

namespace {

// What init would do in `dir`, said on `out`.
void show_init(const std::filesystem::path& dir, std::ostream& out)
{
  auto config = dir / "sopctl.yaml";
  std::error_code error;
  if (std::filesystem::exists(config, error)) {
    throw model::Error(trf("{}: already exists; sopctl init never "
                           "overwrites it (edit it, or remove it first)",
                           config.string()));
  }
  out << trf("dry run: would create {}:", config.string()) << '\n' << default_config_text();
  out << trf("dry run: would create the directory {}", (dir / "sops").string()) << '\n';
  if (git::is_work_tree(dir)) {
    out << trf("dry run: would create {}, add the merge driver to {} and git config, and commit "
               "them with the message:",
               (dir / "sops" / ".gitkeep").string(),
               (dir / ".gitattributes").string())
        << "\ninit: sopctl.yaml\n";
  }
  out << tr("dry run: nothing was written") << '\n';
}

} // namespace

void init_repository(const std::filesystem::path& dir,
                     const std::filesystem::path& executable,
                     std::string_view search_path,
                     std::ostream& out,
                     std::ostream* dry_run)
{
  if (dry_run) {
    show_init(dir, *dry_run);
    return;
  }
  // The config is created first (exclusively), so a refused init leaves
  // the directory exactly as it was.
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  auto config = dir / "sopctl.yaml";
  if (!store::create_file_exclusively(config, default_config_text())) {
    throw model::Error(trf("{}: already exists; sopctl init never "
                           "overwrites it (edit it, or remove it first)",
                           config.string()));
  }
  std::filesystem::create_directories(dir / "sops", error);
  if (error) {
    throw model::Error(
      trf("{}: cannot create the directory: {}", (dir / "sops").string(), error.message()));
  }
  out << trf("initialised {}: edit sopctl.yaml to your office, then "
             "start a draft with: sopctl start TITLE",
             dir.string())
      << '\n';
  if (!git::is_work_tree(dir)) {
    return;
  }
  // git keeps no empty directories: a placeholder keeps sops/ in clones.
  auto keep = dir / "sops" / ".gitkeep";
  store::create_file_exclusively(keep, "");
  ensure_merge_attribute(dir);
  auto program = merge_driver_program(executable, search_path);
  register_merge_driver(dir, program);
  out << tr("registered the sopctl merge driver for sops/*.yaml (.gitattributes, git config)")
      << '\n'
      << driver_program_note(program, executable);
  auto repository = store::open_repository(dir, std::nullopt);
  record_change(repository, {config, dir / ".gitattributes", keep}, "init: sopctl.yaml");
}

void register_git_config(const store::Repository& repository,
                         const std::filesystem::path& executable,
                         std::string_view search_path,
                         std::ostream& out)
{
  if (!git::is_work_tree(repository.root)) {
    throw model::Error(trf("{}: not a git work tree; --git-config sets up merging of "
                           "drafts in a git clone",
                           repository.root.string()));
  }
  auto program = merge_driver_program(executable, search_path);
  register_merge_driver(repository.root, program);
  out << trf("registered the sopctl merge driver in {}'s git config", repository.root.string())
      << '\n'
      << driver_program_note(program, executable);
}

} // namespace sopctl::ops
