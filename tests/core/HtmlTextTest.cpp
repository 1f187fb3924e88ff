#include "HtmlText.hpp"

#include "UnitsText.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace svarbrev;
using svarbrev::test::textOf;

namespace {

Units html(const std::string& s) { return htmlToText(decodeUnits(s), DomainData::get()); }

TEST(HtmlText, ParagraphsTableCellsAndEntitiesBecomeText) {
    const std::string mail =
        "Date: Fri, 24 Aug 2018\n\n<html><head><style>p{color:#1F497D}</style></head><body>"
        "<p>K&aelig;re minister</p>\n<p>Vi har 19&nbsp;i praktik og mindst &#233;t\ntilbud.</p>"
        "<table border=\"1\" width=\"480\"><tr><th>Ydelse</th><th>Antal</th></tr>"
        "<tr><td>Kontanthj&aelig;lp</td><td align=\"right\"><b>44</b></td></tr></table><!-- 99 --></body></html>";
    EXPECT_EQ(textOf(html(mail)),
              "Date: Fri, 24 Aug 2018\n\nKære minister\n\nVi har 19\u00a0i praktik og mindst ét tilbud.\n\nYdelse\tAntal\nKontanthjælp\t44\n\n");
}

TEST(HtmlText, ADecodedCharacterKeepsTheOffsetsOfItsEntity) {
    const Units u = html("<p>kontanthj&aelig;lp</p>");
    ASSERT_GE(u.size(), 10u);
    EXPECT_EQ(u[9].c, U'æ');
    EXPECT_EQ(u[9].origStart, 12);
    EXPECT_EQ(u[9].origEnd, 19);
}

TEST(HtmlText, PlainTextIsHandedBackAsItCame) {
    const std::string plain = "Svar på spørgsmål 1 <5 borgere & 3 sager\nny linje";
    EXPECT_EQ(textOf(html(plain)), plain);
}

}  // namespace
