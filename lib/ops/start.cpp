#include <fmt/format.h>
#include <history/event_hash.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/change_lock.hpp>
#include <ops/event_time.hpp>
#include <ops/record_change.hpp>
#include <ops/start.hpp>
#include <render/templates.hpp>
#include <store/files.hpp>
#include <store/procedure.hpp>
#include <store/templates.hpp>
#include <workflow/authorize.hpp>
#include <workflow/draft_id.hpp>
#include <yaml/sop_reader.hpp>
#include <yaml/sop_writer.hpp>

namespace sopctl::ops {

namespace {

std::string choose_id(const StartRequest& request)
{
  if (!request.id.empty()) {
    if (auto problem = workflow::check_draft_id(request.id); !problem.empty()) {
      throw model::UsageError(trf("--id \"{}\": {}", request.id, problem));
    }
    return request.id;
  }
  auto id = workflow::make_draft_id(request.title);
  if (id.empty()) {
    throw model::UsageError(trf("cannot make a file name from the title "
                                "\"{}\"; give one with --id",
                                request.title));
  }
  return id;
}

// The new draft's content from the `draft.yaml` skeleton, with the office's
// identity from sopctl.yaml.
std::string skeleton(const store::Repository& repository,
                     const StartRequest& request,
                     const std::string& id,
                     const model::Timestamp& at)
{
  const auto& config = repository.config;
  render::Fields fields{
    {"id", id},
    {"name", request.title},
    // The office's calendar day, whatever offset --at was written in.
    {"created",
     model::format_iso(model::at_offset(at.utc_seconds, config.utc_offset_minutes)).substr(0, 10)},
    {"office_government", config.office.government},
    {"office_name", config.office.name},
    {"office_address", config.office.address},
    {"office_phone", config.office.phone},
    {"office_fax", config.office.fax},
    {"office_city", config.office.city},
    {"approver_position", config.approver.position},
    {"approver_name", config.approver.name},
    {"approver_rank", config.approver.rank},
    {"approver_nip", config.approver.nip},
  };
  auto text =
    render::render_yaml(store::load_template(repository.root, "draft.yaml"), fields, "draft.yaml");
  if (!text.empty() && text.back() != '\n') {
    text += '\n';
  }
  return text;
}

} // namespace

std::string start_draft(const store::Repository& repository,
                        const StartRequest& request,
                        std::ostream& out)
{
  if (request.title.find_first_not_of(" \t") == std::string::npos ||
      request.title.find('\n') != std::string::npos) {
    throw model::UsageError(tr("the title must be one non-empty line, such as "
                               "\"Pelayanan Akta Kelahiran\""));
  }
  auto id = choose_id(request);
  auto procedure = store::load_procedure(repository);
  auto path = repository.draft_path(id);
  auto display = repository.display(path);

  model::DraftingRecord record;
  record.procedure = procedure.id;
  model::Event started;
  started.kind = model::EventKind::started;
  started.by = request.by;
  if (!repository.config.people.empty()) {
    // Anyone on the roster may start a draft, as themselves.
    auto identity =
      workflow::acting_identity(repository.config.people, request.identity, request.by, display);
    started.by = workflow::authorize(repository.config.people, identity, "", display).name;
  }
  auto times = event_times(
    request.at_given ? std::optional(request.at) : std::nullopt, request.clock, display);
  started.at = times.at;
  started.recorded = times.recorded;
  history::seal(started, record.events);
  record.events.push_back(started);
  auto text = skeleton(repository, request, id, started.at) + yaml::write_drafting(record);

  // A broken repository template must not produce a broken draft.
  yaml::load_sop(text, trf("{} (from templates/draft.yaml)", display));

  auto exists = [&] {
    return model::Error(trf("{}: already exists; choose another id "
                            "with --id",
                            display));
  };
  std::error_code error;
  std::optional<ChangeLock> lock; // held until the change is committed
  if (repository.dry_run) {
    if (std::filesystem::exists(path, error)) {
      throw exists();
    }
    write_change(repository, path, text);
  } else {
    std::filesystem::create_directories(repository.sops_dir(), error);
    lock.emplace(repository, std::vector<std::filesystem::path>{path});
    if (!store::create_file_exclusively(path, text)) {
      throw exists();
    }
  }
  out << id << '\n';
  record_change(repository,
                {path},
                fmt::format("start {}: {} (by {})", id, subject_part(request.title), started.by));
  return id;
}

} // namespace sopctl::ops
