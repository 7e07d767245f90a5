// The catalogue test (README, "Language (Bahasa Indonesia)"): every message
// the sources pass to tr() or trf() has an Indonesian translation in the
// joined catalogue, not empty and not fuzzy, and a trf() translation uses
// the same fmt arguments as its English. Entries no source uses any more are
// listed as stale (reported, not a failure).
//
//   catalogue_check XGETTEXT CATALOGUE.po SOURCE_ROOT DIR...
//
// Exit 0: complete; 1: a message lacks a good translation; 2: usage or a
// tool failed.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <spawn.h>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace fs = std::filesystem;

namespace {

// One entry of a PO file.
struct Entry
{
  std::string msgid;
  std::string msgstr;
  bool fuzzy = false;
  std::string where; // the first "#:" reference, "file:line"
};

// The C-escaped text between the quotes of one PO string line, unescaped.
std::string unquote(const std::string& line)
{
  auto open = line.find('"');
  auto close = line.rfind('"');
  std::string out;
  for (size_t i = open + 1; i < close; ++i) {
    if (line[i] != '\\' || i + 1 >= close) {
      out += line[i];
      continue;
    }
    char c = line[++i];
    out += c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c;
  }
  return out;
}

// The entries of a PO file, by msgid; obsolete (#~) entries, plural and
// context entries are not sopctl's (tr has neither) and are skipped.
std::map<std::string, Entry> read_po(const fs::path& path)
{
  std::ifstream in(path);
  if (!in) {
    std::cerr << path.string() << ": cannot read\n";
    std::exit(2);
  }
  std::map<std::string, Entry> entries;
  Entry entry;
  std::string* field = nullptr;
  bool has_id = false;
  auto finish = [&] {
    if (has_id && !entry.msgid.empty()) {
      entries[entry.msgid] = entry;
    }
    entry = Entry{};
    field = nullptr;
    has_id = false;
  };
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with("#,")) {
      if (has_id) {
        finish();
      }
      entry.fuzzy = line.find("fuzzy") != std::string::npos;
    } else if (line.starts_with("#:")) {
      if (has_id) {
        finish();
      }
      if (entry.where.empty()) {
        std::istringstream refs(line.substr(2));
        refs >> entry.where;
      }
    } else if (line.starts_with("msgid ")) {
      if (has_id) {
        finish();
      }
      has_id = true;
      entry.msgid = unquote(line);
      field = &entry.msgid;
    } else if (line.starts_with("msgstr ")) {
      entry.msgstr = unquote(line);
      field = &entry.msgstr;
    } else if (line.starts_with("\"") && field) {
      *field += unquote(line);
    } else if (line.starts_with("msgctxt") || line.starts_with("msgid_plural") ||
               line.starts_with("msgstr[")) {
      field = nullptr;
    }
  }
  finish();
  return entries;
}

// The argument indices a fmt format string uses ({} counts up from 0,
// {1} names one), or a description of what is wrong with it.
struct Fields
{
  std::set<int> indices;
  std::string error;
};

Fields fmt_fields(const std::string& text)
{
  Fields fields;
  int next = 0;
  bool automatic = false;
  bool manual = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '}') {
      if (i + 1 < text.size() && text[i + 1] == '}') {
        ++i;
        continue;
      }
      fields.error = "a single } (write }} for a brace)";
      return fields;
    }
    if (text[i] != '{') {
      continue;
    }
    if (i + 1 < text.size() && text[i + 1] == '{') {
      ++i;
      continue;
    }
    int depth = 1;
    size_t end = i + 1;
    while (end < text.size() && depth > 0) {
      depth += text[end] == '{' ? 1 : text[end] == '}' ? -1 : 0;
      ++end;
    }
    if (depth != 0) {
      fields.error = "an unclosed {";
      return fields;
    }
    auto inside = text.substr(i + 1, end - i - 2);
    auto id = inside.substr(0, inside.find_first_of(":!"));
    if (id.empty()) {
      automatic = true;
      fields.indices.insert(next++);
    } else if (std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      manual = true;
      fields.indices.insert(std::stoi(id));
    } else {
      fields.error = "a named argument {" + id + "} (sopctl passes none)";
      return fields;
    }
    i = end - 1;
  }
  if (automatic && manual) {
    fields.error = "both {} and {N} (fmt refuses the mix)";
  }
  return fields;
}

std::string describe(const std::set<int>& indices)
{
  std::string out;
  for (int index : indices) {
    out += (out.empty() ? "{" : ", {") + std::to_string(index) + "}";
  }
  return out.empty() ? "none" : out;
}

// Runs `argv` (no shell); its exit status, or -1.
int run(const std::vector<std::string>& argv)
{
  std::vector<char*> args;
  for (const auto& arg : argv) {
    args.push_back(const_cast<char*>(arg.c_str()));
  }
  args.push_back(nullptr);
  pid_t pid;
  if (::posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ) != 0) {
    return -1;
  }
  int status = 0;
  if (::waitpid(pid, &status, 0) < 0 || !WIFEXITED(status)) {
    return -1;
  }
  return WEXITSTATUS(status);
}

// The messages xgettext finds in `files` with `keywords`, by msgid.
std::map<std::string, Entry> extract(const std::string& xgettext,
                                     const fs::path& root,
                                     const fs::path& list,
                                     const fs::path& output,
                                     const std::vector<std::string>& keywords)
{
  std::vector<std::string> argv = {xgettext,
                                   "--language=C++",
                                   "--from-code=UTF-8",
                                   "--directory=" + root.string(),
                                   "--files-from=" + list.string(),
                                   "--output=" + output.string(),
                                   "--force-po",
                                   "-k"};
  for (const auto& keyword : keywords) {
    argv.push_back("--keyword=" + keyword);
  }
  if (run(argv) != 0) {
    std::cerr << "xgettext failed: " << xgettext << '\n';
    std::exit(2);
  }
  return read_po(output);
}

} // namespace

int main(int argc, char** argv)
{
  if (argc < 5) {
    std::cerr << "usage: catalogue_check XGETTEXT CATALOGUE.po SOURCE_ROOT DIR...\n";
    return 2;
  }
  std::string xgettext = argv[1];
  fs::path catalogue_path = argv[2];
  fs::path root = argv[3];
  std::vector<std::string> files;
  for (int i = 4; i < argc; ++i) {
    for (const auto& item : fs::recursive_directory_iterator(root / argv[i])) {
      auto ext = item.path().extension();
      if (item.is_regular_file() && (ext == ".cpp" || ext == ".hpp")) {
        files.push_back(item.path().lexically_relative(root).string());
      }
    }
  }
  std::sort(files.begin(), files.end());
  char scratch_template[] = "/tmp/sopctl-catalogue-XXXXXX";
  if (!::mkdtemp(scratch_template)) {
    std::cerr << "mkdtemp failed\n";
    return 2;
  }
  fs::path scratch = scratch_template;
  {
    std::ofstream list(scratch / "files");
    for (const auto& file : files) {
      list << file << '\n';
    }
  }
  auto used = extract(xgettext, root, scratch / "files", scratch / "all.pot", {"tr", "trf"});
  auto formats = extract(xgettext, root, scratch / "files", scratch / "trf.pot", {"trf"});
  auto catalogue = read_po(catalogue_path);
  fs::remove_all(scratch);

  int problems = 0;
  auto report = [&](const Entry& entry, const std::string& what) {
    std::cout << entry.where << ": " << what << ": \"" << entry.msgid << "\"\n";
    ++problems;
  };
  for (const auto& [msgid, entry] : used) {
    auto found = catalogue.find(msgid);
    if (found == catalogue.end()) {
      report(entry, "no Indonesian translation");
      continue;
    }
    const auto& translated = found->second;
    if (translated.msgstr.empty()) {
      report(entry, "an empty translation");
      continue;
    }
    if (translated.fuzzy) {
      report(entry, "a fuzzy translation (check it, then remove the fuzzy flag)");
      continue;
    }
    if (!formats.contains(msgid)) {
      continue;
    }
    auto english = fmt_fields(msgid);
    auto indonesian = fmt_fields(translated.msgstr);
    if (!english.error.empty()) {
      report(entry, "the English format has " + english.error);
    } else if (!indonesian.error.empty()) {
      report(entry, "the translation \"" + translated.msgstr + "\" has " + indonesian.error);
    } else if (english.indices != indonesian.indices) {
      report(entry,
             "the translation \"" + translated.msgstr + "\" uses the arguments " +
               describe(indonesian.indices) + ", the English " + describe(english.indices));
    }
  }
  int stale = 0;
  for (const auto& [msgid, entry] : catalogue) {
    if (!used.contains(msgid)) {
      std::cout << catalogue_path.string() << ": stale (no source uses it): \"" << msgid << "\"\n";
      ++stale;
    }
  }
  std::cout << used.size() << " messages in " << files.size() << " files, " << catalogue.size()
            << " in the catalogue: " << problems << " without a good translation, " << stale
            << " stale\n";
  return problems == 0 ? 0 : 1;
}
