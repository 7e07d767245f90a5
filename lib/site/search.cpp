#include <site/html.hpp>
#include <site/layout.hpp>
#include <site/search.hpp>
#include <site/words.hpp>

namespace sopctl::site {

namespace {

void append_u(std::string& out, unsigned code)
{
  static constexpr char hex[] = "0123456789abcdef";
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) {
    out += hex[(code >> shift) & 0xf];
  }
}

std::string entry(std::string_view title,
                  std::string_view url,
                  std::string_view kind,
                  std::string_view text)
{
  return "{\"title\":" + script_json_string(title) + ",\"url\":" + script_json_string(url) +
         ",\"kind\":" + script_json_string(kind) + ",\"text\":" + script_json_string(text) + "}";
}

std::string sop_text(const SopRow& sop)
{
  std::string text = sop.name + "\n" + sop.number + "\n" + sop.unit;
  for (const auto& performer : sop.performers) {
    text += "\n" + performer;
  }
  for (const auto& basis : sop.legal_bases) {
    text += "\n" + basis;
  }
  return text;
}

} // namespace

std::string script_json_string(std::string_view text)
{
  std::string out = "\"";
  for (size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c == '"') {
      out += "\\\"";
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f || c == '<' || c == '>' || c == '&') {
      append_u(out, c);
    } else if (c == 0xe2 && i + 2 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(text[i + 2]) == 0xa8 ||
                static_cast<unsigned char>(text[i + 2]) == 0xa9)) {
      // U+2028 and U+2029 end a line in older JavaScript.
      append_u(out, static_cast<unsigned char>(text[i + 2]) == 0xa8 ? 0x2028 : 0x2029);
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string search_index_js(const Context& context)
{
  std::string out = "// The site's search index (sopctl site): read by assets/site.js.\n"
                    "window.SOPCTL_INDEX = [\n";
  bool first = true;
  auto add = [&](const std::string& item) {
    out += (first ? "" : ",\n") + item;
    first = false;
  };
  for (const auto& sop : context.input.sops) {
    if (!context.has_sop_page(sop.id)) {
      continue;
    }
    std::string kind = sop.state == "berlaku" ? "SOP" : "SOP " + state_word(sop.state);
    std::string title = sop.number.empty() ? sop.name : sop.name + " (" + sop.number + ")";
    add(entry(title, "sop/" + url_part(sop.id) + ".html", kind, sop_text(sop)));
  }
  if (!context.options.public_only) {
    for (const auto& draft : context.input.drafts) {
      add(entry(draft.title, "konsep/" + url_part(draft.id) + ".html", "Konsep", draft.title));
    }
  }
  return out + "\n];\n";
}

std::string search_script_js()
{
  return R"js(// The site's search (sopctl site): filters window.SOPCTL_INDEX as the
// reader types; every word must occur, case does not matter. Nothing is
// fetched, so it works from file:// too.
(function () {
  var box = document.getElementById('search');
  var list = document.getElementById('results');
  var count = document.getElementById('count');
  if (!box || !list) return;
  var index = (window.SOPCTL_INDEX || []).map(function (e) {
    return { e: e, text: (e.title + '\n' + e.text).toLowerCase() };
  });
  function show() {
    var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
    list.textContent = '';
    if (!words.length) { count.textContent = ''; return; }
    var hits = index.filter(function (item) {
      return words.every(function (w) { return item.text.indexOf(w) >= 0; });
    });
    hits.forEach(function (item) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = item.e.url;
      a.textContent = item.e.title;
      li.appendChild(a);
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = ' ' + item.e.kind;
      li.appendChild(kind);
      list.appendChild(li);
    });
    count.textContent = hits.length ? hits.length + ' hasil' : 'Tidak ada yang cocok.';
  }
  var q = new URLSearchParams(window.location.search).get('q');
  if (q) box.value = q;
  box.addEventListener('input', show);
  show();
})();
)js";
}

std::string search_page(const Context& context)
{
  std::string what = context.options.public_only
                       ? "nama, nomor, pelaksana dan dasar hukum SOP yang berlaku"
                       : "nama, nomor, pelaksana dan dasar hukum SOP, dan judul konsep";
  std::string body = "<h1>Cari</h1>\n<p class=\"lead\">Cari di " + what +
                     ". Semua kata harus ada; huruf besar dan kecil sama.</p>\n"
                     "<form class=\"search-page\" role=\"search\" method=\"get\" "
                     "action=\"cari.html\">\n"
                     "<label for=\"search\">Kata pencarian</label>\n"
                     "<input type=\"search\" id=\"search\" name=\"q\" autocomplete=\"off\" "
                     "autofocus>\n<button type=\"submit\">Cari</button>\n</form>\n"
                     "<noscript><p>Pencarian memerlukan JavaScript. Lihat " +
                     link("index.html", "Daftar SOP") +
                     ".</p></noscript>\n"
                     "<p id=\"count\" aria-live=\"polite\"></p>\n<ul id=\"results\"></ul>\n";
  return framed_page(context.input, context.options, {"Cari", "", Section::search, true}, body);
}

} // namespace sopctl::site
