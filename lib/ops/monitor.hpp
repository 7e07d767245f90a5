#pragma once

#include <ops/assessment.hpp>
#include <ostream>
#include <store/repository.hpp>
#include <string>

namespace sopctl::ops {

// `sopctl monitor`: records a `monitored` event on SOP `query`, in force
// (Tabel 7 of PermenPAN-RB 35/2012: Penilaian baik/tidak, Catatan Hasil
// Penilaian, Tindakan yang Harus Diambil, the Penilai). A result `tidak`
// without an action is refused before anything is read.
void monitor_sop(const store::Repository& repository,
                 const std::string& query,
                 const AssessmentRequest& request,
                 std::ostream& out);

} // namespace sopctl::ops
