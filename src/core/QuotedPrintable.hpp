// A raw e-mail saved with its transfer encoding: the body in quoted-printable
// ("K=E6re", lines broken with a trailing "="), the headers in RFC 2047's
// encoded words ("=?Windows-1252?Q?Signe_W=F8ldike?="). Decoded so that the
// stages read the letter; every decoded character keeps the span of the code
// it came from, so quotes give the text as it stands.
#pragma once

#include "Document.hpp"

namespace svarbrev {

// Takes the units by value: text with no such encoding (most letters) is
// handed back as it came.
Units decodeQuotedPrintable(Units in);

}  // namespace svarbrev
