#include "MunicipalityFinder.hpp"

#include "CharClass.hpp"

#include <unicode/translit.h>
#include <unicode/uchar.h>

#include <map>
#include <memory>

namespace svarbrev {
namespace {

// Latin-ASCII folding of the letters Danish names use, without the cost of
// a transliterator on every letter; anything else goes through ICU.
void appendFolded(icu::UnicodeString& out, UChar32 c) {
    c = u_tolower(c);
    if (c < 0x80) { out.append(c); return; }
    switch (c) {
    case u'æ': out.append(u"ae"); return;
    case u'ø': case u'ö': case u'ó': case u'ò': case u'ô': out.append(u'o'); return;
    case u'å': case u'ä': case u'á': case u'à': case u'â': out.append(u'a'); return;
    case u'é': case u'è': case u'ê': case u'ë': out.append(u'e'); return;
    case u'ü': case u'ú': case u'ù': out.append(u'u'); return;
    case u'í': case u'ì': case u'ï': out.append(u'i'); return;
    default: break;
    }
    thread_local std::unique_ptr<icu::Transliterator> tr = [] {
        UErrorCode st = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance("Latin-ASCII; Lower", UTRANS_FORWARD, st));
        return U_SUCCESS(st) ? std::move(t) : nullptr;
    }();
    icu::UnicodeString one(c);
    if (tr) tr->transliterate(one);
    out.append(one);
}

// "dk" at `at`, in any case or spelling that folds to it.
bool isDk(const icu::UnicodeString& text, int32_t at) {
    const UChar a = text[at], b = text[at + 1];
    if (a < 0x80 && b < 0x80) return (a | 0x20) == 'd' && (b | 0x20) == 'k';
    return foldName(text.tempSubStringBetween(at, at + 2)) == u"dk";
}

}  // namespace

icu::UnicodeString foldName(const icu::UnicodeString& s) {
    icu::UnicodeString out;
    for (int32_t i = 0; i < s.length();) {
        const UChar32 c = s.char32At(i);
        appendFolded(out, c);
        i += U16_LENGTH(c);
    }
    return out;
}

MunicipalityFinder::MunicipalityFinder(const DomainData& data) : data_(data) {
    for (std::size_t i = 0; i < data.municipalities.size(); ++i) {
        const auto& m = data.municipalities[i];
        auto add = [&](const std::string& v, bool domainOnly) {
            icu::UnicodeString f = foldName(icu::UnicodeString::fromUTF8(v));
            f.findAndReplace(u"-", u" ");
            names_.push_back({i, f, domainOnly});
        };
        add(m.name, false);
        for (const auto& v : m.variants) {
            add(v, !v.empty() && !u_isupper(icu::UnicodeString::fromUTF8(v).char32At(0)));
        }
    }
    for (std::size_t k = 0; k < names_.size(); ++k) {
        std::u16string key(reinterpret_cast<const char16_t*>(names_[k].folded.getBuffer()), names_[k].folded.length());
        index_[key].push_back(k);
        firstWords_.insert(key.substr(0, key.find(u' ')));
    }
}

const MunicipalityFinder& MunicipalityFinder::get() {
    static const MunicipalityFinder instance(DomainData::get());
    return instance;
}

std::optional<Municipality> MunicipalityFinder::find(const icu::UnicodeString& text, int32_t from, int32_t to) const {
    if (to < 0 || to > text.length()) to = text.length();
    // Words of the text, folded (into one buffer), with their start in the text.
    struct Word { std::size_t at, size; int32_t start, end; bool upper; };
    std::vector<Word> words;
    std::u16string pool;
    auto folded = [&](const Word& w) { return std::u16string_view(pool).substr(w.at, w.size); };
    const UChar* u = text.getBuffer();  // every unit is read here: no checked access
    for (int32_t i = from; i < to;) {
        if (!isAlnumFast(u[i])) { ++i; continue; }
        int32_t j = i;
        while (j < to && (isAlnumFast(u[j]) || (u[j] >= 0x80 && u_charType(u[j]) == U_NON_SPACING_MARK))) ++j;
        // Names are written with a capital; in lower case only in a domain ("syddjurs.dk").
        if (!isUpperFast(text.char32At(i)) && !isDigitFast(u[i]) && !(j < to && u[j] == '.')) { i = j; continue; }
        const std::size_t at = pool.size();
        bool plain = true;  // ASCII and Danish letters fold here; others go through ICU
        for (int32_t k = i; k < j && plain; ++k) {
            const UChar c = u[k];
            if (c < 128) pool.push_back(static_cast<char16_t>(c >= 'A' && c <= 'Z' ? c + 32 : c));
            else if (c == u'æ' || c == u'Æ') pool += u"ae";
            else if (c == u'ø' || c == u'Ø') pool.push_back(u'o');
            else if (c == u'å' || c == u'Å') pool.push_back(u'a');
            else plain = false;
        }
        if (!plain) {
            pool.resize(at);
            const icu::UnicodeString f = foldName(text.tempSubStringBetween(i, j));
            pool.append(reinterpret_cast<const char16_t*>(f.getBuffer()), static_cast<std::size_t>(f.length()));
        }
        words.push_back({at, pool.size() - at, i, j, isUpperFast(text.char32At(i))});
        i = j;
    }
    std::map<std::size_t, double> score;
    std::map<std::size_t, int32_t> firstSeen;
    auto credit = [&](std::size_t entry, double s, int32_t pos) {
        score[entry] += s;
        firstSeen.emplace(entry, pos);
    };
    for (std::size_t w = 0; w < words.size(); ++w) {
        // Most capitalised words begin no name: one look-up sends them on.
        const std::u16string_view first = folded(words[w]);
        const bool maybeGenitive = first.size() > 3 && first.back() == u's' && firstWords_.count(first.substr(0, first.size() - 1));
        const bool domainLike = words[w].end < to && text[words[w].end] == '.';
        if (!firstWords_.count(first) && !maybeGenitive && !domainLike) continue;
        std::u16string key;
        for (std::size_t len = 1; len <= 3 && w + len - 1 < words.size(); ++len) {
            const Word& last = words[w + len - 1];
            if (len > 1) {
                // Words of one name are joined by a space or a hyphen only.
                const int32_t gapStart = words[w + len - 2].end, gapEnd = last.start;
                if (gapEnd - gapStart != 1 || (text[gapStart] != ' ' && text[gapStart] != '-')) break;
                key += u' ';
            }
            key += folded(last);
            const int32_t s = words[w].start, e = last.end;
            const UChar before = s > from ? text[s - 1] : u' ';
            const bool dotDk = e + 3 <= to && text[e] == '.' && isDk(text, e + 1) && (e + 3 == to || !u_isalnum(text[e + 3]));
            // "egedalkommune.dk": a domain of name + "kommune".
            std::u16string domainKey = key;
            const std::u16string suffix = u"kommune";
            if (len == 1 && dotDk && domainKey.size() > suffix.size() && domainKey.compare(domainKey.size() - suffix.size(), suffix.size(), suffix) == 0) {
                domainKey.resize(domainKey.size() - suffix.size());
            }
            auto it = index_.find(dotDk ? domainKey : key);
            std::u16string gen;
            if (it == index_.end() && !dotDk && key.size() > 3 && key.back() == u's') {
                gen = key.substr(0, key.size() - 1);  // genitive "Københavns"
                it = index_.find(gen);
            }
            if (it == index_.end()) continue;
            for (std::size_t k : it->second) {
                const Name& nm = names_[k];
                if (dotDk) {
                    if (len == 1 && (before == '@' || before == '.' || before == '/' || u_isWhitespace(before) || before == '(' || before == '[' || s == from)) {
                        credit(nm.entry, 2, s);
                    }
                    continue;
                }
                if (nm.domainOnly || before == '@' || before == '.') continue;
                // "<Name> Kommune", "<Name>s Kommune".
                if (w + len < words.size() && folded(words[w + len]).substr(0, 7) == u"kommune" && words[w + len].start - e <= 2) {
                    credit(nm.entry, 3, s);
                    continue;
                }
                // After a postcode: an address line. The sender's own address
                // names the town, but so does the recipient's ("1061 København K").
                if (w > 0 && words[w - 1].end <= s && words[w - 1].end - words[w - 1].start == 4 &&
                    u_isdigit(text[words[w - 1].start]) && s - words[w - 1].end <= 2) continue;
                // A bare name must be written as a name ("Vejen", not "vejen").
                if (!words[w].upper) continue;
                credit(nm.entry, 1, s);
            }
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
