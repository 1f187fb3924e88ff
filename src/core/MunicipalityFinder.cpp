#include "MunicipalityFinder.hpp"

#include <unicode/translit.h>
#include <unicode/uchar.h>

#include <map>
#include <memory>

namespace svarbrev {

icu::UnicodeString foldName(const icu::UnicodeString& s) {
    thread_local std::unique_ptr<icu::Transliterator> tr = [] {
        UErrorCode st = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance("Latin-ASCII; Lower", UTRANS_FORWARD, st));
        return U_SUCCESS(st) ? std::move(t) : nullptr;
    }();
    icu::UnicodeString out(s);
    if (tr) tr->transliterate(out);
    else out.toLower();
    return out;
}

MunicipalityFinder::MunicipalityFinder(const DomainData& data) : data_(data) {
    for (std::size_t i = 0; i < data.municipalities.size(); ++i) {
        const auto& m = data.municipalities[i];
        names_.push_back({i, foldName(icu::UnicodeString::fromUTF8(m.name)), false});
        for (const auto& v : m.variants) {
            const bool domainOnly = !v.empty() && !u_isupper(icu::UnicodeString::fromUTF8(v).char32At(0));
            names_.push_back({i, foldName(icu::UnicodeString::fromUTF8(v)), domainOnly});
        }
    }
}

const MunicipalityFinder& MunicipalityFinder::get() {
    static const MunicipalityFinder instance(DomainData::get());
    return instance;
}

std::optional<Municipality> MunicipalityFinder::find(const icu::UnicodeString& text, int32_t from, int32_t to) const {
    if (to < 0 || to > text.length()) to = text.length();
    const icu::UnicodeString folded = foldName(text.tempSubStringBetween(from, to));
    // Folding may change lengths ("æ" -> "ae"); work on the folded copy alone.
    const int32_t n = folded.length();
    const bool sameLength = n == to - from;
    std::map<std::size_t, double> score;
    std::map<std::size_t, int32_t> firstSeen;
    auto isWord = [&](int32_t k) { return k >= 0 && k < n && (u_isalnum(folded[k]) || folded[k] == '-'); };
    for (const Name& nm : names_) {
        const int32_t len = nm.folded.length();
        for (int32_t p = folded.indexOf(nm.folded); p >= 0; p = folded.indexOf(nm.folded, p + 1)) {
            const int32_t e = p + len;
            // Domain: "@syddjurs.dk", "www.bronderslev.dk", "egedalkommune.dk".
            int32_t ds = p;
            while (ds > 0 && (u_isalnum(folded[ds - 1]) || folded[ds - 1] == '-')) --ds;
            int32_t de = e;
            while (de < n && (u_isalnum(folded[de]) || folded[de] == '-')) ++de;
            const bool dotDk = folded.compare(de, 3, u".dk") == 0;
            const bool startsDomain = ds == 0 || folded[ds - 1] == '@' || folded[ds - 1] == '.' || folded[ds - 1] == '/' || u_isWhitespace(folded[ds - 1]) || folded[ds - 1] == '(' || folded[ds - 1] == '[';
            if (dotDk && startsDomain && ds == p) {
                icu::UnicodeString rest = folded.tempSubStringBetween(e, de);
                if (rest.isEmpty() || rest == u"kommune" || rest == u"-kommune" || rest == u"kom") {
                    score[nm.entry] += 2;
                    firstSeen.emplace(nm.entry, p);
                }
                continue;
            }
            if (nm.domainOnly || isWord(p - 1) || (isWord(e) && !(e < n && folded[e] == 's' && !isWord(e + 1)))) continue;
            // "<Name> Kommune", "<Name>s Kommune", "Kommune: <Name>".
            int32_t after = e;
            if (after < n && folded[after] == 's') ++after;
            while (after < n && folded[after] == ' ') ++after;
            if (folded.compare(after, 7, u"kommune") == 0) {
                score[nm.entry] += 3;
                firstSeen.emplace(nm.entry, p);
                continue;
            }
            // A postcode before the name: an address line. The sender's own
            // address also names the town, but so does the recipient's.
            int32_t b = p - 1;
            while (b >= 0 && folded[b] == ' ') --b;
            int digits = 0;
            while (b >= 0 && u_isdigit(folded[b])) { --b; ++digits; }
            if (digits == 4) continue;
            // A bare name must be written as a name ("Vejen", not "vejen").
            if (sameLength && !u_isupper(text.char32At(from + p))) continue;
            score[nm.entry] += 1;
            firstSeen.emplace(nm.entry, p);
        }
    }
    std::optional<std::size_t> best;
    for (const auto& [entry, s] : score) {
        if (!best || s > score[*best] || (s == score[*best] && firstSeen[entry] < firstSeen[*best])) best = entry;
    }
    if (!best) return std::nullopt;
    const auto& m = data_.municipalities[*best];
    return Municipality{m.name, m.code};
}

}  // namespace svarbrev
