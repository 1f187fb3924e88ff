// Turns a letter file into the text the extractor reads. Plain text is read
// directly (no office needed); office formats are loaded hidden in the
// running office and read with DocumentText.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace svarbrev::office {

enum class LetterFormat { PlainText, OfficeDocument, Pdf, Unsupported };

// By file name ending: .txt; .odt .docx .doc .rtf; .pdf; anything else.
LetterFormat letterFormatOf(const std::string& path);

// Throws UnreadableFile. Accepts UTF-8 (with or without BOM) and falls back
// to Windows-1252 for files that are not valid UTF-8, as older Windows
// exports are.
std::string readPlainText(const std::string& path);

// Throws UnreadableFile.
std::string readOfficeDocument(const css::uno::Reference<css::uno::XComponentContext>& context,
                               const std::string& path);

// The text layer of a PDF (poppler, physical layout, so table columns stay
// apart on their lines), pages in order. Throws UnreadableFile, also for a
// scan without a text layer.
std::string readPdf(const std::string& path);

// Any of the above, by format. Throws UnreadableFile.
std::string readLetter(const css::uno::Reference<css::uno::XComponentContext>& context,
                       const std::string& path);

}  // namespace svarbrev::office
