// Git-style conflict markers around the lines where two texts differ
// (issue 5, section 2), with the explanation `sopctl check` shows.
#include <doctest/doctest.h>
#include <history/line_conflicts.hpp>
#include <string>

using sopctl::history::with_conflict_markers;

TEST_SUITE("history::line_conflicts")
{
  TEST_CASE("identical texts are written once, with no markers")
  {
    CHECK(with_conflict_markers("a\nb\n", "a\nb\n", "why") == "a\nb\n");
  }

  TEST_CASE("a differing line is marked: ours, the explanation, =======, theirs")
  {
    CHECK(with_conflict_markers("a\nb\nc\n", "a\nB\nc\n", "b was changed two ways") ==
          "a\n"
          "<<<<<<< ours\n"
          "# sopctl: b was changed two ways\n"
          "b\n"
          "=======\n"
          "B\n"
          ">>>>>>> theirs\n"
          "c\n");
  }

  TEST_CASE("lines only one side has are marked with the other side empty")
  {
    CHECK(with_conflict_markers("a\nc\n", "a\nb\nc\n", "e") ==
          "a\n<<<<<<< ours\n# sopctl: e\n=======\nb\n>>>>>>> theirs\nc\n");
    CHECK(with_conflict_markers("a\nb\nc\n", "a\nc\n", "e") ==
          "a\n<<<<<<< ours\n# sopctl: e\nb\n=======\n>>>>>>> theirs\nc\n");
  }

  TEST_CASE("runs of differing lines a few shared lines apart are joined into one conflict")
  {
    // One event's fields differ at two places: one conflict, the shared
    // line between them on both sides.
    CHECK(with_conflict_markers("- event: completed\n  by: Rina\n  note: a\n",
                                "- event: rejected\n  by: Rina\n  note: b\n",
                                "e") == "<<<<<<< ours\n# sopctl: e\n"
                                        "- event: completed\n  by: Rina\n  note: a\n"
                                        "=======\n"
                                        "- event: rejected\n  by: Rina\n  note: b\n"
                                        ">>>>>>> theirs\n");
  }

  TEST_CASE("runs far apart are separate conflicts")
  {
    std::string shared;
    for (int i = 0; i < 10; ++i) {
      shared += "same " + std::to_string(i) + "\n";
    }
    auto merged = with_conflict_markers("x\n" + shared + "y\n", "X\n" + shared + "Y\n", "e");
    CHECK(merged == "<<<<<<< ours\n# sopctl: e\nx\n=======\nX\n>>>>>>> theirs\n" + shared +
                      "<<<<<<< ours\n# sopctl: e\ny\n=======\nY\n>>>>>>> theirs\n");
  }

  TEST_CASE("a last line without newline still ends its side with one")
  {
    CHECK(with_conflict_markers("a\nb", "a\nc", "e") ==
          "a\n<<<<<<< ours\n# sopctl: e\nb\n=======\nc\n>>>>>>> theirs\n");
  }

  TEST_CASE("every line of both sides is kept")
  {
    auto merged = with_conflict_markers("1\n2\n3\n4\n", "0\n2\n4\n5\n", "e");
    for (const char* line : {"0\n", "1\n", "2\n", "3\n", "4\n", "5\n"}) {
      INFO("line ", line);
      CHECK(merged.find(line) != std::string::npos);
    }
  }
}
