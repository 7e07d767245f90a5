#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sopctl::render {

// `bytes` in base64 (RFC 4648, with padding).
std::string base64(std::string_view bytes);

// The media type of an image by its file name's extension (png, jpg, jpeg,
// gif, svg, webp; any case), or nullopt for another.
std::optional<std::string> image_media_type(std::string_view file_name);

// Whether `bytes` begin as an image of `media_type` does (PNG, JPEG, GIF and
// WebP signatures; an SVG's first tag).
bool looks_like_image(std::string_view media_type, std::string_view bytes);

// `data:<media type>;base64,<bytes>`: an image the page carries itself.
std::string data_uri(std::string_view media_type, std::string_view bytes);

} // namespace sopctl::render
