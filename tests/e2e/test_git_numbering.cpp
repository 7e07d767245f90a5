// Number counters through real git (issue 5, section 2: "Number counters
// merge without handing out the same number twice, or check reports the
// duplicate with both drafts named"): two clones sign different drafts
// before syncing; numbers.yaml merges by the larger count, without conflict,
// through the merge driver, whichever side holds the larger count; check
// then names both drafts that got the same SOP number.
#include "numbering_helpers.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// A server with four drafts ready to sign (step 8 active), cloned to a/
// (Ani) and b/ (Budi). Ani signs x (001); Budi signs y and z (001, 002).
// Nobody has synced yet.
struct SignedApart
{
  SignedApart()
  {
    make_server(sandbox);
    x = ready_to_sign(sandbox, "Akta Kelahiran");
    y = ready_to_sign(sandbox, "Kartu Keluarga");
    z = ready_to_sign(sandbox, "Surat Pindah");
    w = ready_to_sign(sandbox, "Izin Tinggal");
    git_ok(sandbox, sandbox.repo(), {"push", "--quiet"});
    a = make_clone(sandbox, "a", "Ani", "ani@sibolga.go.id");
    b = make_clone(sandbox, "b", "Budi", "budi@sibolga.go.id");

    CHECK(contains(sign(sandbox, a, x), "number.sop is 001/SOP-Disdukcapil/2026"));
    CHECK(contains(files_of_head(sandbox, a), "numbers.yaml\n"));
    CHECK(contains(sign(sandbox, b, y), "number.sop is 001/SOP-Disdukcapil/2026"));
    CHECK(contains(sign(sandbox, b, z, local_time(9)), "number.sop is 002/SOP-Disdukcapil/2026"));
    CHECK(counters(a) == counter(invitation, 2026, 4) + counter(sop_pattern, 2026, 1));
    CHECK(counters(b) == counter(invitation, 2026, 4) + counter(sop_pattern, 2026, 2));
  }

  // After the merge: the larger count, in both clones, no conflict left;
  // check names both drafts numbered 001; the next number is 003.
  void check_merged() const
  {
    for (const auto& clone : {a, b}) {
      CAPTURE(clone.filename().string());
      CHECK(git_status(sandbox, clone) == "");
      CHECK(counters(clone) == counter(invitation, 2026, 4) + counter(sop_pattern, 2026, 2));
      auto check = sandbox.run_in(clone, {"check"});
      CHECK(check.exit_code == 1);
      CHECK(line_count(check.out) == 1);
      CHECK(contains(check.out, "number.sop 001/SOP-Disdukcapil/2026 was also given to"));
      CHECK(contains(check.out, "sops/" + x + ".yaml"));
      CHECK(contains(check.out, "sops/" + y + ".yaml"));
      CHECK_FALSE(contains(check.out, z));
    }
    CHECK(contains(sign(sandbox, a, w, local_time(10)), "number.sop is 003/SOP-Disdukcapil/2026"));
  }

  Sandbox sandbox;
  std::string x, y, z, w;
  fs::path a;
  fs::path b;
};

} // namespace

TEST_SUITE("git::numbering")
{
  TEST_CASE("sync: the clone replaying its commits keeps its larger count")
  {
    // b's rebase replays its commits on a's: "ours" is a's 1, "theirs" b's 2.
    SignedApart o;
    sopctl_ok(o.sandbox, o.a, {"sync"});
    auto pulled = o.sandbox.run_in(o.b, {"sync"});
    INFO("sync in b: ", pulled.out, pulled.err);
    CHECK(pulled.exit_code == 0);
    CHECK_FALSE(contains(read_bytes(o.b / "numbers.yaml"), "<<<<<<<"));
    sopctl_ok(o.sandbox, o.a, {"sync"});
    CHECK(read_bytes(o.a / "numbers.yaml") == read_bytes(o.b / "numbers.yaml"));
    o.check_merged();
  }

  TEST_CASE("git merge: the merging clone keeps its own larger count")
  {
    // b merges a's work: "ours" is b's 2, "theirs" a's 1.
    SignedApart o;
    sopctl_ok(o.sandbox, o.a, {"sync"});
    git_ok(o.sandbox, o.b, {"pull", "--quiet", "--no-rebase", "--no-edit"});
    CHECK_FALSE(contains(read_bytes(o.b / "numbers.yaml"), "<<<<<<<"));
    git_ok(o.sandbox, o.b, {"push", "--quiet"});
    git_ok(o.sandbox, o.a, {"pull", "--quiet", "--no-rebase", "--no-edit"});
    o.check_merged();
  }
}
