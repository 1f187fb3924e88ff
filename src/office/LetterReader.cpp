#include "LetterReader.hpp"

#include "DocumentText.hpp"
#include "Errors.hpp"
#include "Properties.hpp"
#include "UnoStrings.hpp"
#include "Utf8.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <poppler-document.h>
#include <poppler-page.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string_view>

using namespace css;

namespace svarbrev::office {
namespace {

std::string lowerExtension(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext;
}

void requireReadableFile(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        throw UnreadableFile("Filen findes ikke eller er ikke en almindelig fil / "
                             "file missing or not a regular file: " + path);
}

// What goes between a PDF's pages: a page that ends inside a sentence or a
// table (its heading on one page, its rows on the next) goes on over the
// break; one that ends a sentence ends its paragraph too.
void breakPage(std::string& text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
    if (!text.empty()) text += std::string_view("!.?:;").find(text.back()) != std::string_view::npos ? "\n\n" : "\n";
}

}  // namespace

LetterFormat letterFormatOf(const std::string& path) {
    static const std::array<const char*, 4> officeEndings = {".odt", ".docx", ".doc", ".rtf"};
    const std::string ext = lowerExtension(path);
    if (ext == ".txt") return LetterFormat::PlainText;
    if (ext == ".pdf") return LetterFormat::Pdf;
    for (const char* e : officeEndings)
        if (ext == e) return LetterFormat::OfficeDocument;
    return LetterFormat::Unsupported;
}

std::string readPlainText(const std::string& path) {
    requireReadableFile(path);
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in && !in.eof()) throw UnreadableFile("Filen kan ikke læses / cannot read: " + path);
    const std::string text = bytes.str();
    if (text.find('\0') != std::string::npos)
        throw UnreadableFile("Filen er ikke tekst (binære data) / not a text file: " + path);
    return plainTextToUtf8(text);
}

std::string readOfficeDocument(const uno::Reference<uno::XComponentContext>& context,
                               const std::string& path) {
    requireReadableFile(path);
    const uno::Reference<frame::XDesktop2> desktop = frame::Desktop::create(context);
    // Zip-based formats are loaded with their own filter only: a file named
    // .docx that is not one must fail, not be shown as text by type detection.
    const std::string ext = lowerExtension(path);
    const char* filter = ext == ".docx" ? "MS Word 2007 XML" : ext == ".odt" ? "writer8" : nullptr;
    uno::Sequence<beans::PropertyValue> args(filter ? 5 : 4);
    args[0] = property("Hidden", uno::Any(true));
    args[1] = property("ReadOnly", uno::Any(true));
    args[2] = property("MacroExecutionMode", uno::Any(document::MacroExecMode::NEVER_EXECUTE));
    args[3] = property("Silent", uno::Any(true));
    if (filter) args[4] = property("FilterName", uno::Any(OUString::createFromAscii(filter)));
    uno::Reference<lang::XComponent> component;
    try {
        component = desktop->loadComponentFromURL(fileUrlOf(path), "_blank", 0, args);
    } catch (const uno::Exception& e) {
        throw UnreadableFile("Filen kan ikke åbnes (beskadiget eller ukendt format) / "
                             "cannot open (corrupt or unknown format): " + path + ": " + toUtf8(e.Message));
    }
    if (!component.is())
        throw UnreadableFile("Filen kan ikke åbnes (beskadiget eller ukendt format) / "
                             "cannot open (corrupt or unknown format): " + path);
    std::string text;
    const uno::Reference<text::XTextDocument> document(component, uno::UNO_QUERY);
    if (document.is()) text = documentText(document->getText());
    uno::Reference<util::XCloseable> closeable(component, uno::UNO_QUERY);
    if (closeable.is()) closeable->close(true);
    else component->dispose();
    if (!document.is())
        throw UnreadableFile("Filen er ikke et tekstdokument / not a text document: " + path);
    return text;
}

std::string readPdf(const std::string& path) {
    requireReadableFile(path);
    const std::unique_ptr<poppler::document> pdf(poppler::document::load_from_file(path));
    if (!pdf) throw UnreadableFile("PDF-filen kan ikke åbnes (beskadiget) / cannot open the PDF (corrupt): " + path);
    if (pdf->is_locked())
        throw UnreadableFile("PDF-filen er beskyttet med adgangskode / the PDF is password-protected: " + path);
    std::string text;
    for (int i = 0; i < pdf->pages(); ++i) {
        const std::unique_ptr<poppler::page> page(pdf->create_page(i));
        if (!page) continue;
        const poppler::byte_array utf8 = page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
        breakPage(text);
        text.append(utf8.begin(), utf8.end());
    }
    if (text.find_first_not_of(" \t\r\n\f") == std::string::npos)
        throw UnreadableFile("PDF-filen har intet tekstlag (scannet uden OCR) / the PDF has no text layer "
                             "(scanned without OCR): " + path);
    return sanitizeUtf8(text);
}

std::string readLetter(const uno::Reference<uno::XComponentContext>& context, const std::string& path) {
    switch (letterFormatOf(path)) {
    case LetterFormat::PlainText: return readPlainText(path);
    case LetterFormat::OfficeDocument: return readOfficeDocument(context, path);
    case LetterFormat::Pdf: return readPdf(path);
    case LetterFormat::Unsupported: break;
    }
    throw UnreadableFile("Filformatet understøttes ikke (brug .odt, .docx, .doc, .rtf, .pdf eller .txt) / "
                         "unsupported format: " + path);
}

}  // namespace svarbrev::office
