#include <ops/monitor.hpp>

namespace sopctl::ops {

void monitor_sop(const store::Repository& repository,
                 const std::string& query,
                 const AssessmentRequest& request,
                 std::ostream& out)
{
  auto monitoring = request;
  monitoring.set.clear();
  record_assessment(repository, query, model::EventKind::monitored, monitoring, out);
}

} // namespace sopctl::ops
