#include <model/evaluation_criteria.hpp>

namespace sopctl::model {

std::string criterion_field(size_t key)
{
  return "kriteria." + std::to_string(key);
}

} // namespace sopctl::model
