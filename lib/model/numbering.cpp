#include <model/numbering.hpp>

namespace sopctl::model {

std::vector<NumberingRule> default_numbering()
{
  return {{"undangan-rapat", "005/{seq:03}/Disdukcapil/{year}", 2},
          {"sop", "{seq:03}/SOP-Disdukcapil/{year}", 8},
          {"surat-pengantar", "470/{seq:03}/Disdukcapil/{year}", 9}};
}

} // namespace sopctl::model
