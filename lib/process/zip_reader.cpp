#include <cstdint>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <process/zip_reader.hpp>
#include <zlib.h>

namespace sopctl::process {

namespace {

// One central directory entry.
struct Entry
{
  std::string name;
  uint16_t method = 0;
  uint32_t compressed = 0;
  uint32_t size = 0;
  uint32_t local_header = 0;
};

[[noreturn]] void damaged(std::string_view what)
{
  throw model::Error(trf("the file LibreOffice wrote is not a readable zip archive ({})", what));
}

uint32_t little(std::string_view bytes, size_t at, size_t width)
{
  if (at + width > bytes.size()) {
    damaged(tr("cut short"));
  }
  uint32_t value = 0;
  for (size_t i = 0; i < width; ++i) {
    value |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
  }
  return value;
}

std::vector<Entry> central_directory(std::string_view zip)
{
  // The end record: its signature, searched from the end (a comment may follow).
  if (zip.size() < 22) {
    damaged(tr("too short"));
  }
  size_t end = std::string_view::npos;
  for (size_t at = zip.size() - 22;; --at) {
    if (zip.substr(at, 4) == std::string_view("PK\5\6", 4)) {
      end = at;
      break;
    }
    if (at == 0 || zip.size() - at > 22 + 65535) {
      break;
    }
  }
  if (end == std::string_view::npos) {
    damaged(tr("no end of central directory"));
  }
  size_t count = little(zip, end + 10, 2);
  size_t at = little(zip, end + 16, 4);
  std::vector<Entry> entries;
  for (size_t i = 0; i < count; ++i) {
    if (little(zip, at, 4) != 0x02014b50) {
      damaged(tr("bad central directory entry"));
    }
    Entry entry;
    entry.method = static_cast<uint16_t>(little(zip, at + 10, 2));
    entry.compressed = little(zip, at + 20, 4);
    entry.size = little(zip, at + 24, 4);
    size_t name_length = little(zip, at + 28, 2);
    size_t extra = little(zip, at + 30, 2);
    size_t comment = little(zip, at + 32, 2);
    entry.local_header = little(zip, at + 42, 4);
    if (at + 46 + name_length > zip.size()) {
      damaged(tr("cut short"));
    }
    entry.name = std::string(zip.substr(at + 46, name_length));
    entries.push_back(std::move(entry));
    at += 46 + name_length + extra + comment;
  }
  return entries;
}

std::string inflated(std::string_view data, size_t size)
{
  std::string out(size, '\0');
  z_stream stream{};
  if (::inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
    damaged(tr("zlib"));
  }
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  int status = ::inflate(&stream, Z_FINISH);
  ::inflateEnd(&stream);
  if (status != Z_STREAM_END || stream.total_out != size) {
    damaged(tr("bad deflated data"));
  }
  return out;
}

} // namespace

std::vector<std::string> zip_names(std::string_view archive)
{
  std::vector<std::string> names;
  for (auto& entry : central_directory(archive)) {
    names.push_back(std::move(entry.name));
  }
  return names;
}

std::map<std::string, std::string> zip_contents(
  std::string_view archive,
  const std::function<bool(const std::string&)>& wanted)
{
  std::map<std::string, std::string> contents;
  for (const auto& entry : central_directory(archive)) {
    if (!wanted(entry.name)) {
      continue;
    }
    size_t local = entry.local_header;
    if (little(archive, local, 4) != 0x04034b50) {
      damaged(tr("bad local header"));
    }
    size_t start = local + 30 + little(archive, local + 26, 2) + little(archive, local + 28, 2);
    if (start + entry.compressed > archive.size()) {
      damaged(tr("cut short"));
    }
    auto data = archive.substr(start, entry.compressed);
    if (entry.method == 0) {
      contents[entry.name] = std::string(data);
    } else if (entry.method == 8) {
      contents[entry.name] = inflated(data, entry.size);
    } else {
      damaged(tr("unknown compression"));
    }
  }
  return contents;
}

} // namespace sopctl::process
