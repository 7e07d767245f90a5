// The small pieces of rendering: Indonesian dates, the logo as a data URI,
// text wrapping estimates, SVG numbers, finding chromium (the approval a
// draft shows: test_render_approval.cpp).
#include "render_fixtures.hpp"

#include <doctest/doctest.h>
#include <fstream>
#include <process/chromium.hpp>
#include <process/process.hpp>
#include <render/data_uri.hpp>
#include <render/dates.hpp>
#include <render/flowchart_svg.hpp>
#include <render/text_metrics.hpp>
#include <sys/stat.h>

using namespace sopctl;

TEST_SUITE("render support")
{
  TEST_CASE("render: dates are written the Indonesian way")
  {
    CHECK(render::indonesian_date("2020-09-29") == "29 September 2020");
    CHECK(render::indonesian_date("2020-09-01") == "1 September 2020");
    CHECK(render::indonesian_date("2026-01-31") == "31 Januari 2026");
    CHECK(render::indonesian_date("2026-08-17") == "17 Agustus 2026");
    CHECK(render::indonesian_date("") == "-");
    CHECK(render::indonesian_date("akhir tahun") == "akhir tahun");
  }

  TEST_CASE("render: base64 follows RFC 4648")
  {
    CHECK(render::base64("") == "");
    CHECK(render::base64("f") == "Zg==");
    CHECK(render::base64("fo") == "Zm8=");
    CHECK(render::base64("foo") == "Zm9v");
    CHECK(render::base64("foob") == "Zm9vYg==");
    CHECK(render::base64("fooba") == "Zm9vYmE=");
    CHECK(render::base64("foobar") == "Zm9vYmFy");
    CHECK(render::base64(std::string("\xff\x00\x80", 3)) == "/wCA");
  }

  TEST_CASE("render: the logo's media type comes from its extension")
  {
    CHECK(render::image_media_type("logo.png") == "image/png");
    CHECK(render::image_media_type("img/Logo.PNG") == "image/png");
    CHECK(render::image_media_type("logo.jpg") == "image/jpeg");
    CHECK(render::image_media_type("logo.jpeg") == "image/jpeg");
    CHECK(render::image_media_type("logo.svg") == "image/svg+xml");
    CHECK(render::image_media_type("logo.gif") == "image/gif");
    CHECK(render::image_media_type("logo.webp") == "image/webp");
    CHECK(!render::image_media_type("logo.bmp"));
    CHECK(!render::image_media_type("logo"));
    CHECK(render::data_uri("image/png", "foo") == "data:image/png;base64,Zm9v");
  }

  TEST_CASE("render: text wraps at spaces within the width, keeping line breaks")
  {
    CHECK(render::wrap_text("Kadis", 100, 11) == std::vector<std::string>{"Kadis"});
    CHECK(render::wrap_text("", 100, 11) == std::vector<std::string>{""});
    CHECK(render::wrap_text("satu\ndua", 100, 11) == std::vector<std::string>{"satu", "dua"});
    auto lines = render::wrap_text(
      "Menghimpun data dan informasi SOP Pelayanan dari masing-masing bidang", 120, 11);
    CHECK(lines.size() == 4);
    for (const auto& line : lines) {
      CHECK(render::text_width(line, 11) <= 120);
    }
    // A word longer than the line is cut.
    auto cut = render::wrap_text(std::string(40, 'm'), 100, 11);
    CHECK(cut.size() > 1);
    CHECK(render::count_lines("a b c", 1000, 11) == 1);
    // Widths are Helvetica's: "i" is narrower than "m", bold is wider.
    CHECK(render::text_width("iiii", 10) < render::text_width("mmmm", 10));
    CHECK(render::text_width("Kadis", 10, true) > render::text_width("Kadis", 10));
  }

  TEST_CASE("render: SVG numbers have at most one decimal")
  {
    CHECK(render::svg_number(12) == "12");
    CHECK(render::svg_number(12.25) == "12.3");
    CHECK(render::svg_number(-0.01) == "0");
    CHECK(render::svg_number(1046.96) == "1047");
  }

  TEST_CASE("render: chromium is looked for in each directory of PATH")
  {
    auto root = std::filesystem::temp_directory_path() / "sopctl-find-program-test";
    std::filesystem::create_directories(root / "a");
    std::filesystem::create_directories(root / "b");
    std::ofstream(root / "b" / "chromium") << "#!/bin/sh\n";
    ::chmod((root / "b" / "chromium").c_str(), 0755);
    std::ofstream(root / "a" / "chromium") << "not executable\n";
    auto path = (root / "a").string() + "::" + (root / "b").string();
    CHECK(process::find_program("chromium", path) == root / "b" / "chromium");
    CHECK(!process::find_program("chromium", (root / "a").string()));
    CHECK(!process::find_program("chromium", ""));
    std::filesystem::remove_all(root);
  }
}
