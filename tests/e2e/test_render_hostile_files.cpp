// Rendering cannot reach the machine (issue 10, section 4): a logo or a
// draft that is a symbolic link, a logo outside the repository and a "logo"
// that is no image are refused without their bytes appearing anywhere; a
// repository's template printed to PDF reaches no file and runs no script
// (Chromium reads the page from sopctl's loopback server under a policy that
// allows nothing to be fetched, with scripts off in its profile).
#include "file_helpers.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"
#include "tool_helpers.hpp"

#include <cstdlib>
#include <doctest/doctest.h>
#include <sstream>
#include <unistd.h>

using namespace e2e;

namespace {

// Makes the repository's sopctl.yaml name `logo`.
void set_logo(const Sandbox& sandbox, const std::string& logo)
{
  auto config = read_bytes(sandbox.repo() / "sopctl.yaml");
  write_bytes(sandbox.repo() / "sopctl.yaml",
              replace_once(config, "logo: \"\"", "logo: \"" + logo + "\""));
}

// A secret outside the repository that must never be printed.
fs::path secret(const Sandbox& sandbox)
{
  auto path = sandbox.root() / "secret.txt";
  write_bytes(path, "root:RAHASIA:19000:0:99999:7:::\n");
  return path;
}

bool browser_missing()
{
  return tools_missing({"chromium", "pdftotext"},
                       "skipped: printing a hostile template needs chromium and poppler-utils on "
                       "PATH (apt-get install chromium poppler-utils)");
}

// Makes `template_text` the repository's SOP template, prints the seed to
// PDF with it and returns the PDF's text.
std::string print_with_template(const Sandbox& sandbox, const std::string& template_text)
{
  write_bytes(sandbox.repo() / "templates" / "sop.html.mustache", template_text);
  auto pdf = sandbox.tmp() / "sop.pdf";
  auto result =
    sandbox.run({"render", seed_source_path().string(), "--format", "pdf", "-o", pdf.string()});
  INFO("sopctl render: ", result.err);
  REQUIRE(result.exit_code == 0);
  auto text = sandbox.run_program(sandbox.repo(), {"pdftotext", "-raw", pdf.string(), "-"});
  REQUIRE(text.exit_code == 0);
  return text.out;
}

// A line of a file of this machine that a page must not reach, or "" when
// the file is missing or empty.
std::string first_line_of(const fs::path& path)
{
  std::error_code error;
  if (!fs::is_regular_file(path, error)) {
    return "";
  }
  auto text = read_bytes(path);
  return text.substr(0, text.find('\n'));
}

// A directory every user may use (mkdtemp, then mode 0777), removed at the
// end: the sandbox's own is its owner's only.
struct SharedDirectory
{
  fs::path path;
  SharedDirectory()
  {
    std::string pattern = (fs::temp_directory_path() / "sopctl-shared-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()));
    path = pattern;
    fs::permissions(path, fs::perms::all);
  }
  ~SharedDirectory()
  {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

// A `chromium` that writes its arguments to `log`, then runs the real one.
void write_logging_chromium(const fs::path& dir, const fs::path& log)
{
  write_script(dir / "chromium",
               "echo \"$@\" > " + log.string() + "\nexec " + on_path("chromium") + " \"$@\"\n");
  fs::permissions(dir / "chromium",
                  fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                    fs::perms::others_read | fs::perms::others_exec);
}

} // namespace

TEST_SUITE("e2e: hostile files")
{
  TEST_CASE("a logo that is a symbolic link is refused without reading its target")
  {
    Sandbox sandbox;
    sandbox.init();
    set_logo(sandbox, "logo.png");
    fs::create_symlink(secret(sandbox), sandbox.repo() / "logo.png");
    auto result = sandbox.run({"render", seed_source_path().string()});
    CHECK(result.exit_code == 1);
    CHECK(
      contains(result.err, "logo.png: is a symbolic link; sopctl reads no file through a link"));
    CHECK_FALSE(contains(result.out + result.err, "RAHASIA"));
  }

  TEST_CASE("a logo outside the repository is refused")
  {
    Sandbox sandbox;
    sandbox.init();
    set_logo(sandbox, "../secret.png");
    write_bytes(sandbox.root() / "secret.png", "\x89PNG\r\n\x1a\nRAHASIA");
    auto result = sandbox.run({"render", seed_source_path().string()});
    CHECK(result.exit_code == 1);
    CHECK(contains(result.err, "logo \"../secret.png\" lies outside the repository"));
    CHECK_FALSE(contains(result.out, "data:image"));
  }

  TEST_CASE("a logo whose bytes are no image is refused")
  {
    Sandbox sandbox;
    sandbox.init();
    set_logo(sandbox, "logo.png");
    write_bytes(sandbox.repo() / "logo.png", "root:RAHASIA:19000\n");
    auto result = sandbox.run({"render", seed_source_path().string()});
    CHECK(result.exit_code == 1);
    CHECK(contains(result.err, "logo \"logo.png\" is not a image/png image"));
    CHECK_FALSE(contains(result.out + result.err, "RAHASIA"));
  }

  TEST_CASE("a draft that is a symbolic link is refused without printing its target's lines")
  {
    Sandbox sandbox;
    sandbox.init();
    fs::create_symlink(secret(sandbox), sandbox.repo() / "sops" / "x.yaml");
    auto result = sandbox.run({"check"});
    CHECK(result.exit_code == 1);
    CHECK(contains(result.out, "sops/x.yaml: is a symbolic link"));
    CHECK_FALSE(contains(result.out + result.err, "RAHASIA"));
  }
}

TEST_SUITE("e2e: hostile templates printed to PDF")
{
  TEST_CASE("a template's frames, objects, images and style sheets reach no file")
  {
    if (browser_missing()) {
      return;
    }
    Sandbox sandbox;
    sandbox.init();
    auto hidden = secret(sandbox).string();
    auto hostname = first_line_of("/etc/hostname");
    auto printed = print_with_template(
      sandbox,
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\n"
      "<link rel=\"stylesheet\" href=\"file://" +
        hidden +
        "\">\n"
        "<style>@import url(\"file://" +
        hidden +
        "\"); body { font-size: 14px }</style>\n"
        "</head><body>\n"
        "<p>HALAMAN-AWAL</p>\n"
        "<iframe src=\"file:///etc/passwd\" width=\"600\" height=\"200\"></iframe>\n"
        "<iframe src=\"file://" +
        hidden +
        "\" width=\"600\" height=\"100\"></iframe>\n"
        "<object data=\"file:///etc/passwd\" width=\"600\" height=\"100\"></object>\n"
        "<embed src=\"file://" +
        hidden +
        "\" width=\"600\" height=\"100\">\n"
        "<img src=\"file:///etc/hostname\" alt=\"gambar\">\n"
        "<iframe src=\"data:text/html,DATA-FRAME\" width=\"600\" height=\"50\"></iframe>\n"
        "<iframe src=\"http://127.0.0.1:9/\" width=\"600\" height=\"50\"></iframe>\n"
        "<p>HALAMAN-AKHIR {{name}}</p>\n"
        "</body></html>\n");
    CHECK(contains(printed, "HALAMAN-AWAL"));
    CHECK(contains(printed, "HALAMAN-AKHIR Penyusunan"));
    CHECK_FALSE(contains(printed, "root:x:0:0"));
    CHECK_FALSE(contains(printed, "RAHASIA"));
    CHECK_FALSE(contains(printed, "DATA-FRAME"));
    if (!hostname.empty()) {
      CHECK_FALSE(contains(printed, hostname));
    }
  }

  TEST_CASE("a template's meta refresh to a file does not navigate there")
  {
    if (browser_missing()) {
      return;
    }
    Sandbox sandbox;
    sandbox.init();
    auto printed =
      print_with_template(sandbox,
                          "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\n"
                          "<meta http-equiv=\"refresh\" content=\"0;url=file:///etc/passwd\">\n"
                          "</head><body><p>HALAMAN-SENDIRI</p></body></html>\n");
    CHECK(contains(printed, "HALAMAN-SENDIRI"));
    CHECK_FALSE(contains(printed, "root:x:0:0"));
  }

  TEST_CASE("a template's scripts do not run: <noscript> shows, the script's text does not")
  {
    if (browser_missing()) {
      return;
    }
    Sandbox sandbox;
    sandbox.init();
    auto printed =
      print_with_template(sandbox,
                          "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n"
                          "<p id=\"x\">TANPA-SKRIP</p>\n"
                          "<script>document.getElementById('x').textContent = 'SKRIP-JALAN';\n"
                          "document.write('SKRIP-MENULIS');</script>\n"
                          "<noscript><p>NOSCRIPT-TAMPIL</p></noscript>\n"
                          "<img src=\"data:,\" onerror=\"document.body.append('ONERROR-JALAN')\">\n"
                          "</body></html>\n");
    CHECK(contains(printed, "TANPA-SKRIP"));
    // <noscript> shows only when scripting is off in the browser itself,
    // not merely blocked by the page's policy.
    CHECK(contains(printed, "NOSCRIPT-TAMPIL"));
    CHECK_FALSE(contains(printed, "SKRIP-JALAN"));
    CHECK_FALSE(contains(printed, "SKRIP-MENULIS"));
    CHECK_FALSE(contains(printed, "ONERROR-JALAN"));
  }

  TEST_CASE("Chromium runs in its sandbox for a user who is not root, and prints")
  {
    if (browser_missing()) {
      return;
    }
    if (::geteuid() != 0 || on_path("setpriv").empty()) {
      MESSAGE("skipped: running sopctl as another user needs root and setpriv (util-linux)");
      return;
    }
    Sandbox sandbox;
    SharedDirectory shared;
    fs::create_directories(shared.path / "bin");
    // Chromium's own directory comes after the wrapper's on PATH.
    auto log = shared.path / "chromium-arguments";
    write_logging_chromium(shared.path / "bin", log);
    write_bytes(shared.path / "seed.yaml", read_bytes(seed_source_path()));
    fs::permissions(shared.path / "seed.yaml", fs::perms::all);
    const char* path = std::getenv("PATH");
    Env env{{"PATH", (shared.path / "bin").string() + ":" + (path ? path : "")},
            {"HOME", shared.path.string()},
            {"TMPDIR", shared.path.string()}};
    auto pdf = shared.path / "seed.pdf";
    auto as_nobody = sandbox.run_program(shared.path,
                                         {"setpriv",
                                          "--reuid=65534",
                                          "--regid=65534",
                                          "--clear-groups",
                                          SOPCTL_BINARY,
                                          "-C",
                                          shared.path.string(),
                                          "render",
                                          "seed.yaml",
                                          "--format",
                                          "pdf",
                                          "-o",
                                          pdf.string()},
                                         env);
    INFO("sopctl render as nobody: ", as_nobody.err);
    REQUIRE(as_nobody.exit_code == 0);
    CHECK(read_bytes(pdf).starts_with("%PDF-"));
    REQUIRE(fs::exists(log));
    CHECK(contains(read_bytes(log), "--headless"));
    CHECK_FALSE(contains(read_bytes(log), "--no-sandbox"));
    // Chromium's crash reporter and caches stayed in sopctl's scratch
    // directory, removed afterwards, not in $HOME.
    CHECK_FALSE(fs::exists(shared.path / ".config"));
    CHECK_FALSE(fs::exists(shared.path / ".cache"));
    for (const auto& entry : fs::directory_iterator(shared.path)) {
      CHECK_FALSE(entry.path().filename().string().starts_with("sopctl-render-"));
    }
    // As root, Chromium refuses its sandbox, so sopctl turns it off.
    auto as_root = sandbox.run_program(shared.path,
                                       {SOPCTL_BINARY,
                                        "-C",
                                        shared.path.string(),
                                        "render",
                                        "seed.yaml",
                                        "--format",
                                        "pdf",
                                        "-o",
                                        pdf.string()},
                                       env);
    REQUIRE(as_root.exit_code == 0);
    CHECK(contains(read_bytes(log), "--no-sandbox"));
  }
}
