#pragma once

// A PDF written as Chromium's Skia writes one (classic cross-reference
// table, plain object dictionaries, a /Pages tree, the catalogue's /Dests),
// for the tests of render::read_pdf_pages and ops::print_book.

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace sopctl::test {

// A PDF of `pages` pages whose named destination `name` is on page
// `destinations[name]` (1-based). The pages hang from intermediate /Pages
// nodes of at most `fan_out` kids, as Skia builds its tree; with `inline_dests`
// the /Dests dictionary is written inside the catalogue.
inline std::string skia_like_pdf(int pages,
                                 const std::map<std::string, int>& destinations,
                                 int fan_out = 8,
                                 bool inline_dests = false)
{
  std::vector<std::string> objects; // object i + 1
  auto add = [&](std::string body) {
    objects.push_back(std::move(body));
    return static_cast<int>(objects.size());
  };
  auto ref = [](int number) { return std::to_string(number) + " 0 R"; };
  // Leaves first, their /Parent filled in below (not read).
  std::vector<int> level;
  for (int p = 0; p < pages; ++p) {
    level.push_back(add("<</Type /Page\n/MediaBox [0 0 841.91998 594.95996]\n/Contents (a (nested) "
                        "string with >> and << in it)>>"));
  }
  std::vector<int> leaves = level;
  // At least one /Pages node, even over a single page.
  do {
    std::vector<int> parents;
    for (size_t first = 0; first < level.size(); first += fan_out) {
      std::string kids;
      for (size_t i = first; i < std::min(level.size(), first + fan_out); ++i) {
        kids += (kids.empty() ? "" : " ") + ref(level[i]);
      }
      parents.push_back(add("<</Type /Pages\n/Count 0\n/Kids [" + kids + "]>>"));
    }
    level = parents;
  } while (level.size() > 1);
  int root = level.front();
  std::string dests = "<<";
  for (const auto& [name, page] : destinations) {
    dests += "/" + name + " [" + ref(leaves[page - 1]) + " /XYZ 6 582.95996 0]\n";
  }
  dests += ">>";
  std::string catalogue = "<</Type /Catalog\n/Pages " + ref(root) + "\n/Dests ";
  catalogue += inline_dests ? dests : ref(add(dests));
  catalogue += ">>";
  int catalogue_number = add(catalogue);
  std::string pdf = "%PDF-1.4\n%\xd3\xeb\xe9\xe1\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t table = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (auto offset : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<</Size " + std::to_string(objects.size() + 1) + "\n/Root " +
         ref(catalogue_number) + ">>\nstartxref\n" + std::to_string(table) + "\n%%EOF";
  return pdf;
}

} // namespace sopctl::test
