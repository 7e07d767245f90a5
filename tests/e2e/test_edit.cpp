// `sopctl edit`: the draft's content in $EDITOR, checked on save; an
// invalid result is refused with the draft unchanged and the text kept
// (issue 2, section 3). The editor is a shell script that copies prepared
// content over the file it is given.
#include "file_helpers.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// The drafting record of a draft: from its `drafting:` line (with the
// comment just above it) to the end.
std::string record_of(const std::string& text)
{
  auto at = text.find("\ndrafting:");
  REQUIRE(at != std::string::npos);
  auto comment = text.rfind("\n#", at - 1);
  auto cut =
    comment != std::string::npos && text.find('\n', comment + 1) == at ? comment + 1 : at + 1;
  return text.substr(cut);
}

// The rest: the SOP content the user edits.
std::string content_of(const std::string& text)
{
  return text.substr(0, text.size() - record_of(text).size());
}

// A repository with draft "pelayanan-ktp" (step 2 active), and helpers to
// make editors.
struct EditFixture
{
  EditFixture()
  {
    sandbox.init();
    id = start_draft(sandbox, "Pelayanan KTP");
    advance_until(sandbox, id, 2);
    original = read_bytes(sandbox.draft(id));
  }

  // The draft's content with its performers and steps filled in; step 1's
  // performer is `performer` (declared: staf only).
  std::string content_with(const std::string& performer) const
  {
    auto content = replace_once(content_of(original),
                                "performers: []\n",
                                "performers:\n"
                                "  - key: staf\n"
                                "    name: Staf Pelayanan\n");
    return replace_once(content,
                        "steps: []\n",
                        "steps:\n"
                        "  - step: 1\n"
                        "    activity: Menerima berkas permohonan.\n"
                        "    performer: " +
                          performer + "\n");
  }

  // An $EDITOR that replaces the file with `content`.
  Env editor_writing(const std::string& name, const std::string& content) const
  {
    auto prepared = sandbox.root() / (name + ".yaml");
    write_bytes(prepared, content);
    return editor_running(name, "cp '" + prepared.string() + "' \"$1\"\n");
  }

  // An $EDITOR running `script` with the file as $1.
  Env editor_running(const std::string& name, const std::string& script) const
  {
    auto path = sandbox.root() / (name + ".sh");
    write_script(path, script);
    return {{"EDITOR", path.string()}};
  }

  Sandbox sandbox;
  std::string id;
  std::string original;
};

// The file named in "your text is kept in FILE;".
std::string kept_file(const std::string& message)
{
  const std::string marker = "your text is kept in ";
  auto start = message.find(marker);
  REQUIRE(start != std::string::npos);
  start += marker.size();
  auto end = message.find_first_of(";\n", start);
  return message.substr(start, end - start);
}

} // namespace

TEST_SUITE("e2e: edit")
{
  TEST_CASE("a valid edit is saved and leaves the drafting record untouched")
  {
    EditFixture f;
    auto edited = f.content_with("staf");
    auto result = f.sandbox.run({"edit", f.id}, f.editor_writing("good", edited));
    INFO("stderr: ", result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(result.out == "sops/pelayanan-ktp.yaml: saved\n");
    auto after = read_bytes(f.sandbox.draft(f.id));
    CHECK(content_of(after) == edited);
    CHECK(record_of(after) == record_of(f.original));
    auto check = f.sandbox.run({"check"});
    CHECK(check.out == "");
    CHECK(check.exit_code == 0);
    // Nothing is left behind in $TMPDIR.
    CHECK(snapshot(f.sandbox.tmp()).empty());
  }

  TEST_CASE("an invalid edit is refused and its text kept for edit --from")
  {
    EditFixture f;
    auto bad = f.content_with("kasi");
    auto err = expect_refused(f.sandbox, {"edit", f.id}, f.editor_writing("bad", bad));
    CHECK(contains(err,
                   "sops/pelayanan-ktp.yaml: edit refused, the draft is "
                   "unchanged"));
    auto kept = kept_file(err);
    CAPTURE(kept);
    CHECK(fs::path(kept).parent_path() == f.sandbox.tmp());
    REQUIRE(fs::is_regular_file(kept));
    CHECK(read_bytes(kept) == bad);
    // The problem is reported at its place in the kept file.
    int line = line_of(bad, "\n  - step: 1") + 1;
    CHECK(contains(err,
                   kept + ":" + std::to_string(line) +
                     ":5: step 1: performer \"kasi\" is not declared in "
                     "performers (declared: staf)"));
    CHECK(contains(err, "sopctl edit pelayanan-ktp --from " + kept));

    // Fixed, it is taken with --from.
    auto fixed = replace_once(bad, "performer: kasi", "performer: staf");
    write_bytes(kept, fixed);
    auto result = f.sandbox.run({"edit", f.id, "--from", kept});
    INFO("stderr: ", result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(result.out == "sops/pelayanan-ktp.yaml: saved\n");
    auto after = read_bytes(f.sandbox.draft(f.id));
    CHECK(content_of(after) == fixed);
    CHECK(record_of(after) == record_of(f.original));
  }

  TEST_CASE("malformed YAML from the editor is refused with its position")
  {
    EditFixture f;
    auto bad = replace_once(content_of(f.original), "name: Pelayanan KTP", "name: Pelayanan: KTP");
    auto err = expect_refused(f.sandbox, {"edit", f.id}, f.editor_writing("bad", bad));
    int line = line_of(bad, "name: Pelayanan: KTP");
    CHECK(contains(
      err, kept_file(err) + ":" + std::to_string(line) + ":16: invalid YAML: illegal map value"));
  }

  TEST_CASE("an edit cannot add a drafting record of its own")
  {
    EditFixture f;
    auto bad = f.content_with("staf") + "drafting:\n  procedure: 07/SOP-Disdukcapil/SES/2020\n"
                                        "  events: []\n";
    auto err = expect_refused(f.sandbox, {"edit", f.id}, f.editor_writing("bad", bad));
    // Refused at the `drafting:` line of the edited text.
    int line = line_of(bad, "\ndrafting:") + 1;
    CHECK(contains(err, kept_file(err) + ":" + std::to_string(line) + ":1: "));
    CHECK(contains(err, "\"drafting\""));
  }

  TEST_CASE("an editor exiting with an error leaves the draft unchanged")
  {
    EditFixture f;
    auto err = expect_refused(
      f.sandbox, {"edit", f.id}, f.editor_running("fails", "echo 'ubah' >> \"$1\"\nexit 3\n"));
    CHECK(contains(err,
                   "sops/pelayanan-ktp.yaml: the editor exited with "
                   "status 3"));
    CHECK(contains(err, "the draft is unchanged"));
    // What was typed before the editor failed is not lost.
    auto kept = kept_file(err);
    REQUIRE(fs::is_regular_file(kept));
    CHECK(read_bytes(kept) == content_of(f.original) + "ubah\n");
  }

  TEST_CASE("an edit that changes nothing says no changes")
  {
    EditFixture f;
    auto before = snapshot(f.sandbox.repo());
    auto result = f.sandbox.run({"edit", f.id}, f.editor_running("noop", "exit 0\n"));
    INFO("stderr: ", result.err);
    CHECK(result.exit_code == 0);
    CHECK(result.out == "sops/pelayanan-ktp.yaml: no changes\n");
    CHECK(differences(before, snapshot(f.sandbox.repo())) == "");
    CHECK(snapshot(f.sandbox.tmp()).empty());
  }

  TEST_CASE("an edited draft can still be advanced")
  {
    EditFixture f;
    auto result = f.sandbox.run({"edit", f.id}, f.editor_writing("good", f.content_with("staf")));
    REQUIRE(result.exit_code == 0);
    auto before = read_bytes(f.sandbox.draft(f.id));
    auto advance =
      f.sandbox.run({"advance", f.id, "--role", "staf", "--by", "Eko", "--at", local_time(2)});
    INFO("stderr: ", advance.err);
    REQUIRE(advance.exit_code == 0);
    auto after = read_bytes(f.sandbox.draft(f.id));
    CHECK(after.compare(0, before.size(), before) == 0);
  }
}
