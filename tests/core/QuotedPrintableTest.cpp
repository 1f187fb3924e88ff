#include "QuotedPrintable.hpp"

#include "UnitsText.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace svarbrev;
using svarbrev::test::textOf;

namespace {

const char* const kMail =
    "From: =?Windows-1252?Q?Signe_W=F8ldike_Thornbech?= <swt@rudersdal.dk>\n"
    "Subject: =?Windows-1252?Q?Sagsnr._18/21455_=96_status_efter_gennemgangen_af_de_lan?=\n"
    " =?Windows-1252?Q?gvarige_sager?=\n"
    "Content-Type: text/plain; charset=\"Windows-1252\"\n"
    "Content-Transfer-Encoding: quoted-printable\n"
    "\n"
    "K=E6re Troels Lund Poulsen\n"
    "\n"
    "Target-gruppen er nu 36 borgere. Heraf f=E5r 25 KH, 4 =\n"
    "UH og 7 IY. Ligningen 2+2=3D4.\n";

TEST(QuotedPrintable, ABodyAndItsHeadersAreDecoded) {
    EXPECT_EQ(textOf(decodeQuotedPrintable(decodeUnits(kMail))),
              "From: Signe Wøldike Thornbech <swt@rudersdal.dk>\n"
              "Subject: Sagsnr. 18/21455 – status efter gennemgangen af de langvarige sager\n"
              "Content-Type: text/plain; charset=\"Windows-1252\"\n"
              "Content-Transfer-Encoding: quoted-printable\n"
              "\n"
              "Kære Troels Lund Poulsen\n"
              "\n"
              "Target-gruppen er nu 36 borgere. Heraf får 25 KH, 4 UH og 7 IY. Ligningen 2+2=4.\n");
}

// A decoded character keeps the span of its escape: quotes give "K=E6re".
TEST(QuotedPrintable, ADecodedCharacterKeepsTheSpanOfItsEscape) {
    const std::string text = kMail;
    const Units u = decodeQuotedPrintable(decodeUnits(text));
    const std::string decoded = textOf(u);
    const std::size_t k = decoded.find("Kære");
    ASSERT_NE(k, std::string::npos);
    const Unit& ae = u[static_cast<std::size_t>(icu::UnicodeString::fromUTF8(decoded.substr(0, k)).countChar32()) + 1];
    EXPECT_EQ(ae.c, U'æ');
    EXPECT_EQ(ae.origEnd - ae.origStart, 3);
}

// A letter with no transfer encoding, "=" and all, is left as it is.
TEST(QuotedPrintable, PlainTextIsLeftAsItIs) {
    const char* plain = "Kære minister\n\n2+2=4, og 12 = 10 + 2.\n";
    EXPECT_EQ(textOf(decodeQuotedPrintable(decodeUnits(plain))), plain);
}

}  // namespace
