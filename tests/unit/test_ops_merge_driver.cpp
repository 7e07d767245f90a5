// ops::merge_draft_versions, run as git runs it (in the top of the work
// tree) on three versions of a draft made by the ops functions: the result
// written to OURS, 0 when clean, 1 with each conflict named; files that are
// not SOPs merged by line, the counters file by the larger count (issue 8,
// point 5).
#include "ops_fixtures.hpp"

#include <ops/merge_driver.hpp>
#include <ops/note.hpp>
#include <store/counters.hpp>

using namespace sopctl::ops_test;

namespace {

// Makes `dir` the current directory while it lives: the driver reads the
// repository's procedure from there, as git runs it at the top of the tree.
struct InDirectory
{
  fs::path previous = fs::current_path();
  explicit InDirectory(const fs::path& dir) { fs::current_path(dir); }
  ~InDirectory()
  {
    std::error_code ignored;
    fs::current_path(previous, ignored);
  }
};

// What the driver returned and said, and OURS after it.
struct Merge
{
  int code;
  std::string err;
  std::string merged;
};

// Three versions of draft akta: the base has step 6 (kabid's decision)
// active; the others are made from it by ops commands.
struct Versions
{
  TempRepo repo;
  InDirectory here{repo.root};
  std::string base;

  Versions()
  {
    repo.start("Akta", "akta");
    repo.advance_until("akta", 6);
    base = repo.text("akta");
  }

  // The draft after `change` was run on the base version.
  template<class Change>
  std::string make(Change&& change) const
  {
    write_bytes(repo.draft("akta"), base);
    change();
    return repo.text("akta");
  }

  std::string decided(bool reject, int at) const
  {
    return make([&] {
      sopctl::workflow::AdvanceRequest request;
      request.role = "kabid";
      request.by = "Rina";
      request.at = hour(at);
      request.exit = reject ? sopctl::model::Exit::tidak : sopctl::model::Exit::ya;
      request.note = reject ? "kurang" : "";
      std::ostringstream out;
      sopctl::ops::advance_draft(repo.repository, std::string("akta"), request, clock_at(at), out);
    });
  }

  std::string noted(const std::string& text, int at) const
  {
    return make([&] {
      sopctl::ops::NoteRequest request{.text = text, .by = "Joko", .at = hour(at)};
      std::ostringstream out;
      sopctl::ops::note_draft(repo.repository, "akta", request, out);
    });
  }

  // Runs the driver on the three texts, written next to sopctl.yaml.
  Merge merge(const std::string& b,
              const std::string& o,
              const std::string& t,
              const std::string& path = "sops/akta.yaml") const
  {
    write_bytes(repo.root / "base", b);
    write_bytes(repo.root / "ours", o);
    write_bytes(repo.root / "theirs", t);
    std::ostringstream err;
    int code = sopctl::ops::merge_draft_versions(
      repo.root / "base", repo.root / "ours", repo.root / "theirs", path, err);
    return {code, err.str(), read_bytes(repo.root / "ours")};
  }
};

} // namespace

TEST_SUITE("ops::merge_driver")
{
  TEST_CASE("a clean merge is written to OURS with exit 0 and nothing said")
  {
    Versions v;
    auto ours = v.decided(false, 6);
    auto theirs = v.noted("dibaca", 6);
    auto merge = v.merge(v.base, ours, theirs);
    CHECK(merge.code == 0);
    CHECK(merge.err == "");
    CHECK(merge.merged.find("      note: dibaca\n") != std::string::npos);
    CHECK(merge.merged.find("      step: 6\n      role: kabid\n") != std::string::npos);
    CHECK(sopctl::test::load(merge.merged).drafting->events.size() == 8);
    // The other direction writes the same bytes.
    CHECK(v.merge(v.base, theirs, ours).merged == merge.merged);
  }

  TEST_CASE("two outcomes of one decision conflict: markers in OURS, the path named, exit 1")
  {
    Versions v;
    auto ours = v.decided(false, 6);
    auto theirs = v.decided(true, 7);
    auto merge = v.merge(v.base, ours, theirs);
    CHECK(merge.code == 1);
    CHECK(merge.err == "sops/akta.yaml: merge conflict: two outcomes recorded for the draft: ours "
                       "step 6 completed by Rina at 2026-11-24T15:00:00+07:00, theirs step 6 "
                       "Tidak (rejected) by Rina at 2026-11-24T16:00:00+07:00\n");
    CHECK(merge.merged.find("<<<<<<< ours\n# sopctl: two outcomes recorded for the draft: ") !=
          std::string::npos);
    CHECK(merge.merged.find("\n>>>>>>> theirs\n") != std::string::npos);
  }

  TEST_CASE("a file that is not an SOP is merged line by line")
  {
    Versions v;
    auto merge = v.merge("a\nb\nc\nd\ne\n", "A\nb\nc\nd\ne\n", "a\nb\nc\nd\nE\n", "notes.yaml");
    CHECK(merge.code == 0);
    CHECK(merge.err == "");
    CHECK(merge.merged == "A\nb\nc\nd\nE\n");
  }

  TEST_CASE("a file that is not an SOP and conflicts by line says so, with markers")
  {
    Versions v;
    auto merge = v.merge("a\n", "b\n", "c\n", "notes.yaml");
    CHECK(merge.code == 1);
    CHECK(merge.err == "notes.yaml: does not load as an SOP file, so it was merged line by line, "
                       "with conflicts; resolve them, then run sopctl check\n");
    CHECK(merge.merged == "<<<<<<< ours\nb\n=======\nc\n>>>>>>> theirs\n");
  }

  TEST_CASE("the counters file keeps the larger count of each pattern and year")
  {
    Versions v;
    const std::string sop = "{seq:03}/SOP-Disdukcapil/{year}";
    const std::string letter = "470/{seq:03}/Disdukcapil/{year}";
    auto write = [](const sopctl::model::Counters& counters) {
      return sopctl::store::write_counters(counters);
    };
    auto merge = v.merge(write({{{sop, 2026}, 1}}),
                         write({{{sop, 2026}, 3}, {{letter, 2026}, 1}}),
                         write({{{sop, 2026}, 5}, {{sop, 2027}, 1}}),
                         "numbers.yaml");
    CHECK(merge.code == 0);
    CHECK(merge.err == "");
    CHECK(merge.merged == write({{{sop, 2026}, 5}, {{sop, 2027}, 1}, {{letter, 2026}, 1}}));
  }
}
