#include <charconv>
#include <cstdio>
#include <fmt/format.h>
#include <model/errors.hpp>
#include <model/event_fields.hpp>
#include <store/digest_cache.hpp>
#include <store/files.hpp>
#include <sys/stat.h>
#include <unistd.h>

namespace sopctl::store {

namespace {

using model::DraftDigest;

// 5: digests come from the strict loader only (4 held fast-scanned ones).
// 6: events gained `recorded` (one column more).
// 9: the first line gained the number, version, Tgl Pembuatan and Tgl Efektif.
constexpr std::string_view header = "sopctl digest cache 9\n";

// Fields are separated by tabs and records by newlines, so both are escaped.
std::string escape(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string unescape(std::string_view text)
{
  if (text.find('\\') == std::string_view::npos) {
    return std::string(text); // the common case: nothing escaped
  }
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 == text.size()) {
      out += text[i];
      continue;
    }
    char next = text[++i];
    out += next == 't' ? '\t' : next == 'n' ? '\n' : next;
  }
  return out;
}

// Splits `line` at tabs into `fields`; returns how many there were.
size_t split(std::string_view line, std::string_view* fields, size_t capacity)
{
  size_t count = 0;
  size_t start = 0;
  while (count < capacity) {
    auto tab = line.find('\t', start);
    fields[count++] = line.substr(start, tab == std::string_view::npos ? tab : tab - start);
    if (tab == std::string_view::npos) {
      break;
    }
    start = tab + 1;
  }
  return count;
}

template<typename Number>
bool parse_number(std::string_view text, Number& value)
{
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc{} && end == text.data() + text.size();
}

// One field of an event in the cache: tab-free text that reads back fast
// (a time as seconds and offset, not as ISO text).
void encode(std::string& out, model::EventKind kind)
{
  out += model::to_string(kind);
}

void encode(std::string& out, int number)
{
  out += std::to_string(number);
}

void encode(std::string& out, const model::Timestamp& at)
{
  out += fmt::format("{},{}", at.utc_seconds, at.offset_minutes);
}

void encode(std::string& out, const std::string& text)
{
  out += escape(text);
}

// Set values as `key\x1dvalue` joined by \x1e: control characters no value
// in a file can hold.
void encode(std::string& out, const std::map<std::string, std::string>& values)
{
  std::string joined;
  for (const auto& [key, value] : values) {
    joined += (joined.empty() ? "" : "\x1e") + key + '\x1d' + value;
  }
  out += escape(joined);
}

bool decode(std::string_view text, model::EventKind& kind)
{
  return model::parse_field(text, kind);
}

bool decode(std::string_view text, int& number)
{
  return parse_number(text, number);
}

bool decode(std::string_view text, model::Timestamp& at)
{
  auto comma = text.find(',');
  return comma != std::string_view::npos && parse_number(text.substr(0, comma), at.utc_seconds) &&
         parse_number(text.substr(comma + 1), at.offset_minutes);
}

bool decode(std::string_view text, std::string& value)
{
  value = unescape(text);
  return true;
}

bool decode(std::string_view text, std::map<std::string, std::string>& values)
{
  auto joined = unescape(text);
  for (size_t start = 0; start < joined.size();) {
    auto end = joined.find('\x1e', start);
    auto entry = joined.substr(start, end == std::string::npos ? end : end - start);
    auto split_at = entry.find('\x1d');
    if (split_at == std::string::npos) {
      return false;
    }
    values.emplace(entry.substr(0, split_at), entry.substr(split_at + 1));
    start = end == std::string::npos ? joined.size() : end + 1;
  }
  return true;
}

// Each event is one line: its fields in the order of the event's field list
// (model/event_fields.hpp), then where it was read (line, column).
constexpr size_t event_columns = model::event_field_names.size() + 2;

std::string serialize(const DraftDigest& digest)
{
  std::string out = fmt::format("{}\t{}\t{}\t{}\t{}\t{}\n",
                                escape(digest.title),
                                escape(digest.procedure),
                                escape(digest.number),
                                digest.version,
                                escape(digest.created),
                                escape(digest.effective));
  for (const auto& event : digest.events) {
    model::visit_event_fields(event, [&](std::string_view, const auto& field) {
      encode(out, field);
      out += '\t';
    });
    out += fmt::format("{}\t{}\n", event.where.line, event.where.column);
  }
  return out;
}

std::optional<DraftDigest> deserialize(std::string_view payload)
{
  DraftDigest digest;
  size_t start = 0;
  bool first = true;
  while (start < payload.size()) {
    auto end = payload.find('\n', start);
    auto line = payload.substr(start, end - start);
    start = end == std::string_view::npos ? payload.size() : end + 1;
    std::string_view fields[event_columns];
    auto count = split(line, fields, event_columns);
    if (first) {
      if (count != 6 || !parse_number(fields[3], digest.version)) {
        return std::nullopt;
      }
      digest.title = unescape(fields[0]);
      digest.procedure = unescape(fields[1]);
      digest.number = unescape(fields[2]);
      digest.created = unescape(fields[4]);
      digest.effective = unescape(fields[5]);
      first = false;
      continue;
    }
    if (count != event_columns) {
      return std::nullopt;
    }
    model::Event event;
    bool ok = true;
    size_t column = 0;
    model::visit_event_fields(
      event, [&](std::string_view, auto& field) { ok = ok && decode(fields[column++], field); });
    if (!ok || !parse_number(fields[column], event.where.line) ||
        !parse_number(fields[column + 1], event.where.column)) {
      return std::nullopt;
    }
    digest.events.push_back(std::move(event));
  }
  return digest;
}

} // namespace

std::optional<FileKey> file_key(const fs::path& path)
{
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) {
    return std::nullopt;
  }
  return FileKey{static_cast<std::uint64_t>(info.st_size),
                 info.st_mtim.tv_sec * 1'000'000'000LL + info.st_mtim.tv_nsec,
                 info.st_ctim.tv_sec * 1'000'000'000LL + info.st_ctim.tv_nsec,
                 static_cast<std::uint64_t>(info.st_ino)};
}

fs::path DigestCache::file_for(const fs::path& cache_dir, const fs::path& root)
{
  // FNV-1a of the root's path: one cache file per repository.
  std::uint64_t hash = 1469598103934665603ULL;
  for (char c : root.string()) {
    hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  }
  return cache_dir / "sopctl" / fmt::format("{:016x}.digests", hash);
}

DigestCache::DigestCache(std::optional<fs::path> file)
  : file_(std::move(file))
{
  if (!file_) {
    return;
  }
  loaded_ = read_file_if_readable(*file_).value_or("");
  const auto& text = loaded_;
  if (!std::string_view(text).starts_with(header)) {
    return; // missing or from another version: start afresh
  }
  // Records: `<id>\t<size>\t<mtime>\t<ctime>\t<inode>\t<lines>` followed by
  // that many payload lines (0 for a file that is not a draft).
  size_t pos = header.size();
  while (pos < text.size()) {
    auto end = text.find('\n', pos);
    if (end == std::string::npos) {
      break;
    }
    std::string_view fields[6];
    if (split(std::string_view(text).substr(pos, end - pos), fields, 6) != 6) {
      break;
    }
    Entry entry;
    size_t lines = 0;
    if (!parse_number(fields[1], entry.key.size) || !parse_number(fields[2], entry.key.mtime_ns) ||
        !parse_number(fields[3], entry.key.ctime_ns) || !parse_number(fields[4], entry.key.inode) ||
        !parse_number(fields[5], lines)) {
      break;
    }
    pos = end + 1;
    size_t payload_start = pos;
    size_t found = 0;
    for (; found < lines && pos < text.size(); ++found) {
      auto next = text.find('\n', pos);
      if (next == std::string::npos) {
        break; // a last line without its newline: cut short
      }
      pos = next + 1;
    }
    if (found != lines) {
      break; // the file was cut short: trust nothing from here on
    }
    entry.is_draft = lines > 0;
    entry.payload = std::string_view(text).substr(payload_start, pos - payload_start);
    entries_.emplace(std::string(fields[0]), std::move(entry));
  }
}

std::optional<std::optional<model::DraftDigest>> DigestCache::find(const std::string& id,
                                                                   const FileKey& key)
{
  auto found = entries_.find(id);
  if (found == entries_.end() || !(found->second.key == key)) {
    return std::nullopt;
  }
  auto& entry = found->second;
  entry.used = true;
  if (!entry.is_draft) {
    return std::optional<model::DraftDigest>();
  }
  auto digest = deserialize(entry.payload);
  if (!digest) {
    return std::nullopt; // damaged: read the file instead
  }
  return std::optional<model::DraftDigest>(std::move(*digest));
}

void DigestCache::remember(const std::string& id,
                           const FileKey& key,
                           const std::optional<model::DraftDigest>& digest)
{
  if (!file_ || id.find_first_of("\t\n") != std::string::npos) {
    return; // no cache, or an id the cache's format cannot hold
  }
  auto& entry = entries_[id];
  entry.key = key;
  entry.is_draft = digest.has_value();
  entry.owned = digest ? serialize(*digest) : std::string();
  entry.payload = entry.owned;
  entry.used = true;
  changed_ = true;
}

void DigestCache::save()
{
  if (!file_) {
    return;
  }
  for (auto it = entries_.begin(); it != entries_.end();) {
    if (!it->second.used) {
      it = entries_.erase(it); // the file is gone
      changed_ = true;
    } else {
      ++it;
    }
  }
  if (!changed_) {
    return;
  }
  std::string text(header);
  for (const auto& [id, entry] : entries_) {
    size_t lines = 0;
    for (char c : entry.payload) {
      lines += c == '\n' ? 1 : 0;
    }
    text += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\n",
                        id,
                        entry.key.size,
                        entry.key.mtime_ns,
                        entry.key.ctime_ns,
                        entry.key.inode,
                        lines);
    text += entry.payload;
  }
  // A cache needs no fsync; it only has to be whole, hence the rename.
  std::error_code error;
  fs::create_directories(file_->parent_path(), error);
  try {
    write_file_atomically(*file_, text, Durability::unsynced);
  } catch (const model::Error&) {
    // Losing the cache costs one slower run, nothing else.
  }
}

} // namespace sopctl::store
