// Escaping (issue 4, sections 1 and 4): every text from an SOP file shows as
// written, in HTML, in Markdown tables and lists, and in Mermaid labels.
#include "render_fixtures.hpp"

#include <doctest/doctest.h>
#include <render/escape.hpp>
#include <render/sop_document.hpp>
#include <render/templates.hpp>
#include <store/templates.hpp>

using namespace sopctl;

namespace {

const std::string script = "<script>alert('x')</script>";

std::string html_of(const model::Sop& sop)
{
  return render::sop_html(
    sop, {}, "", store::load_template("/nonexistent", render::sop_html_template));
}

std::string markdown_of(const model::Sop& sop)
{
  return render::sop_markdown(
    sop, {}, store::load_template("/nonexistent", render::sop_markdown_template));
}

// The lines of `text` that start with `part`.
std::vector<std::string> lines_starting(const std::string& text, const std::string& part)
{
  std::vector<std::string> found;
  size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    auto line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (line.starts_with(part)) {
      found.push_back(line);
    }
    if (end == std::string::npos) {
      break;
    }
    start = end + 1;
  }
  return found;
}

// The number of `|` in a Markdown line that are not escaped.
int cell_bars(const std::string& line)
{
  int bars = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) {
      ++bars;
    }
  }
  return bars;
}

} // namespace

TEST_SUITE("render::escape")
{
  TEST_CASE("render: HTML escaping turns markup into text")
  {
    CHECK(render::html_escape(script) == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    CHECK(render::html_escape("A & B \"C\"") == "A &amp; B &quot;C&quot;");
    CHECK(render::html_escape("Kadis Dukcapil") == "Kadis Dukcapil");
  }

  TEST_CASE("render: Markdown escaping keeps cells whole and formatting out")
  {
    CHECK(render::markdown_escape("a | b") == "a \\| b");
    CHECK(render::markdown_escape("baris 1\nbaris 2\n") == "baris 1<br>baris 2");
    CHECK(render::markdown_escape(script) == "&lt;script&gt;alert('x')&lt;/script&gt;");
    CHECK(render::markdown_escape("*tebal* _miring_ `kode` [tautan](x) ~coret~") ==
          "\\*tebal\\* \\_miring\\_ \\`kode\\` \\[tautan\\](x) \\~coret\\~");
    CHECK(render::markdown_escape("C:\\data") == "C:\\\\data");
    CHECK(render::markdown_escape("A & B") == "A &amp; B");
    // At the start only: a heading, a list, a numbered list.
    CHECK(render::markdown_escape("# judul") == "\\# judul");
    CHECK(render::markdown_escape("- butir") == "\\- butir");
    CHECK(render::markdown_escape("12. butir") == "12\\. butir");
    CHECK(render::markdown_escape("Langkah 12. lalu SOP-01 #3") == "Langkah 12. lalu SOP-01 #3");
    CHECK(render::markdown_escape("Tk. I (0631)") == "Tk. I (0631)");
  }

  TEST_CASE("render: Mermaid escaping leaves nothing that ends or breaks a label")
  {
    CHECK(render::mermaid_escape("Cek \"data\" [A] {B} (C) #1 <b> & a|b `x`") ==
          "Cek #quot;data#quot; #91;A#93; #123;B#125; #40;C#41; #35;1 #lt;b#gt; #amp; a#124;b "
          "#96;x#96;");
    CHECK(render::mermaid_escape("dua\nbaris") == "dua baris");
  }

  TEST_CASE("render: a title holding a script renders as text in HTML")
  {
    auto sop = test::seed();
    sop.name = script;
    sop.steps[2].activity = "Rapat <b>penting</b> & \"segera\"";
    sop.performers[0].name = "Kadis <i>";
    sop.legal_basis.push_back("Perda </li><li>palsu");
    auto html = html_of(sop);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("Rapat &lt;b&gt;penting&lt;/b&gt; &amp; &quot;segera&quot;") !=
          std::string::npos);
    CHECK(html.find("<b>penting") == std::string::npos);
    CHECK(html.find("Kadis &lt;i&gt;") != std::string::npos);
    CHECK(html.find("Perda &lt;/li&gt;&lt;li&gt;palsu") != std::string::npos);
  }

  TEST_CASE(
    "render: a title holding a script renders as text in Markdown, tables and Mermaid intact")
  {
    auto sop = test::seed();
    sop.name = script;
    sop.steps[2].activity = "Rapat | pleno [A] \"penting\"\n# bukan judul";
    sop.steps[2].output = "*Notulen*";
    sop.performers[1].name = "Sekretaris \"end\"";
    auto md = markdown_of(sop);
    CHECK(md.find("<script") == std::string::npos);
    CHECK(md.find("# &lt;script&gt;alert('x')&lt;/script&gt;\n") == 0);
    auto rows = lines_starting(md, "| 3 |");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0] == "| 3 | Rapat \\| pleno \\[A\\] \"penting\"<br># bukan judul | Sekretaris "
                     "\"end\" | Konsep SOP "
                     "Pelayanan | 2 jam | \\*Notulen\\* |  | 4 |");
    CHECK(cell_bars(rows[0]) == 9);
    auto nodes = lines_starting(md, "    s3[");
    REQUIRE(nodes.size() == 1);
    CHECK(nodes[0] ==
          "    s3[\"3. Rapat #124; pleno #91;A#93; #quot;penting#quot; #35; bukan judul\"]");
    CHECK(lines_starting(md, "  subgraph p2").at(0) ==
          "  subgraph p2[\"Sekretaris #quot;end#quot;\"]");
  }
}
