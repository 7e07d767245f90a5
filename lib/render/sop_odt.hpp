#pragma once

#include <model/sop.hpp>
#include <render/approval.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::render {

// The template an SOP is written through for Word and LibreOffice.
inline constexpr std::string_view sop_fodt_template = "sop.fodt.mustache";

// Device pixels per CSS pixel of the flowchart's pictures: 3 is 288 dots
// per inch, print resolution (CSS has 96 pixels to the inch).
inline constexpr double picture_scale = 3;

// One page of the flowchart, alone on a web page, for a browser to take its
// picture: `html` shows the SVG the SOP's HTML shows on that page at the top
// left, on white, `width` x `height` CSS pixels.
struct ChartPicturePage
{
  std::string html;
  int width = 0;
  int height = 0;
};

// Each page of `sop`'s flowchart as a ChartPicturePage. The SVG is the one
// sop_html draws, styled by the style sheets of `sop_html` (the SOP's page
// as the repository's sop.html.mustache made it), so the picture looks as
// the flowchart does in the HTML and PDF. None when the SOP has no steps.
std::vector<ChartPicturePage> chart_picture_pages(const model::Sop& sop, std::string_view sop_html);

// `sop` as one OpenDocument Flat XML text document (.fodt), for LibreOffice
// to write as docx or odt: the identity table (with the logo, raw image
// bytes, or none), the three pairs of boxes, and the procedure table page by
// page on the same sheet, columns and row heights as the HTML, each page's
// flowchart a picture (`pictures`, PNG bytes, one per page of
// chart_picture_pages) in one cell spanning the performer columns and all
// the page's rows. `template_text` is sop.fodt.mustache; every value is
// escaped with odf_escape.
std::string sop_fodt(const model::Sop& sop,
                     const Approval& approval,
                     std::string_view logo,
                     const std::vector<std::string>& pictures,
                     std::string_view template_text);

} // namespace sopctl::render
