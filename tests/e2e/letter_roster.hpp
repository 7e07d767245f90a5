#pragma once

// The roster the letters' end-to-end tests sign with (sopctl.yaml's
// `people:`): the Plt. Kepala Dinas of the seed, who signs the cover
// letter, and a Sekretaris, who signs the invitation a.n. the Kepala Dinas.

#include "file_helpers.hpp"
#include "sopctl_runner.hpp"

#include <doctest/doctest.h>
#include <string>

namespace e2e {

inline const std::string full_roster =
  "people:\n"
  "  - name: AMARULLAH GULTOM, SE, M.M\n"
  "    nip: \"19670312 199103 1 007\"\n"
  "    rank: Pembina Tk. I\n"
  "    position: Plt. Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Sibolga\n"
  "    roles: [kadis]\n"
  "  - name: Hotma Sitompul, S.Sos\n"
  "    nip: \"19750101 200003 1 002\"\n"
  "    rank: Pembina\n"
  "    position: Sekretaris\n"
  "    roles: [sekretaris]\n";

// Replaces the empty roster `sopctl init` wrote with `people` (after the
// drafting run: with a roster, only its people may advance).
inline void write_roster(const Sandbox& sandbox, const std::string& people = full_roster)
{
  auto config = sandbox.repo() / "sopctl.yaml";
  write_bytes(config, replace_once(read_bytes(config), "people: []\n", people));
}

} // namespace e2e
