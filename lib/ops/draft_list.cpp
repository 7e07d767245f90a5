#include <fmt/format.h>
#include <model/errors.hpp>
#include <ops/draft_list.hpp>
#include <store/digest_cache.hpp>
#include <store/draft_index.hpp>
#include <store/files.hpp>
#include <yaml/sop_reader.hpp>

namespace sopctl::ops {

namespace {

// The digest of one file: the fast scan, else the full loader (which throws
// for a broken file). nullopt for an SOP that is not a draft.
std::optional<yaml::DraftDigest> digest_of(const std::string& text, const std::string& display)
{
  if (auto digest = yaml::scan_draft(text)) {
    return digest;
  }
  auto sop = yaml::load_sop(text, display);
  if (!sop.drafting) {
    return std::nullopt;
  }
  return yaml::DraftDigest{sop.name, sop.drafting->procedure, std::move(sop.drafting->events)};
}

} // namespace

std::vector<std::string> for_each_draft(const store::Repository& repository,
                                        const store::Procedure& procedure,
                                        const DraftVisitor& visit)
{
  std::optional<std::filesystem::path> cache_file;
  if (repository.cache_dir) {
    cache_file = store::DigestCache::file_for(*repository.cache_dir, repository.root);
  }
  store::DigestCache cache(cache_file);
  std::vector<std::string> problems;
  // Paths are built as plain strings: with thousands of drafts, composing
  // std::filesystem::path objects was a tenth of a warm run.
  auto prefix = repository.sops_dir().string() + "/";
  for (const auto& id : store::list_sop_ids(repository.sops_dir())) {
    std::filesystem::path path = prefix + id + ".yaml";
    auto display = [&] { return repository.display(path); };
    try {
      auto key = store::file_key(path);
      std::optional<yaml::DraftDigest> digest;
      if (auto cached = key ? cache.find(id, *key) : std::nullopt) {
        digest = std::move(*cached);
      } else {
        digest = digest_of(store::read_file(path, display()), display());
        if (key) {
          cache.remember(id, *key, digest);
        }
      }
      if (!digest) {
        continue;
      }
      if (digest->procedure != procedure.id) {
        problems.push_back(fmt::format("{}: the draft is governed by procedure \"{}\", but this "
                                       "repository drafts by \"{}\" ({})",
                                       display(),
                                       digest->procedure,
                                       procedure.id,
                                       procedure.source));
        continue;
      }
      model::Diagnostics diagnostics("");
      auto state = workflow::replay(procedure.sop, digest->events, diagnostics);
      if (!diagnostics.empty()) {
        model::Diagnostics named(display());
        for (const auto& problem : diagnostics.list()) {
          named.add(problem.where, problem.message);
        }
        named.throw_if_any();
      }
      visit({id, std::move(*digest), std::move(*state)});
    } catch (const model::Error& error) {
      problems.push_back(error.what());
    }
  }
  cache.save();
  return problems;
}

DraftList list_drafts(const store::Repository& repository, const store::Procedure& procedure)
{
  DraftList list;
  list.problems = for_each_draft(
    repository, procedure, [&](ListedDraft&& draft) { list.drafts.push_back(std::move(draft)); });
  return list;
}

} // namespace sopctl::ops
