#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <model/person.hpp>
#include <model/text.hpp>
#include <serve/who_acts.hpp>

namespace sopctl::serve {

void check_can_act(const ServeOptions& options, const store::Repository& repository)
{
  if (options.allow != Allow::act) {
    return;
  }
  if (options.user_header.empty()) {
    ops::acting("", repository);
    return;
  }
  if (repository.config.people.empty()) {
    throw model::UsageError(
      trf("--user-header {}: the header names a person of sopctl.yaml's roster, and it has "
          "none: add the people who may act under people:, or serve with --allow view",
          options.user_header));
  }
}

Answer unauthenticated(const ServeOptions& options)
{
  Answer refusal;
  refusal.status = 401;
  refusal.title = "Belum masuk";
  refusal.message = fmt::format("Permintaan ini tidak membawa header {} yang menyebut siapa "
                                "Anda: masuklah melalui alamat situs yang disediakan kantor.",
                                options.user_header);
  return refusal;
}

std::variant<ops::Actor, Answer> who_acts(const ServeOptions& options,
                                          const store::Repository& repository,
                                          const std::optional<std::string>& header)
{
  if (options.user_header.empty()) {
    try {
      return ops::acting("", repository);
    } catch (const model::Error& error) {
      Answer refusal;
      refusal.status = 403;
      refusal.title = "Tidak diketahui siapa yang bertindak";
      refusal.message = error.what();
      return refusal;
    }
  }
  // The page's words are Indonesian, as the site's are (lib/site).
  auto name = header ? model::trim(*header) : std::string();
  if (name.empty()) {
    return unauthenticated(options);
  }
  const auto& people = repository.config.people;
  if (people.empty()) {
    Answer refusal;
    refusal.status = 403;
    refusal.title = "Tidak diizinkan";
    refusal.message = "sopctl.yaml tidak memuat daftar pegawai (people), jadi tidak ada yang "
                      "dapat bertindak melalui situs ini.";
    return refusal;
  }
  if (!model::find_person(people, name)) {
    Answer refusal;
    refusal.status = 403;
    refusal.title = "Tidak diizinkan";
    refusal.message = fmt::format("\"{}\" tidak ada dalam daftar pegawai sopctl.yaml (dicocokkan "
                                  "dengan nama, NIP atau email), jadi tidak dapat bertindak.",
                                  name);
    return refusal;
  }
  return ops::Actor{"", name};
}

} // namespace sopctl::serve
