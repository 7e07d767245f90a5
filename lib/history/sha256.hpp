#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace sopctl::history {

// SHA-256 (FIPS 180-4) of `data`.
std::array<std::uint8_t, 32> sha256(std::string_view data);

// The digest as lower-case hex.
std::string to_hex(const std::array<std::uint8_t, 32>& digest);

} // namespace sopctl::history
