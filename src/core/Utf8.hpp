// Offsets in the records count Unicode code points (the contract says so,
// and it is what LibreOffice's text cursors count in, bar surrogates); the
// core keeps text as UTF-8. These helpers convert between the two.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace svarbrev {

// Byte index of the code point at `codePoint` (clamped to the end).
std::size_t byteOffsetOf(std::string_view utf8, std::size_t codePoint);

// The text between two code point offsets.
std::string_view codePointSlice(std::string_view utf8, std::size_t start, std::size_t end);

std::size_t codePointCount(std::string_view utf8);

// Replaces invalid UTF-8 sequences by U+FFFD so everything downstream can
// trust its input; letters arrive from many encoders.
std::string sanitizeUtf8(std::string_view bytes);

// A plain-text letter's bytes as UTF-8: without a byte-order mark, and read
// as Windows-1252 when they are no valid UTF-8 (Word's "plain text" export
// on Danish Windows writes that).
std::string plainTextToUtf8(std::string_view bytes);

}  // namespace svarbrev
