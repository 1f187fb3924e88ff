#include "DocumentText.hpp"

#include "UnoStrings.hpp"

#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>

#include <rtl/character.hxx>

#include <map>
#include <vector>

using namespace css;

namespace svarbrev::office {
namespace {

// Table cell names are column letters then the row number ("B3"); split
// cells append ".n.m", which still starts with the top-level cell's row.
int rowOfCellName(const OUString& name) {
    sal_Int32 i = 0;
    while (i < name.getLength() && rtl::isAsciiAlpha(name[i])) ++i;
    return name.copy(i).toInt32();
}

void appendText(std::string& out, const uno::Reference<text::XText>& text, const char* paragraphSeparator);

void appendTable(std::string& out, const uno::Reference<text::XTextTable>& table) {
    std::map<int, std::vector<OUString>> rows;
    const uno::Sequence<OUString> names = table->getCellNames();
    for (const OUString& name : names) rows[rowOfCellName(name)].push_back(name);
    bool firstRow = true;
    for (const auto& [row, cells] : rows) {
        if (!firstRow) out += '\n';
        firstRow = false;
        bool firstCell = true;
        for (const OUString& name : cells) {
            if (!firstCell) out += '\t';
            firstCell = false;
            uno::Reference<text::XText> cellText(table->getCellByName(name), uno::UNO_QUERY);
            if (cellText.is()) appendText(out, cellText, " ");
        }
    }
}

void appendText(std::string& out, const uno::Reference<text::XText>& text, const char* paragraphSeparator) {
    uno::Reference<container::XEnumerationAccess> access(text, uno::UNO_QUERY);
    if (!access.is()) {
        out += toUtf8(text->getString());
        return;
    }
    const uno::Reference<container::XEnumeration> paragraphs = access->createEnumeration();
    bool first = true;
    while (paragraphs->hasMoreElements()) {
        const uno::Any element = paragraphs->nextElement();
        if (!first) out += paragraphSeparator;
        first = false;
        if (uno::Reference<text::XTextTable> table{element, uno::UNO_QUERY}; table.is()) {
            appendTable(out, table);
        } else if (uno::Reference<text::XTextRange> range{element, uno::UNO_QUERY}; range.is()) {
            out += toUtf8(range->getString());
        }
    }
}

}  // namespace

std::string documentText(const uno::Reference<text::XText>& text) {
    std::string out;
    if (text.is()) appendText(out, text, "\n");
    return out;
}

}  // namespace svarbrev::office
