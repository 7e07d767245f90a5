// SHA-256 as the hash chain uses it (issue 5, section 3): FIPS 180-4's
// test vectors, and messages whose lengths sit on the padding boundaries
// (checked against coreutils' sha256sum).
#include <doctest/doctest.h>
#include <history/sha256.hpp>
#include <string>

using sopctl::history::sha256;
using sopctl::history::to_hex;

namespace {

std::string hex_of(const std::string& message)
{
  return to_hex(sha256(message));
}

} // namespace

TEST_SUITE("history::sha256")
{
  TEST_CASE("the empty message hashes to the FIPS 180-4 value")
  {
    CHECK(hex_of("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  TEST_CASE("\"abc\" hashes to the FIPS 180-4 one-block value")
  {
    CHECK(hex_of("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  TEST_CASE("the 448-bit message hashes to the FIPS 180-4 two-block value")
  {
    CHECK(hex_of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  }

  TEST_CASE("the 896-bit message hashes to the FIPS 180-4 value")
  {
    CHECK(hex_of("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                 "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu") ==
          "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
  }

  TEST_CASE("one million 'a' hash to the FIPS 180-4 value")
  {
    CHECK(hex_of(std::string(1000000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  }

  TEST_CASE("messages on the padding boundaries hash as sha256sum does")
  {
    // 55 bytes leave room for the length in the last block, 56 do not; 64
    // fill a block exactly; 119 and 120 repeat that after a full block.
    CHECK(hex_of(std::string(55, 'a')) ==
          "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    CHECK(hex_of(std::string(56, 'a')) ==
          "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    CHECK(hex_of(std::string(63, 'a')) ==
          "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34");
    CHECK(hex_of(std::string(64, 'a')) ==
          "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
    CHECK(hex_of(std::string(119, 'a')) ==
          "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb");
    CHECK(hex_of(std::string(120, 'a')) ==
          "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c");
  }

  TEST_CASE("bytes above 0x7f and NUL bytes are hashed as they are")
  {
    // A sign-extending or NUL-terminated implementation differs here.
    CHECK(hex_of("\xc3\xa9") == "4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
    CHECK(hex_of(std::string("\xff\x80\x00\x7f", 4)) ==
          "ae72d4fb6b85aa8fe2f5fc339cc306f67280357b1b8c583c55ebe725646449a6");
  }
}
