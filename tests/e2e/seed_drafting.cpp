#include "seed_drafting.hpp"

#include "file_helpers.hpp"

#include <cstdio>
#include <doctest/doctest.h>

namespace e2e {

const std::array<SeedStep, 10> seed_steps = {{
  {1,
   "sekretaris",
   "Memerintahkan penyusunan SOP Pelayanan berdasarkan disposisi surat dari "
   "Kadis Dukcapil."},
  {2, "staf", "Mempersiapkan rapat pembahasan SOP Pelayanan."},
  {3, "sekretaris", "Melaksanakan Rapat pembahasan SOP Pelayanan."},
  {4,
   "kasi",
   "Menghimpun data dan informasi SOP Pelayanan dari masing-masing bidang dan "
   "sekretariat berdasarkan hasil rapat ."},
  {5,
   "kasi",
   "Menganalisis data dan informasi bahan SOP Pelayanan yang telah dihimpun. "
   "Kemudian membuat konsep SOP Pelayanan dengan berkoordinasi lintas bidang."},
  {6,
   "kabid",
   "Mengoreksi konsep SOP Pelayanan. Jika sudah sesuai maka konsep SOP "
   "Pelayanan disampaikan kepada Kadis melalui sekretaris untuk memintakan "
   "persetujuan."},
  {7, "sekretaris", "Memberikan persetujuan untuk konsep SOP Pelayanan."},
  {8, "kadis", "Memberikan persetujuan dan membubuhkan tanda tangan untuk SOP Pelayanan ."},
  {9, "staf", "Pembuatan surat pengantar SOP Pelayanan sekaligus penomoran surat."},
  {10,
   "staf",
   "Penggandaan SOP Pelayanan, kemudian mengirimkannya kepada Bappeda Kota "
   "Sibolga dan mendistribusikannya ke setiap bidang dan sekretariat dinas."},
}};

const SeedStep& seed_step(int number)
{
  return seed_steps.at(static_cast<size_t>(number - 1));
}

fs::path seed_source_path()
{
  return fs::path(SOPCTL_SOURCE_DIR) / "sops" / "penyusunan-sop-pelayanan.yaml";
}

namespace {

// 8 office hours a day from 09:00, so any `hours` below 48 stays in
// November 2026.
std::string format_time(int hours, const char* pattern)
{
  char text[40];
  std::snprintf(text, sizeof text, pattern, 24 + hours / 8, 9 + hours % 8);
  return text;
}

} // namespace

std::string local_time(int hours)
{
  return format_time(hours, "2026-11-%02dT%02d:00");
}

std::string stored_time(int hours)
{
  return format_time(hours, "2026-11-%02dT%02d:00:00+07:00");
}

std::string start_draft(const Sandbox& sandbox, const std::string& title)
{
  auto result = sandbox.run({"start", title, "--by", "Sekretaris Budi", "--at", local_time(0)});
  INFO("sopctl start: ", result.err);
  REQUIRE(result.exit_code == 0);
  REQUIRE(!result.out.empty());
  return result.out.substr(0, result.out.find('\n'));
}

void advance_until(const Sandbox& sandbox, const std::string& id, int step)
{
  for (int done = 1; done < step; ++done) {
    std::vector<std::string> args = {"advance",
                                     id,
                                     "--role",
                                     seed_step(done).role,
                                     "--by",
                                     "Petugas " + std::to_string(done),
                                     "--at",
                                     local_time(done)};
    if (done == 6) {
      args.push_back("--yes"); // step 6 is the Kabid's decision
    }
    auto result = sandbox.run(args);
    INFO("advancing step ", done, ": ", result.err);
    REQUIRE(result.exit_code == 0);
  }
}

std::string expect_refused(const Sandbox& sandbox,
                           const std::vector<std::string>& args,
                           const Env& env)
{
  auto before = snapshot(sandbox.repo());
  auto result = sandbox.run(args, env);
  INFO("stderr: ", result.err);
  CHECK(result.exit_code == 1);
  CHECK(result.out == "");
  CHECK(result.err != "");
  CHECK(differences(before, snapshot(sandbox.repo())) == "");
  return result.err;
}

std::string expect_usage_error(const Sandbox& sandbox, const std::vector<std::string>& args)
{
  auto before = snapshot(sandbox.repo());
  auto result = sandbox.run(args);
  INFO("stderr: ", result.err);
  CHECK(result.exit_code == 2);
  CHECK(result.out == "");
  CHECK(result.err != "");
  CHECK(differences(before, snapshot(sandbox.repo())) == "");
  return result.err;
}

} // namespace e2e
