#include <config/config.hpp>
#include <doctest/doctest.h>

using sopctl::config::parse_timezone;
using sopctl::config::read_config;

namespace {

// Every problem read_config finds in `text`, one per line.
std::string config_errors(std::string_view text)
{
  sopctl::model::Diagnostics diagnostics("sopctl.yaml");
  auto config = read_config(text, diagnostics);
  if (config.has_value() != diagnostics.empty()) {
    return "read_config returned a value together with problems";
  }
  return sopctl::model::format_all(diagnostics.list());
}

} // namespace

TEST_SUITE("store::config")
{
  TEST_CASE("Indonesia's zones and UTC offsets are timezones")
  {
    CHECK(parse_timezone("WIB") == 420);
    CHECK(parse_timezone("WITA") == 480);
    CHECK(parse_timezone("WIT") == 540);
    CHECK(parse_timezone("+07:00") == 420);
    CHECK(parse_timezone("-0330") == -210);
    CHECK(parse_timezone("Asia/Jakarta") == 420);
    CHECK(parse_timezone("Asia/Pontianak") == 420);
    CHECK(parse_timezone("Asia/Makassar") == 480);
    CHECK(parse_timezone("Asia/Jayapura") == 540);
    CHECK_FALSE(parse_timezone("Asia/Singapore"));
    CHECK_FALSE(parse_timezone("asia/jakarta"));
    CHECK_FALSE(parse_timezone("wib"));
  }

  TEST_CASE("the default config is the seed's office in WIB")
  {
    auto config = sopctl::config::default_config();
    CHECK(config.office.government == "PEMERINTAH KOTA SIBOLGA");
    CHECK(config.approver.nip == "19670312 199103 1 007");
    CHECK(config.timezone == "+07:00");
    CHECK(config.utc_offset_minutes == 420);
    CHECK(config.procedure == "");
  }

  TEST_CASE("a config is read with its office, timezone and procedure")
  {
    sopctl::model::Diagnostics diagnostics("sopctl.yaml");
    auto config = read_config("office:\n  name: DINAS X\n  city: MEDAN\n"
                              "timezone: WITA\nprocedure: sops/p.yaml\n",
                              diagnostics);
    REQUIRE(config);
    CHECK(config->office.name == "DINAS X");
    CHECK(config->office.city == "MEDAN");
    CHECK(config->timezone == "WITA");
    CHECK(config->utc_offset_minutes == 480);
    CHECK(config->procedure == "sops/p.yaml");
  }

  TEST_CASE("an unknown timezone is refused at its key, listing the accepted ones")
  {
    CHECK(config_errors("office:\n  city: X\ntimezone: Asia/Singapore\n") ==
          "sopctl.yaml:3:1: timezone \"Asia/Singapore\" is not a zone sopctl knows; write one "
          "of WIB (+07:00), WITA (+08:00), WIT (+09:00), Asia/Jakarta (+07:00), Asia/Pontianak "
          "(+07:00), Asia/Makassar (+08:00), Asia/Jayapura (+09:00) or a UTC offset like +08:00");
  }

  TEST_CASE("every spelling of Indonesia's zones is read as its offset")
  {
    for (auto [text, offset] : std::vector<std::pair<std::string, int>>{{"WIB", 420},
                                                                        {"WITA", 480},
                                                                        {"WIT", 540},
                                                                        {"Asia/Jakarta", 420},
                                                                        {"Asia/Pontianak", 420},
                                                                        {"Asia/Makassar", 480},
                                                                        {"Asia/Jayapura", 540},
                                                                        {"+08:00", 480},
                                                                        {"+0900", 540}}) {
      CAPTURE(text);
      sopctl::model::Diagnostics diagnostics("sopctl.yaml");
      auto config = read_config("timezone: " + text + "\n", diagnostics);
      REQUIRE(diagnostics.empty());
      CHECK(config->utc_offset_minutes == offset);
      CHECK(config->calendar.utc_offset_minutes == offset);
    }
  }

  TEST_CASE("the office's language is id or en, else refused at its key")
  {
    sopctl::model::Diagnostics diagnostics("sopctl.yaml");
    CHECK(read_config("timezone: WIB\n", diagnostics)->language == "");
    CHECK(read_config("language: id\n", diagnostics)->language == "id");
    CHECK(read_config("language: en\n", diagnostics)->language == "en");
    CHECK(diagnostics.empty());
    CHECK(config_errors("timezone: WIB\nlanguage: fr\n") ==
          "sopctl.yaml:2:1: language \"fr\" must be id (Bahasa Indonesia) or en (English)");
    CHECK(config_errors("language: Indonesian\n") ==
          "sopctl.yaml:1:1: language \"Indonesian\" must be id (Bahasa Indonesia) or en "
          "(English)");
  }

  TEST_CASE("an unknown key in the config is refused")
  {
    CHECK(config_errors("timezone: WIB\nzone: WIB\n") ==
          "sopctl.yaml:2:1: unknown key \"zone\" in sopctl.yaml; the keys "
          "are: office, approver, timezone, procedure, working_hours, holidays, "
          "half_days, at_risk_share, people, logo, signing, git, numbering, language, "
                "monitoring");
    CHECK(config_errors("office:\n  kota: X\n") ==
          "sopctl.yaml:2:3: unknown key \"kota\" in office; the keys are: "
          "government, name, address, phone, fax, city");
  }

  TEST_CASE("an empty config is refused like any empty YAML file")
  {
    CHECK(config_errors("# nothing\n")
            .starts_with("sopctl.yaml: the file is "
                         "empty"));
  }

  TEST_CASE("a person's signing_key and admin mark are read, a malformed key is refused")
  {
    sopctl::model::Diagnostics diagnostics("sopctl.yaml");
    auto config = read_config("people:\n"
                              "  - name: Rina\n"
                              "    admin: true\n"
                              "    signing_key: ssh-ed25519 AAAAC3Nz rina\n"
                              "  - name: Joko\n"
                              "    signing_key: \"0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 "
                              "4567\"\n",
                              diagnostics);
    REQUIRE(config);
    CHECK(config->people[0].admin);
    CHECK(config->people[0].signing_key == "ssh-ed25519 AAAAC3Nz rina");
    CHECK_FALSE(config->people[1].admin);
    CHECK(config_errors("people:\n  - name: Rina\n    signing_key: kunci\n") ==
          "sopctl.yaml:3:5: signing_key of Rina is neither a GPG fingerprint (40 hex digits) nor "
          "an SSH public key (ssh-ed25519 AAAA...)");
  }
}
