// A procedure brings its own letters, numbers and signing step (issue 9,
// section 5), measured with a real SOP of another office as the procedure
// (tests/fixtures/real/poso-akta-kelahiran.yaml, Disdukcapil Kabupaten Poso,
// which declares none) and one with performers outside the office
// (kesbangpol-kominda-laporan-harian.yaml: the Anggota KOMINDA report).
#include "ops_fixtures.hpp"

#include <ops/check.hpp>
#include <ops/drafts.hpp>
#include <ops/log.hpp>
#include <ops/render.hpp>
#include <store/procedure.hpp>

using namespace sopctl;
using namespace sopctl::ops_test;

namespace {

// A repository drafting by the real SOP `name` of tests/fixtures/real/.
struct RealProcedure
{
  TempRepo repo;

  explicit RealProcedure(const std::string& name)
  {
    auto file = fs::path(SOPCTL_SOURCE_DIR) / "tests" / "fixtures" / "real" / name;
    write_bytes(repo.root / "procedure.yaml", read_bytes(file));
    set_config("procedure: \"\"\n", "procedure: procedure.yaml\n");
  }

  void set_config(const std::string& from, const std::string& to)
  {
    auto config = repo.root / "sopctl.yaml";
    write_bytes(config, replace_once(read_bytes(config), from, to));
    repo.reopen();
  }

  std::string render(const std::string& id, const std::string& letter = "")
  {
    ops::RenderRequest request;
    request.sop = id;
    request.letter = letter;
    std::ostringstream out;
    ops::render_sop(repo.repository, request, out);
    return out.str();
  }

  std::string advance(const std::string& id,
                      const std::string& role,
                      int at,
                      std::optional<model::Exit> exit = {})
  {
    return repo.advance(id, role, "Petugas", at, exit);
  }
};

} // namespace

TEST_SUITE("ops::procedure_rules")
{
  TEST_CASE("a procedure that declares no numbering hands out no number")
  {
    RealProcedure poso("poso-akta-kelahiran.yaml");
    auto id = poso.repo.start("Akta Kelahiran");
    poso.advance(id, "jfu", 1);
    poso.advance(id, "kasi", 2, model::Exit::ya);
    CHECK_FALSE(fs::exists(poso.repo.root / "numbers.yaml"));
    CHECK(poso.repo.text(id).find("number.") == std::string::npos);
  }

  TEST_CASE("a procedure that declares no letters has none to render")
  {
    RealProcedure poso("poso-akta-kelahiran.yaml");
    auto id = poso.repo.start("Akta Kelahiran");
    CHECK(refusal([&] { poso.render(id, "surat-pengantar"); }) ==
          "--output \"surat-pengantar\": the procedure procedure.yaml declares no letters; "
          "declare them under \"letters:\" in its file (see README, \"A procedure's letters, "
          "numbers and signing\")");
  }

  TEST_CASE("without a signing step a draft is KONSEP until it is finished")
  {
    RealProcedure poso("poso-akta-kelahiran.yaml");
    auto id = poso.repo.start("Akta Kelahiran");
    CHECK(poso.render(id).find("KONSEP") != std::string::npos);
    poso.advance(id, "jfu", 1);
    poso.advance(id, "kasi", 2, model::Exit::tidak); // papers returned: the end
    CHECK(poso.render(id).find("KONSEP") == std::string::npos);
  }

  TEST_CASE("check refuses a signing step or numbering the procedure does not have")
  {
    RealProcedure poso("poso-akta-kelahiran.yaml");
    poso.set_config("git:\n",
                    "signing:\n  step: 12\nnumbering:\n  - name: sop\n    pattern: "
                    "\"{seq:03}/SOP/{year}\"\n    step: 40\ngit:\n");
    std::ostringstream out, err;
    CHECK(ops::check_files(poso.repo.repository, {}, out, err) == 1);
    CHECK(out.str().find("sopctl.yaml: signing: step names step 12, which the procedure does not "
                         "have (steps run 1 to 9); give one of its steps") != std::string::npos);
    CHECK(out.str().find("sopctl.yaml: numbering \"sop\" names step 40") != std::string::npos);
  }

  TEST_CASE("a performer outside the office is recorded by a roster person on its behalf")
  {
    RealProcedure kominda("kesbangpol-kominda-laporan-harian.yaml");
    auto id = kominda.repo.start("Laporan Harian");
    kominda.repo.set_people("people:\n  - name: Rina Siregar\n    roles: [staf]\n");
    const auto procedure = store::load_procedure(kominda.repo.repository);
    const auto& first = procedure.sop.steps.front();
    REQUIRE(procedure.sop.find_performer(first.performers.front())->external);
    workflow::AdvanceRequest request;
    request.role = first.performers.front();
    request.identity = "Rina Siregar"; // holds no role of the step: external
    request.at = hour(1);
    std::ostringstream out;
    ops::advance_draft(kominda.repo.repository, id, request, clock_at(1), out);
    CHECK(out.str().find("by Rina Siregar (recorded for " + first.performers.front() + ")") !=
          std::string::npos);
    std::ostringstream log;
    ops::show_log(kominda.repo.repository, id, ops::Format::table, log);
    CHECK(log.str().find("recorded by Rina Siregar for " + first.performers.front()) !=
          std::string::npos);
  }
}
