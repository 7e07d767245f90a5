#pragma once

#include <string>
#include <string_view>

namespace e2e {

// Small drafts written by hand, so tests that corrupt them know every line
// and column without depending on the skeleton in templates/.

// The SOP content of the hand-written draft: lines 1-3.
inline constexpr std::string_view hand_written_content = "name: Pelayanan KTP\n"
                                                         "performers: []\n"
                                                         "steps: []\n";

// Its drafting record, governed by the seed: started, then step 1 done, so
// step 2 (staf) is active. 11 lines ending with a newline.
inline constexpr std::string_view hand_written_record = "drafting:\n"
                                                        "  procedure: 07/SOP-Disdukcapil/SES/2020\n"
                                                        "  events:\n"
                                                        "    - event: started\n"
                                                        "      by: Budi\n"
                                                        "      at: \"2026-11-24T09:00:00+07:00\"\n"
                                                        "    - event: completed\n"
                                                        "      step: 1\n"
                                                        "      role: sekretaris\n"
                                                        "      by: Budi\n"
                                                        "      at: \"2026-11-24T10:00:00+07:00\"\n";

// A whole valid draft: `content` (default: hand_written_content, 3 lines)
// followed by hand_written_record (lines 4-14 with the default content).
inline std::string hand_written_draft(std::string_view content = hand_written_content)
{
  return std::string(content) + std::string(hand_written_record);
}

// An event recording step 3 while step 2 is active: appended to the default
// hand-written draft its `- event` sits at line 15, its mapping at column 7.
inline constexpr std::string_view event_for_step_3 = "    - event: completed\n"
                                                     "      step: 3\n"
                                                     "      role: sekretaris\n"
                                                     "      by: Budi\n"
                                                     "      at: \"2026-11-24T11:00:00+07:00\"\n";

} // namespace e2e
