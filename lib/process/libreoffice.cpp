#include <cstdlib>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <process/libreoffice.hpp>
#include <process/network_fence.hpp>
#include <process/output_tail.hpp>
#include <process/process.hpp>
#include <process/scratch_directory.hpp>
#include <process/word_file_check.hpp>
#include <store/files.hpp>
#include <unistd.h>

namespace sopctl::process {

namespace fs = std::filesystem;

std::optional<fs::path> find_libreoffice(std::string_view search_path)
{
  if (auto soffice = find_program("soffice", search_path)) {
    return soffice;
  }
  return find_program("libreoffice", search_path);
}

std::string file_url(const fs::path& path)
{
  std::string url = "file://";
  for (unsigned char c : path.string()) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '/' || c == '-' || c == '.' || c == '_' || c == '~';
    url += plain ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return url;
}

std::vector<std::string> libreoffice_convert_command(const fs::path& soffice,
                                                     const fs::path& profile,
                                                     const fs::path& input,
                                                     const fs::path& out_dir,
                                                     WordSource source,
                                                     WordFormat format)
{
  std::vector<std::string> command{soffice.string(),
                                   "-env:UserInstallation=" + file_url(profile),
                                   "--headless",
                                   "--norestore",
                                   "--nologo",
                                   "--nolockcheck",
                                   "--nodefault"};
  if (source == WordSource::html) {
    // Without it a web page opens in Writer/Web, which cannot write docx.
    command.push_back("--infilter=HTML (StarWriter)");
  }
  command.insert(command.end(),
                 {"--convert-to",
                  format == WordFormat::docx ? "docx:MS Word 2007 XML" : "odt:writer8",
                  "--outdir",
                  out_dir.string(),
                  input.string()});
  return command;
}

namespace {

constexpr auto time_limit = std::chrono::minutes(2);

// The unshare that fences LibreOffice off the network; refused, naming
// the package, when there is none.
fs::path unshare_program()
{
  const char* path = std::getenv("PATH");
  auto unshare = find_unshare(path ? path : "");
  if (!unshare) {
    throw model::Error(tr("LibreOffice must run without network access, in a network namespace of "
                          "its own, made by unshare, which is not installed (no unshare on PATH, "
                          "in /usr/bin or /bin); install Debian's util-linux package"));
  }
  return *unshare;
}

// `items` as a list for an error message, at most three named.
std::string listed(const std::vector<std::string>& items)
{
  std::string text;
  for (size_t i = 0; i < items.size() && i < 3; ++i) {
    text += (i ? ", " : "") + items[i];
  }
  return items.size() > 3 ? trf("{} and {} more", text, items.size() - 3) : text;
}

// Refuses a file holding macros or references to outside addresses, naming
// `origin`, the template it was written from, and what to remove there.
void refuse_unsafe(std::string_view file,
                   WordSource source,
                   WordFormat format,
                   std::string_view origin)
{
  auto findings = inspect_word_file(file, format);
  auto name = format == WordFormat::docx ? "docx" : "odt";
  if (!findings.macros.empty()) {
    throw model::Error(
      source == WordSource::html
        ? trf("{}: the {} LibreOffice made from it holds macros ({}), which sopctl does not hand "
              "out; remove its <script> elements from the template; nothing was written",
              origin,
              name,
              listed(findings.macros))
        : trf("{}: the {} LibreOffice made from it holds macros ({}), which sopctl does not hand "
              "out; remove its <office:scripts> part and any <office:event-listeners> or script: "
              "addresses from the template; nothing was written",
              origin,
              name,
              listed(findings.macros)));
  }
  if (!findings.external.empty()) {
    throw model::Error(trf(
      "{}: the {} LibreOffice made from it refers to {} outside the file, which Word or "
      "LibreOffice "
      "would fetch when it is opened; put what the template shows into it (a picture as a data: "
      "URI, a style in the template itself) or remove the reference; nothing was written",
      origin,
      name,
      listed(findings.external)));
  }
}

} // namespace

std::string convert_with_libreoffice(const fs::path& soffice,
                                     std::string_view document,
                                     WordSource source,
                                     WordFormat format,
                                     const fs::path& temp_dir,
                                     std::string_view origin)
{
  auto fence = network_fence_prefix(unshare_program(), ::geteuid() == 0);
  ScratchDirectory scratch(temp_dir);
  auto input = scratch.path() / (source == WordSource::html ? "document.html" : "document.fodt");
  store::write_file_atomically(input, document);
  auto out_dir = scratch.path() / "out";
  auto home = scratch.path() / "home";
  fs::create_directories(out_dir);
  fs::create_directories(home);
  Request request;
  request.argv = fence;
  auto command = libreoffice_convert_command(
    soffice, scratch.path() / "profile", input, out_dir, source, format);
  request.argv.insert(request.argv.end(), command.begin(), command.end());
  request.streams = Streams::to_file;
  request.output_file = scratch.path() / "soffice.log";
  request.time_limit = time_limit;
  // LibreOffice's lock and recovery files, and whatever else it keeps for a
  // user, stay in the scratch directory.
  request.environment = {{"HOME", home.string()},
                         {"XDG_CONFIG_HOME", (home / ".config").string()},
                         {"XDG_CACHE_HOME", (home / ".cache").string()},
                         {"TMPDIR", scratch.path().string()}};
  auto result = run(request);
  std::error_code error;
  std::string log;
  if (fs::exists(request.output_file, error)) {
    log = store::read_file(request.output_file, request.output_file.string());
  }
  if (result.timed_out) {
    throw model::Error(
      trf("{} did not finish converting within two minutes; stopped it", soffice.string()));
  }
  if (result.status != 0 && fence_failed(log)) {
    throw model::Error(fence_refusal(log));
  }
  auto output = out_dir / (format == WordFormat::docx ? "document.docx" : "document.odt");
  // soffice exits 0 even when it could not convert: the file tells.
  if (result.status != 0 || !fs::exists(output, error) || fs::file_size(output, error) == 0) {
    throw model::Error(trf("{} could not write the {} file (exit status {}){}",
                           soffice.string(),
                           format == WordFormat::docx ? "docx" : "odt",
                           result.status,
                           tail_of(log)));
  }
  auto file = store::read_file(output, output.string());
  refuse_unsafe(file, source, format, origin);
  return file;
}

} // namespace sopctl::process
