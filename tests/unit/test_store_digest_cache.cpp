// The digest cache that lets reports skip unchanged drafts (issue 3,
// section 6).
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <store/digest_cache.hpp>
#include <unistd.h>

using sopctl::model::EventKind;
using sopctl::store::DigestCache;
using sopctl::store::FileKey;
using sopctl::model::DraftDigest;

namespace fs = std::filesystem;

namespace {

// A fresh directory for one test, removed afterwards.
struct TempDir
{
  fs::path path;
  TempDir()
  {
    std::string pattern = (fs::temp_directory_path() / "digest-cache-XXXXXX").string();
    path = ::mkdtemp(pattern.data());
  }
  ~TempDir() { fs::remove_all(path); }
};

sopctl::model::Event event(EventKind kind,
                           int step,
                           std::string role,
                           std::string by,
                           sopctl::model::Timestamp at,
                           std::string note,
                           int line)
{
  sopctl::model::Event event;
  event.kind = kind;
  event.step = step;
  event.role = std::move(role);
  event.by = std::move(by);
  event.at = at;
  event.note = std::move(note);
  event.where = {line, 7};
  return event;
}

DraftDigest sample_digest(std::string title)
{
  DraftDigest digest;
  digest.title = std::move(title);
  digest.procedure = "07/SOP-Disdukcapil/SES/2020";
  digest.events.push_back(event(EventKind::started, 0, "", "Budi", {1795485600, 420}, "", 8));
  digest.events.push_back(event(EventKind::completed,
                                1,
                                "sekretaris",
                                "Citra\tTab",
                                {1795489200, 480},
                                "baris\nkedua \\ miring \"kutip\" ü",
                                11));
  digest.events.push_back(
    event(EventKind::rejected, 6, "kabid", "Dewi", {1795575600, 540}, "kurang\\n lengkap", 16));
  digest.events.back().prev = "a1b2\tc3";
  digest.events.back().hash = "d4e5f6";
  return digest;
}

void check_same(const DraftDigest& a, const DraftDigest& b)
{
  CHECK(a.title == b.title);
  CHECK(a.procedure == b.procedure);
  REQUIRE(a.events.size() == b.events.size());
  for (size_t i = 0; i < a.events.size(); ++i) {
    CAPTURE(i);
    CHECK(a.events[i].kind == b.events[i].kind);
    CHECK(a.events[i].step == b.events[i].step);
    CHECK(a.events[i].role == b.events[i].role);
    CHECK(a.events[i].by == b.events[i].by);
    CHECK(a.events[i].at.utc_seconds == b.events[i].at.utc_seconds);
    CHECK(a.events[i].at.offset_minutes == b.events[i].at.offset_minutes);
    CHECK(a.events[i].note == b.events[i].note);
    CHECK(a.events[i].prev == b.events[i].prev);
    CHECK(a.events[i].hash == b.events[i].hash);
    CHECK(a.events[i].where.line == b.events[i].where.line);
    CHECK(a.events[i].where.column == b.events[i].where.column);
  }
}

const FileKey key_a{4321, 1'700'000'000'123'456'789, 1'700'000'000'123'456'789, 77};
const FileKey key_b{99, 1'700'000'100'000'000'000, 1'700'000'100'000'000'000, 78};

std::string read(const fs::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write(const fs::path& path, std::string_view text)
{
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

} // namespace

TEST_SUITE("store::DigestCache")
{
  TEST_CASE("digests remembered and saved are found again after a reload")
  {
    TempDir dir;
    auto file = dir.path / "sopctl" / "x.digests";
    {
      DigestCache cache(file);
      CHECK_FALSE(cache.find("a", key_a));
      cache.remember("a", key_a, sample_digest("Pelayanan\tKTP\nbaru"));
      cache.remember("not-a-draft", key_b, std::nullopt);
      cache.save();
    }
    REQUIRE(fs::exists(file));
    DigestCache reloaded(file);
    auto found = reloaded.find("a", key_a);
    REQUIRE(found);
    REQUIRE(*found);
    check_same(**found, sample_digest("Pelayanan\tKTP\nbaru"));
    auto not_draft = reloaded.find("not-a-draft", key_b);
    REQUIRE(not_draft);
    CHECK_FALSE(*not_draft);
  }

  TEST_CASE("a file whose key changed in any part is not found")
  {
    TempDir dir;
    auto file = dir.path / "x.digests";
    {
      DigestCache cache(file);
      cache.remember("a", key_a, sample_digest("A"));
      cache.save();
    }
    DigestCache reloaded(file);
    for (auto changed : {FileKey{4322, key_a.mtime_ns, key_a.ctime_ns, key_a.inode},
                         FileKey{key_a.size, key_a.mtime_ns + 1, key_a.ctime_ns, key_a.inode},
                         FileKey{key_a.size, key_a.mtime_ns, key_a.ctime_ns + 1, key_a.inode},
                         FileKey{key_a.size, key_a.mtime_ns, key_a.ctime_ns, key_a.inode + 1}}) {
      CHECK_FALSE(reloaded.find("a", changed));
    }
    CHECK_FALSE(reloaded.find("b", key_a));
    CHECK(reloaded.find("a", key_a));
  }

  TEST_CASE("entries not seen since the cache was opened are dropped on save")
  {
    TempDir dir;
    auto file = dir.path / "x.digests";
    {
      DigestCache cache(file);
      cache.remember("a", key_a, sample_digest("A"));
      cache.remember("b", key_b, sample_digest("B"));
      cache.save();
    }
    {
      DigestCache cache(file);
      CHECK(cache.find("b", key_b)); // b is still there, a is gone
      cache.save();
    }
    DigestCache reloaded(file);
    CHECK_FALSE(reloaded.find("a", key_a));
    CHECK(reloaded.find("b", key_b));
  }

  TEST_CASE("a cache that changed nothing is not rewritten")
  {
    TempDir dir;
    auto file = dir.path / "x.digests";
    {
      DigestCache cache(file);
      cache.remember("a", key_a, sample_digest("A"));
      cache.save();
    }
    auto before = fs::last_write_time(file);
    auto inode_before = sopctl::store::file_key(file)->inode;
    {
      DigestCache cache(file);
      CHECK(cache.find("a", key_a));
      cache.save();
    }
    CHECK(fs::last_write_time(file) == before);
    CHECK(sopctl::store::file_key(file)->inode == inode_before);
  }

  TEST_CASE("a damaged cache file is ignored")
  {
    TempDir dir;
    auto file = dir.path / "x.digests";
    {
      DigestCache cache(file);
      cache.remember("a", key_a, sample_digest("A"));
      cache.save();
    }
    // The first line names the format and its version.
    auto saved = read(file);
    auto header = saved.substr(0, saved.find('\n') + 1);
    for (auto damage : {std::string("not a cache\n"),
                        std::string(""),
                        header + "a\tx\t1\t2\t3\t1\n",
                        header + "a\t4321\t1700000000123456789\t1700000000123456789\t77\t2\n"
                                 "only one field\n9\t9\n",
                        saved.substr(header.size())}) {
      write(file, damage);
      DigestCache cache(file);
      CHECK_FALSE(cache.find("a", key_a));
      // And it is rebuilt over the damage.
      cache.remember("a", key_a, sample_digest("A"));
      cache.save();
      DigestCache reloaded(file);
      CHECK(reloaded.find("a", key_a));
    }
  }

  TEST_CASE("a cache file cut short never gives a digest with events missing")
  {
    TempDir dir;
    auto file = dir.path / "x.digests";
    {
      DigestCache cache(file);
      cache.remember("a", key_a, sample_digest("A"));
      cache.save();
    }
    // Cut off the last event line, as a full disk or a crash might.
    auto text = read(file);
    auto cut = text.substr(0, text.rfind('\n', text.size() - 2) + 1);
    REQUIRE(cut.size() < text.size());
    write(file, cut);
    DigestCache reloaded(file);
    auto found = reloaded.find("a", key_a);
    if (found && *found) {
      CHECK((*found)->events.size() == 3);
    }
  }

  TEST_CASE("no file means no cache: nothing is found or written")
  {
    DigestCache cache(std::nullopt);
    cache.remember("a", key_a, sample_digest("A"));
    CHECK_FALSE(cache.find("a", key_a));
    cache.save();
  }

  TEST_CASE("each repository has its own cache file under the cache directory")
  {
    auto one = DigestCache::file_for("/home/u/.cache", "/srv/sop-a");
    auto two = DigestCache::file_for("/home/u/.cache", "/srv/sop-b");
    CHECK(one != two);
    CHECK(one.parent_path() == fs::path("/home/u/.cache/sopctl"));
    CHECK(one.extension() == ".digests");
    CHECK(one == DigestCache::file_for("/home/u/.cache", "/srv/sop-a"));
  }

  TEST_CASE("a file's key is its size, times and inode")
  {
    TempDir dir;
    auto file = dir.path / "d.yaml";
    write(file, "name: x\n");
    auto key = sopctl::store::file_key(file);
    REQUIRE(key);
    CHECK(key->size == 8);
    CHECK(key->inode != 0);
    CHECK_FALSE(sopctl::store::file_key(dir.path / "missing.yaml"));
  }
}
