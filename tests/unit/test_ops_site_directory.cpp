// ops::SiteDirectory: where `sopctl site build` writes (issue 14): never the
// repository or a directory holding it, never over someone else's files;
// the new site swapped in whole, files sopctl did not write kept.
#include "ops_fixtures.hpp"

#include <ops/site_directory.hpp>

using namespace sopctl::ops_test;
using sopctl::ops::SiteDirectory;

namespace {

// A site of two files written to `out` of `repo`.
void build(const TempRepo& repo, const std::string& out, const std::string& index = "<p>1</p>")
{
  SiteDirectory site(repo.repository, out);
  site.add("index.html", index);
  site.add("dokumen/a.pdf", "%PDF a", "hash-a");
  site.publish();
}

} // namespace

TEST_SUITE("ops::site_directory")
{
  TEST_CASE("a new directory gets the files and the marker listing them")
  {
    TempRepo repo;
    build(repo, "public");
    auto files = snapshot(repo.root / "public");
    CHECK(files.size() == 3);
    CHECK(files["index.html"] == "<p>1</p>");
    CHECK(files["dokumen/a.pdf"] == "%PDF a");
    CHECK(files[".sopctl-site"].find("\n- index.html\nhash-a dokumen/a.pdf\n") ==
          std::string::npos);
    CHECK(files[".sopctl-site"].find("hash-a dokumen/a.pdf\n") != std::string::npos);
    CHECK(files[".sopctl-site"].find("- index.html\n") != std::string::npos);
    // Nothing left beside it.
    for (const auto& entry : fs::directory_iterator(repo.root)) {
      CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
    }
  }

  TEST_CASE("a rebuild replaces the site, keeps a file whose source is unchanged, and leaves "
            "other files alone")
  {
    TempRepo repo;
    build(repo, "public");
    write_bytes(repo.root / "public" / "CNAME", "sop.example.go.id\n");
    SiteDirectory site(repo.repository, "public");
    CHECK(site.previous("dokumen/a.pdf", "hash-a") == "%PDF a");
    CHECK_FALSE(site.previous("dokumen/a.pdf", "hash-b"));
    CHECK_FALSE(site.previous("index.html", ""));
    site.add("index.html", "<p>2</p>");
    site.publish();
    auto files = snapshot(repo.root / "public");
    CHECK(files.size() == 3);
    CHECK(files["index.html"] == "<p>2</p>");
    CHECK(files["CNAME"] == "sop.example.go.id\n");
    CHECK_FALSE(files.contains("dokumen/a.pdf"));
    CHECK_FALSE(fs::exists(repo.root / "public" / "dokumen"));
    for (const auto& entry : fs::directory_iterator(repo.root)) {
      CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
    }
  }

  TEST_CASE("an empty directory is taken")
  {
    TempRepo repo;
    fs::create_directories(repo.root / "public");
    build(repo, "public");
    CHECK(fs::exists(repo.root / "public" / "index.html"));
  }

  TEST_CASE("the repository, or a directory holding it, is refused")
  {
    TempRepo repo;
    auto before = snapshot(repo.root);
    CHECK(refusal([&] { SiteDirectory site(repo.repository, "."); }) ==
          ".: this is the repository or a directory holding it; the site is written to a "
          "directory of its own, such as public");
    CHECK(refusal([&] { SiteDirectory site(repo.repository, "sops/../.."); })
            .ends_with(": this is the repository or a directory holding it; the site is written "
                       "to a directory of its own, such as public"));
    CHECK(snapshot(repo.root) == before);
  }

  TEST_CASE("a directory of other files, or a file, is refused and left as it was")
  {
    TempRepo repo;
    fs::create_directories(repo.root / "docs");
    write_bytes(repo.root / "docs" / "notes.txt", "mine");
    write_bytes(repo.root / "a-file", "x");
    auto before = snapshot(repo.root);
    CHECK(refusal([&] { SiteDirectory site(repo.repository, "docs"); }) ==
          "docs: the directory is not empty and is not a site sopctl built (it has no "
          ".sopctl-site); sopctl writes the site only to a new or empty directory or over a site "
          "it built, so that no file of yours is lost: give another directory, or empty this one");
    CHECK(refusal([&] { SiteDirectory site(repo.repository, "a-file"); }) ==
          "a-file: not a directory; give a directory for the site");
    CHECK(snapshot(repo.root) == before);
  }

  TEST_CASE("a file of the old site sopctl did not write, named as a new one, is refused before "
            "anything is written")
  {
    TempRepo repo;
    build(repo, "public");
    write_bytes(repo.root / "public" / "cari.html", "mine");
    auto before = snapshot(repo.root);
    SiteDirectory site(repo.repository, "public");
    site.add("cari.html", "<p>cari</p>");
    CHECK(refusal([&] { site.publish(); }) ==
          "public: cari.html was not written by sopctl, and the site has a file of that name; "
          "move it away and build again");
    CHECK(snapshot(repo.root) == before);
  }
}
