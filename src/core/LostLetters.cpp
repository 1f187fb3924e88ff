#include "LostLetters.hpp"

#include "CharClass.hpp"

#include <string>

namespace svarbrev {

namespace {

// Marks between two letters that make a text one that lost its letters: a
// real question mark stands after a word, never inside one.
constexpr std::size_t kLostInside = 3;
constexpr std::size_t kMaxMarks = 3;  // per word: 4^3 spellings are tried
constexpr char32_t kLetters[] = {U'æ', U'ø', U'å', U'é'};

bool letterAt(const Units& u, std::size_t k) { return k < u.size() && isAlphaFast(static_cast<UChar32>(u[k].c)); }

}  // namespace

Units restoreLostLetters(Units in, const OcrRepair& words) {
    std::size_t inside = 0;
    for (std::size_t k = 1; k + 1 < in.size() && inside < kLostInside; ++k) inside += in[k].c == '?' && letterAt(in, k - 1) && letterAt(in, k + 1);
    if (inside < kLostInside) return in;
    const std::size_t n = in.size();
    std::size_t i = 0;
    while (i < n) {
        // "Kommune ? de langvarige": a dash between words.
        if (in[i].c == '?' && i > 0 && i + 1 < n && in[i - 1].c == ' ' && in[i + 1].c == ' ') {
            in[i].c = U'–';
            ++i;
            continue;
        }
        if (!letterAt(in, i) && in[i].c != '?') { ++i; continue; }
        std::size_t j = i;
        std::vector<std::size_t> marks;
        while (j < n && (letterAt(in, j) || in[j].c == '?')) {
            if (in[j].c == '?') marks.push_back(j);
            ++j;
        }
        // ("Hvornår?": a word's last mark before no letter may be a real one; the lexicon decides.)
        if (marks.empty() || marks.size() > kMaxMarks || j - i == marks.size()) { i = j; continue; }
        std::u32string word;
        for (std::size_t k = i; k < j; ++k) word.push_back(lowerChar(in[k].c));
        std::size_t combos = 1;
        for (std::size_t m = 0; m < marks.size(); ++m) combos *= std::size(kLetters);
        for (std::size_t c = 0; c < combos; ++c) {
            std::size_t pick = c;
            for (std::size_t m : marks) {
                word[m - i] = kLetters[pick % std::size(kLetters)];
                pick /= std::size(kLetters);
            }
            if (!words.knows(word)) continue;
            for (std::size_t m : marks) {
                const bool upper = (m + 1 < j && u_isupper(static_cast<UChar32>(in[m + 1].c)) && (m == i || u_isupper(static_cast<UChar32>(in[m - 1].c)))) ||
                                   (m == i && m + 1 < j && u_isupper(static_cast<UChar32>(in[m + 1].c)));
                in[m].c = upper ? static_cast<char32_t>(u_toupper(static_cast<UChar32>(word[m - i]))) : word[m - i];
            }
            break;
        }
        i = j;
    }
    return in;
}

}  // namespace svarbrev
