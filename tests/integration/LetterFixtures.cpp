#include "LetterFixtures.hpp"

#include "LetterReader.hpp"
#include "Properties.hpp"
#include "UnoStrings.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <filesystem>
#include <sstream>
#include <vector>

using namespace css;
namespace fs = std::filesystem;

namespace svarbrev::testing {
namespace {

using office::property;

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(s);
    while (std::getline(in, part, sep)) parts.push_back(part);
    if (!s.empty() && s.back() == sep) parts.emplace_back();
    return parts;
}

void insertTable(const uno::Reference<text::XTextDocument>& doc, const uno::Reference<text::XTextRange>& cursor,
                 const std::vector<std::vector<std::string>>& rows) {
    std::size_t columns = 0;
    for (const auto& r : rows) columns = std::max(columns, r.size());
    const uno::Reference<text::XTextTable> table(
        uno::Reference<lang::XMultiServiceFactory>(doc, uno::UNO_QUERY_THROW)
            ->createInstance("com.sun.star.text.TextTable"),
        uno::UNO_QUERY_THROW);
    table->initialize(static_cast<sal_Int32>(rows.size()), static_cast<sal_Int32>(columns));
    doc->getText()->insertTextContent(cursor, uno::Reference<text::XTextContent>(table.get()), false);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const std::string name = std::string(1, static_cast<char>('A' + c)) + std::to_string(r + 1);
            uno::Reference<text::XText>(table->getCellByName(office::toOUString(name)), uno::UNO_QUERY_THROW)
                ->setString(office::toOUString(rows[r][c]));
        }
    }
}

}  // namespace

const char* extensionOf(FixtureFormat format) {
    switch (format) {
    case FixtureFormat::Odt: return ".odt";
    case FixtureFormat::Docx: return ".docx";
    case FixtureFormat::Pdf: break;
    }
    return ".pdf";
}

namespace {
const char* filterOf(FixtureFormat format) {
    switch (format) {
    case FixtureFormat::Odt: return "writer8";
    case FixtureFormat::Docx: return "MS Word 2007 XML";
    case FixtureFormat::Pdf: break;
    }
    return "writer_pdf_Export";
}
}  // namespace

std::string makeLetterDocument(const uno::Reference<uno::XComponentContext>& context, const std::string& letterTxt,
                               const std::string& dir, FixtureFormat format) {
    const std::vector<std::string> lines = split(office::readPlainText(letterTxt), '\n');
    uno::Sequence<beans::PropertyValue> hidden(1);
    hidden[0] = property("Hidden", uno::Any(true));
    const uno::Reference<text::XTextDocument> doc(
        frame::Desktop::create(context)->loadComponentFromURL("private:factory/swriter", "_blank", 0, hidden),
        uno::UNO_QUERY_THROW);
    const uno::Reference<text::XText> text = doc->getText();
    const uno::Reference<text::XTextCursor> textCursor = text->createTextCursor();
    const uno::Reference<text::XTextRange> cursor(textCursor.get());
    std::vector<std::vector<std::string>> table;
    bool firstParagraph = true;
    for (std::size_t i = 0; i <= lines.size(); ++i) {
        const bool isRow = i < lines.size() && lines[i].find('\t') != std::string::npos;
        if (isRow) {
            table.push_back(split(lines[i], '\t'));
            continue;
        }
        if (!table.empty()) {
            insertTable(doc, cursor, table);
            table.clear();
            firstParagraph = true;  // the table sits before the cursor's paragraph
        }
        if (i == lines.size()) break;
        if (!firstParagraph) text->insertControlCharacter(cursor, text::ControlCharacter::PARAGRAPH_BREAK, false);
        firstParagraph = false;
        text->insertString(cursor, office::toOUString(lines[i]), false);
    }
    const std::string out =
        (fs::path(dir) / (fs::path(letterTxt).stem().string() + extensionOf(format))).string();
    uno::Sequence<beans::PropertyValue> store(2);
    store[0] = property("FilterName", uno::Any(OUString::createFromAscii(filterOf(format))));
    store[1] = property("Overwrite", uno::Any(true));
    uno::Reference<frame::XStorable>(doc, uno::UNO_QUERY_THROW)->storeToURL(office::fileUrlOf(out), store);
    uno::Reference<util::XCloseable>(doc, uno::UNO_QUERY_THROW)->close(true);
    return out;
}

}  // namespace svarbrev::testing
