#include <algorithm>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/draft_list.hpp>
#include <ops/each_file.hpp>
#include <store/digest_cache.hpp>
#include <store/draft_index.hpp>
#include <store/files.hpp>
#include <yaml/sop_reader.hpp>

namespace sopctl::ops {

namespace {

// The digest of one file, read by the strict loader: a listing shows
// exactly the drafts `check` accepts (there is one definition of a valid
// file). nullopt for an SOP that is not a draft; throws model::Error for a
// file that does not load.
std::optional<model::DraftDigest> digest_of(const std::string& text, const std::string& display)
{
  auto sop = yaml::load_sop(text, display);
  if (!sop.is_draft()) {
    return std::nullopt;
  }
  return model::DraftDigest{sop.name,
                            sop.drafting->procedure,
                            std::move(sop.drafting->events),
                            sop.number,
                            sop.version,
                            sop.dates.created,
                            sop.dates.effective};
}

// One draft of a listing: from the cache, or read from its file.
struct Pending
{
  std::string id;
  std::filesystem::path path;
  std::optional<store::FileKey> key;
  bool cached = false;
  std::optional<model::DraftDigest> digest;
  std::string error; // the file did not load
};

// Reads the drafts of `batch` the cache did not know, on every core: after
// a checkout or on a first run, reading is nearly all of a listing's time.
void read_missing(std::vector<Pending>& batch, const store::Repository& repository)
{
  auto read = [&](size_t i) {
    auto& item = batch[i];
    if (item.cached) {
      return;
    }
    auto display = repository.display(item.path);
    try {
      item.digest = digest_of(store::read_file(item.path, display), display);
    } catch (const model::Error& error) {
      item.error = error.what();
    }
  };
  read_in_parallel(batch.size(), read, [](size_t) {});
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
  auto ids = store::list_sop_ids(repository.sops_dir());
  // Drafts are taken in batches, so memory stays bounded however many
  // there are while the reading of a batch is shared among threads.
  constexpr size_t batch_size = 256;
  for (size_t first = 0; first < ids.size(); first += batch_size) {
    std::vector<Pending> batch;
    for (size_t i = first; i < std::min(ids.size(), first + batch_size); ++i) {
      Pending item;
      item.id = ids[i];
      item.path = prefix + ids[i] + ".yaml";
      item.key = store::file_key(item.path);
      if (auto cached = item.key ? cache.find(item.id, *item.key) : std::nullopt) {
        item.digest = std::move(*cached);
        item.cached = true;
      }
      batch.push_back(std::move(item));
    }
    read_missing(batch, repository);
    for (auto& item : batch) {
      auto display = [&] { return repository.display(item.path); };
      if (!item.error.empty()) {
        problems.push_back(std::move(item.error));
        continue;
      }
      if (!item.cached && item.key) {
        cache.remember(item.id, *item.key, item.digest);
      }
      if (!item.digest) {
        continue;
      }
      auto& digest = item.digest;
      try {
        if (digest->procedure != procedure.id) {
          problems.push_back(trf("{}: the draft is governed by procedure \"{}\", but "
                                 "this repository drafts by \"{}\" ({})",
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
        workflow::express_in_zone(*state, repository.config.utc_offset_minutes);
        visit({item.id, std::move(*digest), std::move(*state)});
      } catch (const model::Error& error) {
        problems.push_back(error.what());
      }
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
