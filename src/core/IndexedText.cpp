#include "IndexedText.hpp"

#include <algorithm>

namespace svarbrev {

IndexedText::IndexedText(const icu::UnicodeString& text) : icu::UnicodeString(text) {
    const int32_t n = length();
    const char16_t* u = reinterpret_cast<const char16_t*>(getBuffer());
    // A counting sort of the places by their pair's key.
    bucketStart_.assign(kKeys + 1, 0);
    for (int32_t p = 0; p + 1 < n; ++p) ++bucketStart_[key(u[p], u[p + 1]) + 1];
    for (int k = 0; k < kKeys; ++k) bucketStart_[k + 1] += bucketStart_[k];
    positions_.resize(static_cast<std::size_t>(std::max(0, n - 1)));
    std::vector<int32_t> fill(bucketStart_.begin(), bucketStart_.end() - 1);
    for (int32_t p = 0; p + 1 < n; ++p) positions_[static_cast<std::size_t>(fill[key(u[p], u[p + 1])]++)] = p;
}

int32_t IndexedText::first(const std::vector<std::u16string>& literals, int32_t from, int32_t to) const {
    const char16_t* u = reinterpret_cast<const char16_t*>(getBuffer());
    to = std::min(to, length());
    int32_t best = -1;
    for (const auto& l : literals) {
        const auto len = static_cast<int32_t>(l.size());
        // Starts past this cannot be first, or cannot fit.
        const int32_t limit = std::min(best < 0 ? to : best, to - len + 1);
        if (len < 2) {
            for (int32_t p = from; p < limit; ++p) {
                if (u[p] == l[0]) { best = p; break; }
            }
            continue;
        }
        if (bucketStart_.empty()) {  // never indexed: a plain scan
            for (int32_t p = from; p < limit; ++p) {
                if (std::char_traits<char16_t>::compare(u + p, l.data(), l.size()) == 0) { best = p; break; }
            }
            continue;
        }
        const int k = key(l[0], l[1]);
        const auto b = positions_.begin() + bucketStart_[k], e = positions_.begin() + bucketStart_[k + 1];
        for (auto it = std::lower_bound(b, e, from); it != e && *it < limit; ++it) {
            if (std::char_traits<char16_t>::compare(u + *it, l.data(), l.size()) == 0) {
                best = *it;
                break;
            }
        }
    }
    return best;
}

}  // namespace svarbrev
