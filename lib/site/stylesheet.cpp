#include <site/stylesheet.hpp>

namespace sopctl::site {

std::string site_css()
{
  return R"css(/* The office's SOP site (sopctl site). */
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: #1a1a1a; background: #fff;
  font-family: Arial, "Liberation Sans", "Helvetica Neue", sans-serif;
  font-size: 16px; line-height: 1.45; }
a { color: #0b4f8a; }
a:visited { color: #4a2d7a; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible,
textarea:focus-visible { outline: 3px solid #f0b400; outline-offset: 1px; }
header.site { background: #123d63; color: #fff; padding: 0.6rem 1.2rem;
  display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 1.5rem; }
header.site .office { margin: 0; font-weight: bold; font-size: 1.1rem; }
header.site a { color: #fff; text-decoration: none; }
nav.site ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; }
nav.site a { padding: 0.15rem 0; border-bottom: 2px solid transparent; }
nav.site a:hover, nav.site a[aria-current="page"] { border-bottom-color: #fff; }
form.search { margin-left: auto; display: flex; gap: 0.3rem; align-items: center; }
form.search label { position: absolute; left: -10000px; }
form.search input { width: 13rem; max-width: 50vw; }
input, select, textarea, button { font: inherit; padding: 0.25rem 0.4rem;
  border: 1px solid #8a8a8a; border-radius: 2px; }
button { background: #123d63; color: #fff; border-color: #123d63; cursor: pointer; }
header.site button { background: #fff; color: #123d63; }
main { max-width: 80rem; margin: 0 auto; padding: 1rem 1.2rem 2rem; }
h1 { font-size: 1.5rem; margin: 0.4rem 0 0.6rem; }
h2 { font-size: 1.2rem; margin: 1.6rem 0 0.5rem; border-bottom: 1px solid #c8c8c8; padding-bottom: 0.2rem; }
p.kind { margin: 0; color: #555; text-transform: uppercase; font-size: 0.85rem; letter-spacing: 0.04em; }
p.lead { color: #333; margin-top: 0; }
.empty { color: #555; font-style: italic; }
.table-wrap { overflow-x: auto; margin: 0.5rem 0 1rem; }
table { border-collapse: collapse; }
table.list { width: 100%; font-size: 0.95rem; }
table.list th, table.list td { border: 1px solid #b5b5b5; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
table.list thead th { background: #e9eef3; white-space: nowrap; }
table.list tbody tr:nth-child(even) { background: #f7f7f7; }
td.number { text-align: center; white-space: nowrap; }
td.when, span.when { white-space: nowrap; }
td.late { background: #fbe3e1; }
table.identity { width: 100%; max-width: 52rem; }
table.identity th, table.identity td { padding: 0.3rem 0.6rem; text-align: left; vertical-align: top;
  border-bottom: 1px solid #d5d5d5; }
table.identity th { width: 12rem; color: #333; background: #f3f5f7; }
ol.plain, ul.plain { margin: 0; padding-left: 1.3rem; }
tr.late, table.list tbody tr.late { background: #fbe3e1; }
tr.late td:first-child { box-shadow: inset 4px 0 0 #b3261e; }
.late-word { color: #9c1c14; font-weight: bold; }
p.viewer { margin: 1em 0 0.5em; }
.not-yours { display: block; color: #9c1c14; }
tr.voided td { color: #666; text-decoration: line-through; }
tr.voided td .voided-word { display: inline-block; text-decoration: none; font-style: italic; }
.state { font-weight: bold; }
.state.berlaku { color: #1d5e20; }
.state.digantikan, .state.dicabut { color: #7a4a00; }
tr.digantikan td, tr.dicabut td { color: #444; }
section.problems { border: 1px solid #c9a227; background: #fff8e1; padding: 0.2rem 1rem; margin-top: 1.5rem; }
ul.documents { padding-left: 1.3rem; }
form.act { border: 1px solid #b5b5b5; background: #f6f8fa; padding: 0.3rem 1rem 0.6rem; margin: 1rem 0; max-width: 48rem; }
form.act h2 { border: none; margin-top: 0.6rem; }
form.act label { display: block; font-weight: bold; margin-bottom: 0.2rem; }
form.act fieldset label { display: inline; font-weight: normal; }
form.act textarea { width: 100%; }
fieldset { border: 1px solid #c8c8c8; margin: 0.5rem 0; }
form.search-page { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
form.search-page label { width: 100%; font-weight: bold; }
form.search-page input { flex: 1 1 20rem; }
ul#results li { margin: 0.3rem 0; }
ul#results .kind { color: #555; font-size: 0.85rem; }
footer.site { border-top: 1px solid #c8c8c8; color: #555; font-size: 0.85rem; padding: 0.6rem 1.2rem; }
@media (max-width: 40rem) {
  header.site { padding: 0.5rem 0.8rem; }
  form.search { margin-left: 0; width: 100%; }
  form.search input { flex: 1; max-width: none; }
  main { padding: 0.8rem; }
}
@media print {
  header.site { background: none; color: #000; border-bottom: 2px solid #000; padding: 0 0 0.3rem; }
  header.site a { color: #000; }
  nav.site, form.search, form.act, form.search-page, noscript { display: none; }
  main { max-width: none; padding: 0; }
  a { color: #000; text-decoration: none; }
  .table-wrap { overflow: visible; }
  table.list { font-size: 9pt; }
  table.list tr { break-inside: avoid; }
  tr.late, table.list tbody tr.late, td.late { background: none; }
  body { font-size: 11pt; }
}
)css";
}

} // namespace sopctl::site
