#include "Importer.hpp"

#include "Errors.hpp"
#include "Extractor.hpp"
#include "LetterReader.hpp"
#include "WorkbookLayout.hpp"
#include "WorkbookWriter.hpp"

#include <chrono>
#include <ctime>
#include <filesystem>

namespace svarbrev::office {
namespace {

std::string nowIso() {
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&t, &local);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &local);
    return buf;
}

struct Extracted {
    LetterText letter;
    Extraction extraction;
};

// Extracts and reviews one letter; false (with the reason recorded) when it
// is not to be written.
bool accept(const LetterText& letter, ImportObserver& observer, ImportReport& report,
            std::vector<Extracted>& accepted) {
    Extraction extraction = extract(letter.text, letter.source);
    if (extraction.letters.empty()) {
        report.skipped.push_back({letter.source, "intet svarbrev fundet / no reply letter found",
                                  SkippedFile::Why::NotALetter});
        return false;
    }
    if (!observer.review(extraction, letter.text)) {
        report.skipped.push_back({letter.source, "fravalgt ved gennemsyn / declined in review",
                                  SkippedFile::Why::Declined});
        return false;
    }
    accepted.push_back({letter, std::move(extraction)});
    return true;
}

void write(const css::uno::Reference<css::uno::XComponentContext>& context, const std::vector<Extracted>& all,
           const WorkbookTarget& target, ImportReport& report) {
    if (all.empty()) return;
    // All letters go in with one put: one search and one bulk write per
    // sheet for the whole batch.
    const std::string importedAt = nowIso();
    WorkbookRows batch;
    for (const auto& e : all) {
        WorkbookRows rows = toWorkbookRows(e.extraction, e.letter.text, {e.letter.source, importedAt});
        if (batch.sheets.empty()) batch.sheets.resize(rows.sheets.size());
        for (std::size_t s = 0; s < rows.sheets.size(); ++s) {
            batch.sheets[s].sheet = rows.sheets[s].sheet;
            for (auto& row : rows.sheets[s].rows) batch.sheets[s].rows.push_back(std::move(row));
        }
        for (auto& key : rows.letterKeys) batch.letterKeys.push_back(std::move(key));
    }
    WorkbookWriter writer(context, target.path, target.templateUrl);
    writer.put(batch);
    writer.save();
    for (const auto& e : all) {
        report.lettersWritten += e.extraction.letters.size();
        for (const auto& l : e.extraction.letters) {
            report.factsWritten += l.facts.size();
            for (const auto& w : l.warnings) report.warnings.push_back(e.letter.source + ": " + w);
        }
        for (const auto& w : e.extraction.warnings) report.warnings.push_back(e.letter.source + ": " + w);
    }
}

}  // namespace

ImportReport importFiles(const css::uno::Reference<css::uno::XComponentContext>& context,
                         const std::vector<std::string>& paths, const WorkbookTarget& target,
                         ImportObserver& observer) {
    ImportReport report;
    std::vector<Extracted> accepted;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        if (observer.cancelRequested()) {
            report.cancelled = true;
            break;
        }
        const std::string name = std::filesystem::path(paths[i]).filename().string();
        observer.fileStarted(i, paths.size(), name);
        LetterText letter{name, {}};
        try {
            letter.text = readLetter(context, paths[i]);
        } catch (const UnreadableFile& e) {
            report.skipped.push_back({name, e.what(), SkippedFile::Why::Unreadable});
            continue;
        }
        ++report.filesRead;
        accept(letter, observer, report, accepted);
    }
    write(context, accepted, target, report);
    return report;
}

ImportReport importTexts(const css::uno::Reference<css::uno::XComponentContext>& context,
                         const std::vector<LetterText>& letters, const WorkbookTarget& target,
                         ImportObserver& observer) {
    ImportReport report;
    std::vector<Extracted> accepted;
    for (const auto& letter : letters) {
        ++report.filesRead;
        accept(letter, observer, report, accepted);
    }
    write(context, accepted, target, report);
    return report;
}

std::string describe(const ImportReport& r) {
    std::string s = std::to_string(r.lettersWritten) + " brev(e) med " + std::to_string(r.factsWritten) +
                    " tal/oplysninger skrevet til arbejdsbogen fra " + std::to_string(r.filesRead) +
                    " fil(er).";
    if (r.cancelled) s += " Importen blev afbrudt; kun hele breve er skrevet.";
    for (const auto& skipped : r.skipped) s += "\nSprunget over: " + skipped.file + " (" + skipped.reason + ")";
    for (const auto& w : r.warnings) s += "\nAdvarsel: " + w;
    return s;
}

}  // namespace svarbrev::office
