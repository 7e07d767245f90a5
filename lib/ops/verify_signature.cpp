#include <fmt/format.h>
#include <history/sha256.hpp>
#include <i18n/tr.hpp>
#include <ops/verify_git.hpp>
#include <render/data_uri.hpp>
#include <sstream>

namespace sopctl::ops {

namespace {

// RFC 4648 base64, padding optional; nullopt for another character.
std::optional<std::string> decode_base64(std::string_view text)
{
  std::string bytes;
  unsigned buffer = 0;
  int bits = 0;
  for (char c : text) {
    int value = c >= 'A' && c <= 'Z'   ? c - 'A'
                : c >= 'a' && c <= 'z' ? c - 'a' + 26
                : c >= '0' && c <= '9' ? c - '0' + 52
                : c == '+'             ? 62
                : c == '/'             ? 63
                                       : -1;
    if (c == '=') {
      break;
    }
    if (value < 0) {
      return std::nullopt;
    }
    buffer = (buffer << 6) | static_cast<unsigned>(value);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes += static_cast<char>((buffer >> bits) & 0xff);
    }
  }
  return bytes;
}

} // namespace

std::string ssh_fingerprint(std::string_view public_key)
{
  // OpenSSH's SHA256 fingerprint: the digest of the key's decoded blob, in
  // base64 without padding (ssh-keygen -l).
  std::istringstream words{std::string(public_key)};
  std::string type, blob;
  words >> type >> blob;
  auto bytes = decode_base64(blob);
  if (!bytes || bytes->empty()) {
    return {};
  }
  auto digest = history::sha256(*bytes);
  auto text =
    render::base64(std::string_view(reinterpret_cast<const char*>(digest.data()), digest.size()));
  while (!text.empty() && text.back() == '=') {
    text.pop_back();
  }
  return "SHA256:" + text;
}

std::string signature_problem(const CommitInfo& commit, const model::Person* person)
{
  switch (commit.signature) {
    case 'G':
    case 'U': // good; whom it belongs to is the roster's to say, below
      break;
    case 'N':
      return tr("without a good signature (git.require_signed is true)");
    case 'B':
      return tr("with a bad signature: the commit was changed after it was signed");
    case 'E':
      return tr("with a signature that cannot be checked (git's %G? is E: the signer's public "
                "key is not in this machine's GPG keyring)");
    default:
      return trf("with a signature git does not accept (%G? is {}: expired or revoked)",
                 commit.signature);
  }
  if (!person) {
    return {}; // not on the roster: reported as such
  }
  if (person->signing_key.empty()) {
    return trf("by {}, who has no signing_key in sopctl.yaml (git.require_signed is "
               "true)",
               person->name);
  }
  bool matches = model::is_ssh_key(person->signing_key)
                   ? commit.key_fingerprint == ssh_fingerprint(person->signing_key)
                   : model::gpg_fingerprint(person->signing_key) ==
                         model::gpg_fingerprint(commit.key_fingerprint) ||
                       model::gpg_fingerprint(person->signing_key) ==
                         model::gpg_fingerprint(commit.primary_fingerprint);
  if (!matches) {
    return trf("signed with the key {}, which is not the signing_key of {} in "
               "sopctl.yaml",
               commit.key_fingerprint,
               person->name);
  }
  return {};
}

} // namespace sopctl::ops
