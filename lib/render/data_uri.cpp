#include <algorithm>
#include <cctype>
#include <render/data_uri.hpp>

namespace sopctl::render {

std::string base64(std::string_view bytes)
{
  static constexpr std::string_view alphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string encoded;
  encoded.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    unsigned value = static_cast<unsigned char>(bytes[i]) << 16 |
                     static_cast<unsigned char>(bytes[i + 1]) << 8 |
                     static_cast<unsigned char>(bytes[i + 2]);
    encoded += alphabet[value >> 18 & 63];
    encoded += alphabet[value >> 12 & 63];
    encoded += alphabet[value >> 6 & 63];
    encoded += alphabet[value & 63];
  }
  if (i < bytes.size()) {
    bool two = i + 1 < bytes.size();
    unsigned value = static_cast<unsigned char>(bytes[i]) << 16 |
                     (two ? static_cast<unsigned char>(bytes[i + 1]) << 8 : 0);
    encoded += alphabet[value >> 18 & 63];
    encoded += alphabet[value >> 12 & 63];
    encoded += two ? alphabet[value >> 6 & 63] : '=';
    encoded += '=';
  }
  return encoded;
}

std::optional<std::string> image_media_type(std::string_view file_name)
{
  auto dot = file_name.rfind('.');
  if (dot == std::string_view::npos) {
    return std::nullopt;
  }
  std::string extension(file_name.substr(dot + 1));
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) {
    return static_cast<char>(std::tolower(c));
  });
  if (extension == "png" || extension == "gif" || extension == "webp") {
    return "image/" + extension;
  }
  if (extension == "jpg" || extension == "jpeg") {
    return "image/jpeg";
  }
  if (extension == "svg") {
    return "image/svg+xml";
  }
  return std::nullopt;
}

std::string data_uri(std::string_view media_type, std::string_view bytes)
{
  return "data:" + std::string(media_type) + ";base64," + base64(bytes);
}

bool looks_like_image(std::string_view media_type, std::string_view bytes)
{
  // The signatures of the formats (PNG 1.2 section 12.12, JFIF SOI marker,
  // GIF87a/89a, RIFF....WEBP).
  if (media_type == "image/png") {
    return bytes.starts_with("\x89PNG\r\n\x1a\n");
  }
  if (media_type == "image/jpeg") {
    return bytes.starts_with("\xff\xd8\xff");
  }
  if (media_type == "image/gif") {
    return bytes.starts_with("GIF87a") || bytes.starts_with("GIF89a");
  }
  if (media_type == "image/webp") {
    return bytes.size() >= 12 && bytes.starts_with("RIFF") && bytes.substr(8, 4) == "WEBP";
  }
  if (media_type == "image/svg+xml") {
    auto head = bytes.substr(0, 1024);
    return head.find("<svg") != std::string_view::npos;
  }
  return false;
}

} // namespace sopctl::render
