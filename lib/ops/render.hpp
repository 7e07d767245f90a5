#pragma once

#include <filesystem>
#include <model/timestamp.hpp>
#include <optional>
#include <ostream>
#include <store/repository.hpp>
#include <string>

namespace sopctl::ops {

// The formats `sopctl render` writes an SOP in.
enum class DocumentFormat
{
  html,
  markdown,
  pdf,
  docx, // Word, written by LibreOffice
  odt,  // OpenDocument Text, written by LibreOffice
};

// What `sopctl render` was asked for.
struct RenderRequest
{
  std::string sop; // a draft id (or unique prefix), or the path of an SOP file
  DocumentFormat format = DocumentFormat::html;
  std::optional<std::filesystem::path> output; // -o FILE; else the stream
  std::string search_path;                     // $PATH, where chromium and soffice are looked for
  std::filesystem::path temp_dir;              // where a PDF, docx or odt is made
  std::string letter;                          // --output NAME: a letter, not the SOP
  bool list_outputs = false;                   // --list-outputs
};

// What `sopctl render book` or `sopctl render register` was asked for: a
// document of the whole repository, not of one SOP.
struct CollectionRequest
{
  DocumentFormat format = DocumentFormat::html; // html or pdf
  std::optional<std::filesystem::path> output;  // -o FILE; else the stream
  std::string search_path;                      // $PATH, where chromium is looked for
  std::filesystem::path temp_dir;               // where the PDF is made
  model::Timestamp now; // the day printed (register) and the year (book cover)
};

// `sopctl render`: the SOP document of a draft or SOP file, through the
// repository's templates (or the embedded ones), written to `request.output`
// atomically or to `out`. A draft is replayed against the repository's
// procedure to know whether it is signed. Throws model::Error to refuse: a
// file that does not load, a logo that cannot be embedded, PDF asked for
// without Chromium installed, docx or odt without LibreOffice (or, for the
// SOP document, whose flowchart is a picture Chromium takes, without
// Chromium).
void render_sop(const store::Repository& repository,
                const RenderRequest& request,
                std::ostream& out);

// A rendered document to `output` (relative to where sopctl was started),
// atomically, else to `out`; with --dry-run, only said.
void write_rendered(const store::Repository& repository,
                    const std::optional<std::filesystem::path>& output,
                    const std::string& document,
                    std::ostream& out);

// Chromium, found on `search_path`; refused, naming Debian's package, when
// it is not installed.
std::filesystem::path chromium_for_pdf(const std::string& search_path);

} // namespace sopctl::ops
