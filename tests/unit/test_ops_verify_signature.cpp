// Whose key signed a commit (issue 10, section 3): the signature git checked
// must be good and made by the signing_key the roster gives its author.
#include <doctest/doctest.h>
#include <ops/verify_git.hpp>

using sopctl::model::Person;
using sopctl::ops::CommitInfo;
using sopctl::ops::signature_problem;
using sopctl::ops::ssh_fingerprint;

namespace {

// An ed25519 key made by ssh-keygen; `ssh-keygen -lf` printed its
// fingerprint as SHA256:j9zZoIbW+NPDtZ+xMhCJDO3b8sFxNqMKtWcW7ImB/4g.
const std::string ssh_key =
  "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOtitFbjwC8/xB6gCQuw+az520jnTPZqc7IWFZ6Jsz3x rina";

Person rina(std::string key)
{
  Person person;
  person.name = "Rina Hutapea";
  person.email = "rina@sibolga.go.id";
  person.signing_key = std::move(key);
  return person;
}

CommitInfo signed_with(char status, std::string fingerprint, std::string primary = "")
{
  CommitInfo commit;
  commit.signature = status;
  commit.key_fingerprint = std::move(fingerprint);
  commit.primary_fingerprint = std::move(primary);
  return commit;
}

} // namespace

TEST_SUITE("ops::verify_signature")
{
  TEST_CASE("an SSH key's fingerprint is OpenSSH's SHA256 form")
  {
    CHECK(ssh_fingerprint(ssh_key) == "SHA256:j9zZoIbW+NPDtZ+xMhCJDO3b8sFxNqMKtWcW7ImB/4g");
    CHECK(ssh_fingerprint("ssh-ed25519 not*base64") == "");
    CHECK(ssh_fingerprint("ssh-ed25519") == "");
  }

  TEST_CASE("a good signature by the author's own SSH key passes, trusted locally or not")
  {
    auto person = rina(ssh_key);
    auto fingerprint = ssh_fingerprint(ssh_key);
    CHECK(signature_problem(signed_with('G', fingerprint), &person) == "");
    CHECK(signature_problem(signed_with('U', fingerprint), &person) == "");
  }

  TEST_CASE("another key, no key on the roster, no or a bad signature are each named")
  {
    auto person = rina(ssh_key);
    CHECK(signature_problem(signed_with('G', "SHA256:other"), &person) ==
          "signed with the key SHA256:other, which is not the signing_key of Rina Hutapea in "
          "sopctl.yaml");
    auto keyless = rina("");
    CHECK(signature_problem(signed_with('G', "SHA256:other"), &keyless) ==
          "by Rina Hutapea, who has no signing_key in sopctl.yaml (git.require_signed is true)");
    CHECK(signature_problem(signed_with('N', ""), &person) ==
          "without a good signature (git.require_signed is true)");
    CHECK(signature_problem(signed_with('B', ""), &person) ==
          "with a bad signature: the commit was changed after it was signed");
    CHECK(signature_problem(signed_with('E', ""), &person)
            .starts_with("with a signature that cannot be checked"));
    CHECK(signature_problem(signed_with('R', ""), &person) ==
          "with a signature git does not accept (%G? is R: expired or revoked)");
  }

  TEST_CASE("a GPG fingerprint matches the signing key or its primary key, spaces and case aside")
  {
    auto person = rina("0123 4567 89ab cdef 0123  4567 89AB CDEF 0123 4567");
    CHECK(signature_problem(signed_with('G', "0123456789ABCDEF0123456789ABCDEF01234567"),
                            &person) == "");
    CHECK(signature_problem(signed_with('U',
                                        "FFFF456789ABCDEF0123456789ABCDEF01234567",
                                        "0123456789ABCDEF0123456789ABCDEF01234567"),
                            &person) == "");
    CHECK(signature_problem(signed_with('G', "FFFF456789ABCDEF0123456789ABCDEF01234567"), &person)
            .starts_with("signed with the key FFFF"));
  }

  TEST_CASE("without a roster person only the signature itself is judged")
  {
    CHECK(signature_problem(signed_with('G', "SHA256:x"), nullptr) == "");
    CHECK(signature_problem(signed_with('N', ""), nullptr) ==
          "without a good signature (git.require_signed is true)");
  }
}
