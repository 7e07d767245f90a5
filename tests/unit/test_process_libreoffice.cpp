// The command lines sopctl runs LibreOffice and Chromium with for docx and
// odt (issue 11, section 4): a private profile, the right filters, the same
// closed-off Chromium as for PDF.
#include <algorithm>
#include <doctest/doctest.h>
#include <process/chromium.hpp>
#include <process/libreoffice.hpp>

using namespace sopctl::process;

namespace {

bool has(const std::vector<std::string>& command, const std::string& argument)
{
  return std::find(command.begin(), command.end(), argument) != command.end();
}

} // namespace

TEST_SUITE("process::libreoffice")
{
  TEST_CASE("a file URL percent-encodes everything but plain path characters")
  {
    CHECK(file_url("/tmp/sopctl-render-Ab1/profile") == "file:///tmp/sopctl-render-Ab1/profile");
    CHECK(file_url("/tmp/a b/c#d%e") == "file:///tmp/a%20b/c%23d%25e");
    CHECK(file_url("/tmp/\xC3\xA9") == "file:///tmp/%C3%A9");
  }

  TEST_CASE("the SOP's flat XML becomes docx or odt, headless, in its own profile")
  {
    auto docx = libreoffice_convert_command("/usr/bin/soffice",
                                            "/t/x y/profile",
                                            "/t/document.fodt",
                                            "/t/out",
                                            WordSource::flat_odt,
                                            WordFormat::docx);
    CHECK(docx.front() == "/usr/bin/soffice");
    CHECK(has(docx, "-env:UserInstallation=file:///t/x%20y/profile"));
    CHECK(has(docx, "--headless"));
    CHECK(has(docx, "--norestore"));
    CHECK(has(docx, "docx:MS Word 2007 XML"));
    CHECK_FALSE(has(docx, "--infilter=HTML (StarWriter)"));
    CHECK(docx[docx.size() - 3] == "--outdir");
    CHECK(docx[docx.size() - 2] == "/t/out");
    CHECK(docx.back() == "/t/document.fodt");
    auto odt = libreoffice_convert_command("/usr/bin/soffice",
                                           "/t/p",
                                           "/t/document.fodt",
                                           "/t/out",
                                           WordSource::flat_odt,
                                           WordFormat::odt);
    CHECK(has(odt, "odt:writer8"));
  }

  TEST_CASE("a letter's HTML is read by Writer, not Writer/Web (which cannot write docx)")
  {
    auto command = libreoffice_convert_command(
      "/usr/bin/soffice", "/t/p", "/t/document.html", "/t/out", WordSource::html, WordFormat::docx);
    CHECK(has(command, "--infilter=HTML (StarWriter)"));
  }

  TEST_CASE("the flowchart's picture is taken by the same closed-off Chromium, at 3x")
  {
    auto command = chromium_picture_command("/usr/bin/chromium",
                                            "http://127.0.0.1:5/t/page.html",
                                            "127.0.0.1:5",
                                            "/t/picture.png",
                                            "/t/p",
                                            Sandbox::off,
                                            PictureSize{482, 607, 3});
    CHECK(has(command, "--screenshot=/t/picture.png"));
    CHECK(has(command, "--window-size=482,607"));
    CHECK(has(command, "--force-device-scale-factor=3"));
    CHECK(has(command, "--hide-scrollbars"));
    CHECK(has(command, "--no-sandbox"));
    CHECK(has(command, "--proxy-server=http://127.0.0.1:5"));
    CHECK(has(command, "--proxy-bypass-list=<-loopback>"));
    CHECK(has(command, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"));
    CHECK(has(command, "--user-data-dir=/t/p"));
    CHECK_FALSE(has(command, "--print-to-pdf=/t/picture.png"));
    CHECK(command.back() == "http://127.0.0.1:5/t/page.html");
  }
}
