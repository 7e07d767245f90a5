#include <fmt/format.h>
#include <git/git.hpp>
#include <i18n/tr.hpp>
#include <map>
#include <model/errors.hpp>
#include <model/validation.hpp>
#include <ops/check.hpp>
#include <ops/each_file.hpp>
#include <ops/git_setup.hpp>
#include <ops/letter_list.hpp>
#include <ops/logo.hpp>
#include <render/approval.hpp>
#include <render/letters.hpp>
#include <set>
#include <store/draft_index.hpp>
#include <store/files.hpp>
#include <store/procedure.hpp>
#include <store/templates.hpp>
#include <time/time_standard.hpp>
#include <view/check_view.hpp>
#include <workflow/paper_record.hpp>
#include <workflow/replay.hpp>
#include <workflow/voids.hpp>
#include <yaml/sop_reader.hpp>

namespace sopctl::ops {

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> files_to_check(const store::Repository& repository,
                                     const std::vector<fs::path>& paths)
{
  std::vector<fs::path> files;
  auto add_directory = [&](const fs::path& dir) {
    for (const auto& id : store::list_sop_ids(dir)) {
      files.push_back(dir / (id + ".yaml"));
    }
  };
  if (paths.empty()) {
    if (repository.has_config) {
      files.push_back(repository.config_path());
    }
    add_directory(repository.sops_dir());
    return files;
  }
  for (const auto& path : paths) {
    auto absolute = (repository.cwd / path).lexically_normal();
    if (fs::is_directory(absolute)) {
      add_directory(absolute);
    } else {
      files.push_back(absolute);
    }
  }
  return files;
}

void check_draft(const store::Repository& repository,
                 const model::Sop& draft,
                 const store::Procedure* procedure,
                 model::Diagnostics& diagnostics,
                 std::vector<model::Diagnostic>& warnings)
{
  if (!procedure) {
    return; // the procedure's own problems are already reported
  }
  if (draft.drafting->procedure != procedure->id) {
    diagnostics.add(draft.drafting->where,
                    trf("the draft is governed by procedure \"{}\", "
                        "but this repository drafts by \"{}\" ({})",
                        draft.drafting->procedure,
                        procedure->id,
                        procedure->source));
    return;
  }
  auto state = workflow::replay(procedure->sop, draft.drafting->events, diagnostics);
  if (state) {
    // A signer block that cannot be printed is an error here, before anyone
    // prints it; a signing from before the block was recorded, a warning.
    auto settings =
      repository.config.document_settings(repository.config.drafting_rules(procedure->sop.rules));
    model::Diagnostics signer_warnings(diagnostics.path());
    render::check_signer(
      render::Drafted{procedure->sop, *state}, settings, diagnostics, signer_warnings);
    warnings.insert(warnings.end(), signer_warnings.list().begin(), signer_warnings.list().end());
  }
}

// Every SOP and letter number given out, to report one given twice (two
// clones handing out the same number before their counters merged).
class NumberRegister
{
public:
  // Registers the numbers `sop` carries in effect: a number written by hand
  // (`number:` for the SOP, `data: number.<name>` for a letter) replaces the
  // one handed out, as rendering does.
  void add(const model::Sop& sop, model::Diagnostics& diagnostics)
  {
    std::map<std::string, std::pair<std::string, model::Position>> numbers;
    if (sop.drafting) {
      // A voided act's number is retired, not the draft's.
      auto cancelled = workflow::cancelled_events(sop.drafting->events);
      for (size_t i = 0; i < sop.drafting->events.size(); ++i) {
        if (cancelled.contains(i)) {
          continue;
        }
        const auto& event = sop.drafting->events[i];
        for (const auto& [key, value] : event.set) {
          if (key.starts_with("number.")) {
            numbers[key] = {value, event.where};
          }
        }
      }
    }
    for (const auto& [key, value] : sop.data) {
      if (key.starts_with("number.")) {
        numbers[key] = {value, {}};
      }
    }
    if (!sop.number.empty()) {
      numbers["number.sop"] = {sop.number, {}};
    }
    if (sop.is_draft() && !sop.drafting->events.front().revises.empty()) {
      // A revision carries on the number of the SOP it revises (README,
      // "Revising and revoking an SOP"): the versions of one SOP share it.
      auto path = std::filesystem::path(diagnostics.path());
      join(diagnostics.path(),
           (path.parent_path() / (sop.drafting->events.front().revises + ".yaml")).string());
    }
    for (const auto& [key, entry] : numbers) {
      note(key, entry.first, entry.second, diagnostics);
    }
  }

private:
  void note(const std::string& key,
            const std::string& number,
            model::Position where,
            model::Diagnostics& diagnostics)
  {
    auto [first, inserted] = seen_.emplace(number, diagnostics.path());
    if (inserted || first->second == diagnostics.path()) {
      return;
    }
    if (key == "number.sop" && root(first->second) == root(diagnostics.path())) {
      return; // two versions of one SOP
    }
    auto by_hand = key == "number.sop" ? std::string(tr("number: in the draft"))
                                       : trf("data: {} in the draft", key);
    diagnostics.add(where,
                    trf("{} {} was also given to {}: two drafts have the same number; "
                        "give this one another by hand with {} (sopctl edit)",
                        key,
                        number,
                        first->second,
                        by_hand));
  }

  // The file the versions of `path`'s SOP descend from, as far as the
  // files registered so far say.
  std::string root(std::string path) const
  {
    for (auto up = versions_.find(path); up != versions_.end() && up->second != path;
         up = versions_.find(path)) {
      path = up->second;
    }
    return path;
  }

  // Records that `revision` revises `revised`: one SOP's versions.
  void join(const std::string& revision, const std::string& revised)
  {
    auto from = root(revision);
    auto to = root(revised);
    if (from != to) {
      versions_[from] = to;
    }
  }

  std::map<std::string, std::string> seen_;     // number -> file
  std::map<std::string, std::string> versions_; // file -> the file it revises (towards the root)
};

// The letters drafts make, as render makes them: from templates/outputs.yaml
// when the repository has one, else the procedure (sopctl.yaml overrides
// none); each with a template that can write it, and no {sop.…}
// placeholder in a default that sopctl would print as written.
void check_letters(const store::Repository& repository,
                   const store::Procedure& procedure,
                   const model::DraftingRules& rules,
                   std::vector<model::Diagnostic>& problems,
                   std::vector<model::Diagnostic>& warnings)
{
  DeclaredLetters declared;
  try {
    declared = declared_letters(repository, procedure.source, rules.letters);
  } catch (const model::InvalidFile& invalid) {
    problems.insert(problems.end(), invalid.diagnostics().begin(), invalid.diagnostics().end());
    return;
  }
  model::Diagnostics letter_problems(declared.source);
  for (const auto& letter : declared.letters) {
    auto resolved = resolve_letter(repository, letter);
    if (!resolved.problem.empty()) {
      letter_problems.add({}, resolved.problem);
    } else if (resolved.redirected) {
      warnings.push_back({declared.source,
                          {},
                          trf("note: letter \"{}\" names template {}, which sopctl no "
                              "longer has; it is written with its own {}: write "
                              "template: {}",
                              letter.name,
                              store::shared_letter_template,
                              resolved.letter.template_name,
                              resolved.letter.template_name)});
    }
    for (const auto& field : letter.fields) {
      for (const auto& unknown : render::unknown_placeholders(field.default_value)) {
        letter_problems.add(field.default_where,
                            trf("letter \"{}\": the default of {} holds {}, which "
                                "sopctl does not fill in and would print as written; "
                                "the one placeholder it knows is {} (the name of the "
                                "SOP being drafted)",
                                letter.name,
                                field.key,
                                unknown,
                                model::sop_name_placeholder));
      }
    }
  }
  problems.insert(problems.end(), letter_problems.list().begin(), letter_problems.list().end());
}

// The rules drafts follow: the procedure's own, with sopctl.yaml's
// overrides; each must name a step and a template that exist.
void check_drafting_rules(const store::Repository& repository,
                          const store::Procedure& procedure,
                          std::vector<model::Diagnostic>& problems,
                          std::vector<model::Diagnostic>& warnings)
{
  model::Diagnostics rules_problems(
    repository.has_config ? repository.display(repository.config_path()) : procedure.source);
  auto rules = repository.config.drafting_rules(procedure.sop.rules);
  model::validate_drafting_rules(procedure.sop, rules, {}, rules_problems);
  problems.insert(problems.end(), rules_problems.list().begin(), rules_problems.list().end());
  check_letters(repository, procedure, rules, problems, warnings);
  model::Diagnostics jumps(procedure.source);
  model::note_next_past_signing(procedure.sop, rules, {}, jumps);
  warnings.insert(warnings.end(), jumps.list().begin(), jumps.list().end());
  if (rules.signing_step == 0) {
    warnings.push_back({procedure.source,
                        {},
                        tr("note: the procedure declares no signing step, so a draft is printed "
                           "KONSEP until it is finished; declare signing: {step: N} in its file")});
  }
}

} // namespace

int check_files(const store::Repository& repository,
                const std::vector<fs::path>& paths,
                std::ostream& out,
                std::ostream& err,
                Format format)
{
  if (format == Format::xlsx) {
    throw model::UsageError(tr("--format xlsx is for status and reports; use csv for check"));
  }
  if (repository.has_config && git::is_work_tree(repository.root)) {
    if (merge_driver_missing(repository.root)) {
      err << tr("warning: .gitattributes sends drafts to the sopctl merge driver, but this "
                "clone's git config does not define it; run: sopctl init --git-config")
          << '\n';
    } else if (auto failure = merge_driver_failure(repository.root)) {
      err << *failure;
    }
    if (repository.config.people.empty()) {
      err << tr("note: sopctl.yaml lists no people, so roles are not enforced: anyone may "
                "advance any step")
          << '\n';
    }
  }
  std::vector<model::Diagnostic> problems;
  std::optional<store::Procedure> procedure;
  try {
    procedure = store::load_procedure(repository);
  } catch (const model::InvalidFile& invalid) {
    problems = invalid.diagnostics();
  } catch (const model::Error& error) {
    problems.push_back({"", {}, error.what()});
  }
  if (repository.has_config) {
    check_logo(repository, problems); // lib/ops/logo.hpp
  }
  std::vector<model::Diagnostic> warnings;
  if (procedure) {
    check_drafting_rules(repository, *procedure, problems, warnings);
  }
  auto procedure_path = repository.config.procedure.empty()
                          ? fs::path()
                          : (repository.root / repository.config.procedure).lexically_normal();
  // Each file is read and checked on its own, on every core; the numbers
  // it gives out are then registered in file order.
  struct CheckedFile
  {
    model::Diagnostics diagnostics{""};
    std::vector<model::Diagnostic> warnings;
    std::optional<model::Sop> sop;
    std::string error;
  };
  auto files = files_to_check(repository, paths);
  std::vector<CheckedFile> checked(files.size());
  auto check_one = [&](size_t i) {
    const auto& path = files[i];
    auto& file = checked[i];
    file.diagnostics = model::Diagnostics(repository.display(path));
    auto& diagnostics = file.diagnostics;
    try {
      auto text = store::read_file(path, diagnostics.path());
      if (path.filename() == "sopctl.yaml") {
        config::read_config(text, diagnostics);
      } else if ((file.sop = yaml::read_sop(text, diagnostics))) {
        // The procedure drafts are tracked by needs a clock on every step;
        // any other SOP only loses the clock of a step it cannot read.
        bool tracked = !procedure_path.empty() && path.lexically_normal() == procedure_path;
        file.warnings = time::validate_time_standards(
          *file.sop, diagnostics, tracked ? time::Unreadable::error : time::Unreadable::warning);
        model::Diagnostics redundant(diagnostics.path());
        model::note_redundant_next(*file.sop, redundant);
        file.warnings.insert(file.warnings.end(), redundant.list().begin(), redundant.list().end());
        if (file.sop->is_draft()) {
          check_draft(
            repository, *file.sop, procedure ? &*procedure : nullptr, diagnostics, file.warnings);
        } else if (file.sop->drafting) {
          workflow::check_paper_record(file.sop->drafting->events, diagnostics);
        }
      }
    } catch (const model::Error& error) {
      file.error = error.what();
      file.sop.reset(); // a file that failed gives no numbers to compare
    }
  };
  NumberRegister numbers;
  auto register_one = [&](size_t i) {
    auto file = std::move(checked[i]);
    if (!file.error.empty()) {
      problems.push_back({"", {}, file.error});
    }
    warnings.insert(warnings.end(), file.warnings.begin(), file.warnings.end());
    if (file.sop) {
      numbers.add(*file.sop, file.diagnostics);
    }
    problems.insert(problems.end(), file.diagnostics.list().begin(), file.diagnostics.list().end());
  };
  read_in_parallel(files.size(), check_one, register_one);
  // The procedure named in sopctl.yaml may sit in sops/ too: say each
  // problem once.
  std::set<std::string> said;
  std::vector<model::Diagnostic> errors_once;
  std::vector<model::Diagnostic> warnings_once;
  for (const auto& problem : problems) {
    if (said.insert(problem.path.empty() ? problem.message : problem.format()).second) {
      errors_once.push_back(problem);
    }
  }
  for (const auto& warning : warnings) {
    if (said.insert(warning.format()).second) {
      warnings_once.push_back(warning);
    }
  }
  switch (format) {
    case Format::json:
      out << view::check_json(errors_once, warnings_once);
      break;
    case Format::csv:
    case Format::csv_rfc4180:
      out << view::sheet_csv(view::check_sheet(errors_once, warnings_once), csv_style(format));
      break;
    default:
      for (const auto& problem : errors_once) {
        out << (problem.path.empty() ? problem.message : problem.format()) << '\n';
      }
      for (const auto& warning : warnings_once) {
        err << warning.format() << '\n';
      }
  }
  return problems.empty() ? 0 : 1;
}

} // namespace sopctl::ops
