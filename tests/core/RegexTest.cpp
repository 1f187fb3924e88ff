#include "DomainData.hpp"
#include "Regex.hpp"

#include <gtest/gtest.h>

using namespace svarbrev;

namespace {

std::vector<std::string> literals(const char* pattern) {
    std::vector<std::string> out;
    const Regex rx(pattern, true);
    for (const auto& l : rx.literals()) {
        std::string s;
        l.toUTF8String(s);
        out.push_back(s);
    }
    return out;
}

TEST(Regex, FindsLeadingLiteralsForAQuickTest) {
    EXPECT_EQ(literals("(mindst|over)\\s+(5|fem)\\s+år"), (std::vector<std::string>{"mindst", "over"}));
    EXPECT_EQ(literals("\\bkontanthjælp(en)?\\b|mentor\\w*"), (std::vector<std::string>{"kontanthjælp", "mentor"}));
    EXPECT_EQ(literals("knap(t|pe)?"), (std::vector<std::string>{"knap"}));
    EXPECT_EQ(literals("ab?c"), (std::vector<std::string>{}));  // one letter is too little
    EXPECT_TRUE(literals("^\\s*(år|uge)").empty());
    EXPECT_TRUE(literals("(ca\\.)?\\s*\\d+").empty());
    EXPECT_TRUE(literals("x|\\d+").empty());
}

// A way that starts with a run of letters ("\\b\\p{L}*kurs", "\\p{L}{0,20}modtagere")
// or a look-around is looked for at its literal; one with no literal at all
// is left to ICU, and the leftmost of the two wins.
TEST(Regex, WaysStartingWithALetterRunOrLookAroundAreLookedForAtTheirLiteral) {
    const auto t = icu::UnicodeString::fromUTF8("to går på danskkurser, 12 kontanthjælpsmodtagere er i praktik");
    const Regex run("\\b\\p{L}*kurs(us|er)\\b|\\p{L}{0,20}modtagere", true);
    EXPECT_TRUE(run.literals().empty());  // not every match starts with a literal
    EXPECT_EQ(run.find(t).start, 10);
    EXPECT_EQ(run.find(t, 11).start, 26);  // inside the word "anskkurser" does not start at \\b
    const Regex bounded("\\p{L}{0,5}modtagere", true);
    EXPECT_EQ(bounded.find(t).start, 34);  // "jælpsmodtagere": five letters before the literal
    EXPECT_EQ(literals("(?<!ikke\\s)\\baktiveret"), (std::vector<std::string>{"aktiveret"}));
    const Regex mixed("(?<!\\bdet\\s)praktik|\\d+\\s+kontant", true);
    EXPECT_EQ(mixed.find(t).start, 23);  // the bare way matches first
    EXPECT_EQ(mixed.find(t, 25).start, 54);
}

TEST(Regex, AnOptionalGroupAddsItsLiteralsToWhatFollows) {
    EXPECT_EQ(literals("(har\\s+)?(været|fået)\\s+tilbud"), (std::vector<std::string>{"har", "været", "fået"}));
    EXPECT_EQ(literals("(mindst\\s+){0,2}(en|et)\\s+x"), (std::vector<std::string>{"mindst", "en", "et"}));
    EXPECT_TRUE(literals("(har\\s+)?\\d+").empty());  // what follows has no literal
    EXPECT_TRUE(literals("(har)?").empty());
    const Regex rx("(har\\s+)?(været|fået)\\s+tilbud", true);
    const auto t = icu::UnicodeString::fromUTF8("12 har fået tilbud, 3 har været tilbud");
    EXPECT_EQ(rx.find(t).start, 3);
    EXPECT_EQ(rx.find(t, 4).start, 7);
}

TEST(Regex, QuickTestDoesNotChangeResults) {
    const Regex rx("(mindst|over)\\s+(5|fem)\\s+år", true);
    const auto t = icu::UnicodeString::fromUTF8("har været mindst fem år i systemet");
    const Match m = rx.find(t);
    ASSERT_TRUE(m);
    EXPECT_EQ(m.start, 10);
    EXPECT_FALSE(rx.find(icu::UnicodeString::fromUTF8("i tre år")));
}

// The quick tests (leading, anchored and required literals, the matcher kept
// on one text) must give what ICU alone gives, for every pattern of the data.
TEST(Regex, QuickTestsGiveWhatIcuGives) {
    const DomainData& data = DomainData::get();
    std::vector<const Regex*> all;
    for (const auto& v : data.vocabulary) {
        all.push_back(v.pattern.get());
        if (v.context) all.push_back(v.context.get());
    }
    for (const auto& b : data.benefits) all.push_back(b.pattern.get());
    for (const auto& q : data.questions) all.push_back(q.pattern.get());
    for (const auto& [k, m] : data.markers) all.push_back(m.get());
    all.push_back(data.anyMention.get());
    const char* texts[] = {
        "Tallet i fjor var 38 (1. juli: 61), og i forhold til juli er 12 kontanthjælpsmodtagere i målgruppen; to går på danskkurser",
        "samme tidspunkt sidste år. Herunder 3 på et it-kursus – de øvrige har mentorstøtte, f.eks. fire i virksomhedspraktik",
        "  142 borgere har modtaget kontanthjælp i 5 år, heraf 12 i løntilskud (ca. 40 pct.) - de resterende 30 er i praktik",
        "Med venlig hilsen\nJens Hansen, borgmester i Egedal Kommune; sag nr. 2018-123, dato: 2. juli 2018",
        "Ad spørgsmål 2: hvilke indsatser får disse borgere? 96 i virksomhedspraktik, 54 har en mentor og 17 er i løntilskud.",
        "  år  uge 3 mdr. §  12 ud af i alt 40 af de 1.250 borgere; har været i aktivt tilbud, blev forelagt rehabiliteringsteamet",
    };
    int compared = 0;
    for (const char* utf8 : texts) {
        const icu::UnicodeString t = lowerSameLength(icu::UnicodeString::fromUTF8(utf8));
        for (const Regex* rx : all) {
            UErrorCode st = U_ZERO_ERROR;
            std::unique_ptr<icu::RegexMatcher> ref(rx->matcher(t).pattern().matcher(t, st));
            ASSERT_TRUE(U_SUCCESS(st));
            for (int32_t from = 0; from < t.length(); from += 3) {
                for (int32_t to = from; to <= t.length(); to += 5) {
                    ref->region(from, to, st);
                    ref->useTransparentBounds(true);
                    ref->useAnchoringBounds(true);
                    const bool found = ref->find(st);
                    const Match f = rx->find(t, from, to);
                    ASSERT_EQ(found, static_cast<bool>(f)) << from << " " << to;
                    if (found) {
                        EXPECT_EQ(ref->start(st), f.start);
                        EXPECT_EQ(ref->end(st), f.end);
                    }
                    ref->region(from, to, st);
                    const bool at = ref->lookingAt(st);
                    const Match l = rx->lookingAt(t, from, to);
                    ASSERT_EQ(at, static_cast<bool>(l)) << from << " " << to;
                    if (at) EXPECT_EQ(ref->end(st), l.end);
                    ref->region(from, to, st);
                    EXPECT_EQ(ref->matches(st), rx->matches(t, from, to)) << from << " " << to;
                    ++compared;
                }
            }
        }
    }
    EXPECT_GT(compared, 1000);
}

// Groups compiled as non-capturing and patterns anchored in every way must
// find what the pattern as written finds.
TEST(Regex, RewrittenPatternsFindWhatTheWrittenOnesFind) {
    const char* patterns[] = {
        "^\\s*(dato|den)\\b|^\\s*(\\d+)\\.\\s+(juli|august)",
        "[(]\\s*(\\d+)\\s*[)]|\\(ca\\.\\)",
        "(\\p{L}+\\s+){0,2}?(borger|modtager)\\w*",
        ",\\s+(?=(og|samt)\\s+(?!(som|der)\\b))|[(\\[]x",
        "^\\s*(\\p{L}+)\\s*:\\s*(\\d+)\\s*$",
        "\\b\\p{L}*kurs(us|er)\\b|\\p{L}{0,3}modtagere",
        "(?<!det\\s)\\p{L}{0,2}tager|\\p{L}{0,5}modtagere|\\w+sager",
        "\\b(i\\s+fjor|^\\s*sidste|samme\\s+år)|\\d+\\s+år|(?<=\\()\\s*\\d",
    };
    const char* texts[] = {
        "  dato: 2. juli 2018, og samt 12 borgere (ca.) (14) på kontanthjælp",
        "2. august 2018 var de 40 modtagere, og som der er flere",
        "Praktik: 12",
        "2modtagere, det modtagere og kontanthjælpsmodtagere; i fjor (12) samme år 12 år; dansk-kurser, 3kurser og sager",
        "sidste år var det modtagermodtagere",
    };
    int compared = 0;
    for (const char* p : patterns) {
        const Regex rx(p, true);
        UErrorCode st = U_ZERO_ERROR;
        UParseError pe;
        std::unique_ptr<icu::RegexPattern> written(icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(p), 0, pe, st));
        ASSERT_TRUE(U_SUCCESS(st)) << p;
        for (const char* utf8 : texts) {
            const icu::UnicodeString t = lowerSameLength(icu::UnicodeString::fromUTF8(utf8));
            std::unique_ptr<icu::RegexMatcher> ref(written->matcher(t, st));
            for (int32_t from = 0; from < t.length(); ++from) {
                ref->region(from, t.length(), st);
                ref->useTransparentBounds(true);
                ref->useAnchoringBounds(true);
                const bool found = ref->find(st);
                const Match f = rx.find(t, from);
                ASSERT_EQ(found, static_cast<bool>(f)) << p << " from " << from;
                if (found) EXPECT_EQ(ref->end(st), f.end) << p << " from " << from;
                ++compared;
            }
        }
    }
    EXPECT_GT(compared, 200);
}

TEST(Regex, KeptGroupsCanBeRead) {
    const Regex rx("(\\d+)\\. (juli)", true, Regex::Groups::Kept);
    const icu::UnicodeString t(u"den 2. juli");
    ASSERT_TRUE(rx.find(t));
    UErrorCode st = U_ZERO_ERROR;
    EXPECT_EQ(rx.matcher(t).group(1, st), u"2");
    EXPECT_EQ(rx.matcher(t).group(2, st), u"juli");
}

TEST(Regex, LowerSameLengthKeepsOffsets) {
    const auto t = icu::UnicodeString::fromUTF8("ÆØÅ Kommune");
    const auto l = lowerSameLength(t);
    EXPECT_EQ(l.length(), t.length());
    std::string s;
    l.toUTF8String(s);
    EXPECT_EQ(s, "æøå kommune");
}

}  // namespace
