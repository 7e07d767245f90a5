// Layouts the fast draft scan must decline, or read exactly as the full
// loader does: hand edits of drafts (issue 3, section 6).
#include "../e2e/draft_fixture.hpp"
#include "fixtures.hpp"
#include "scan_agreement.hpp"

#include <doctest/doctest.h>
#include <yaml/draft_scan.hpp>

using sopctl::test::check_agrees;
using sopctl::yaml::scan_draft;

namespace {

const std::string record = std::string(e2e::hand_written_record);
const std::string content = std::string(e2e::hand_written_content);

} // namespace

TEST_SUITE("store::draft_scan")
{
  TEST_CASE("an SOP without a drafting record is not a draft")
  {
    CHECK_FALSE(scan_draft(sopctl::test::seed_text()));
    CHECK_FALSE(scan_draft(content));
  }

  TEST_CASE("a flow list spanning lines is left to the full loader")
  {
    CHECK_FALSE(scan_draft("name: Pelayanan KTP\nlegal_basis: [UU 23/2006,\n  drafting: x]\n"
                           "performers: []\nsteps: []\n" +
                           record));
    // The started event as a flow mapping over two lines.
    auto flow_event = std::string("drafting:\n  procedure: 07/SOP-Disdukcapil/SES/2020\n"
                                  "  events:\n    - {event: started, by: Budi,\n"
                                  "       at: \"2026-11-24T09:00:00+07:00\"}\n") +
                      record.substr(record.find("    - event: completed"));
    CHECK_NOTHROW(sopctl::yaml::load_sop(content + flow_event, "input"));
    CHECK_FALSE(scan_draft(content + flow_event));
  }

  TEST_CASE("single-quoted values are left to the full loader")
  {
    CHECK_FALSE(scan_draft("name: 'Pelayanan KTP'\nperformers: []\nsteps: []\n" + record));
    auto text = e2e::hand_written_draft();
    text.replace(text.find("by: Budi"), 8, "by: 'Budi'");
    CHECK_FALSE(scan_draft(text));
  }

  TEST_CASE("a duplicate name is left to the full loader")
  {
    CHECK_FALSE(
      scan_draft("name: Pelayanan KTP\nname: Pelayanan KK\nperformers: []\nsteps: []\n" + record));
  }

  TEST_CASE("anchors and aliases are left to the full loader")
  {
    CHECK_FALSE(scan_draft("name: &judul Pelayanan KTP\nperformers: []\nsteps: []\n" + record));
    auto text = "x: &who Budi\n" + e2e::hand_written_draft();
    text.replace(text.rfind("by: Budi"), 8, "by: *who");
    CHECK_FALSE(scan_draft(text));
  }

  TEST_CASE("a key after the drafting record is left to the full loader")
  {
    CHECK_FALSE(scan_draft(e2e::hand_written_draft() + "warning: Hati-hati\n"));
    CHECK_FALSE(scan_draft(e2e::hand_written_draft() + "name: Lain\n"));
  }

  TEST_CASE("a multi-line note is left to the full loader")
  {
    CHECK_FALSE(scan_draft(e2e::hand_written_draft() + "      note: |\n        a\n        b\n"));
  }

  TEST_CASE("a literal block before the record may hold lines that look like keys")
  {
    auto text = std::string("name: Pelayanan KTP\nwarning: |\n  drafting:\n  name: bukan\n") +
                "performers: []\nsteps: []\n" + record;
    CHECK(check_agrees(text));
  }

  TEST_CASE("extra spaces after a colon are not part of the value")
  {
    auto text = e2e::hand_written_draft();
    text.replace(text.find("name: "), 6, "name:   ");
    text.replace(text.find("by: Budi"), 8, "by:  Budi");
    text.replace(text.find("procedure: "), 11, "procedure:  ");
    check_agrees(text);
  }

  TEST_CASE("a plain title continued on an indented dash line is read whole or not at all")
  {
    check_agrees("name: Pelayanan\n  - KTP\nperformers: []\nsteps: []\n" + record);
  }

  TEST_CASE("an event the loader refuses is never scanned")
  {
    auto text = e2e::hand_written_draft();
    auto empty_by = text;
    empty_by.replace(empty_by.find("by: Budi"), 8, "by:");
    check_agrees(empty_by);
    auto null_role = text;
    null_role.replace(null_role.find("role: sekretaris"), 16, "role: ~");
    check_agrees(null_role);
    auto no_offset = text;
    no_offset.replace(no_offset.find("+07:00"), 6, "");
    check_agrees(no_offset);
    auto started_with_step = text;
    started_with_step.insert(started_with_step.find("      by: Budi"), "      step: 1\n");
    check_agrees(started_with_step);
  }
}
