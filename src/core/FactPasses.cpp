#include "FactPasses.hpp"

#include "DateParser.hpp"

#include <algorithm>

namespace svarbrev {

void inheritWholeBenefit(std::vector<Fact>& facts, const DomainData& data) {
    for (const auto& bd : data.breakdowns) {
        for (auto& f : facts) {
            if (f.section != bd.section || f.category != bd.part || f.benefit != "all") continue;
            // The latest count of the whole before the part.
            const Fact* whole = nullptr;
            for (const auto& w : facts) {
                if (w.section == bd.section && w.category == bd.whole && w.value && w.start <= f.start && (!whole || w.start >= whole->start)) whole = &w;
            }
            if (!whole || whole->benefit == "all") continue;
            if (bd.byTotal && f.ofTotal != whole->value) continue;
            // Wholes counted by benefit side by side (a sentence, a table's
            // rows): the part may be of any of them.
            constexpr std::size_t kNear = 400;  // characters: a paragraph or a small table
            bool split = false;
            for (const auto& w : facts) {
                split |= w.section == bd.section && w.category == bd.whole && w.benefit != whole->benefit && w.start <= f.start &&
                         w.start + kNear >= whole->start;
            }
            if (!split) f.benefit = whole->benefit;
        }
    }
}

void inheritComplementBenefit(std::vector<Fact>& facts, const DomainData& data) {
    for (std::size_t i = 1; i < facts.size(); ++i) {
        Fact& f = facts[i];
        if (f.benefit != "all" || !f.value || f.ofTotal || f.derived) continue;
        const Fact* before = nullptr;
        for (const auto& p : facts) {
            if (&p != &f && p.start < f.start && p.section == f.section && (!before || p.start > before->start)) before = &p;
        }
        auto restOf = [&](const Fact& p) {
            const auto* c = data.complementOf(p.section, p.category);
            return c && c->complement == f.category && p.value && p.ofTotal && *p.value + *f.value == *p.ofTotal;
        };
        if (!before || before->benefit == "all" || !restOf(*before)) continue;
        // (Not when it is the rest of the whole group as well: "39 af de 41 ... Blandt de 31
        // kontanthjælpsmodtagere er det 29. De to borgere, der ikke har været aktive".)
        if (std::any_of(facts.begin(), facts.end(), [&](const Fact& p) { return p.start < f.start && p.benefit == "all" && restOf(p); })) continue;
        f.benefit = before->benefit;
    }
}

void scopeToBenefit(std::vector<Fact>& facts, const std::string& benefit) {
    if (benefit.empty()) return;
    if (std::any_of(facts.begin(), facts.end(), [&](const Fact& f) { return f.benefit != "all" && f.benefit != benefit; })) return;
    for (auto& f : facts) {
        if (f.benefit == "all") f.benefit = benefit;
    }
}

void scopeToBenefitSections(std::vector<Fact>& facts, const std::vector<BenefitSection>& sections) {
    for (auto& f : facts) {
        for (const auto& sec : sections) {
            if (f.benefit == "all" && f.start >= sec.start && f.start < sec.end) f.benefit = sec.benefit;
        }
    }
}

void poolAcrossBenefits(std::vector<Fact>& facts, const DomainData& data) {
    for (auto& f : facts) {
        if (data.pooled.count({f.section, f.category})) f.benefit = "all";
    }
}

void inheritQuestionPeriod(std::vector<Fact>& facts, const DomainData& data) {
    for (const auto& q : data.questions) {
        if (!q.onePeriod) continue;
        for (auto& f : facts) {
            if (f.section != q.section || f.period || f.asOf || !f.value) continue;
            // The nearest before it, else the nearest after it.
            const Fact* before = nullptr;
            const Fact* after = nullptr;
            for (const auto& o : facts) {
                if (o.section != q.section || !o.period) continue;
                if (o.start <= f.start) {
                    if (!before || o.start > before->start) before = &o;
                } else if (!after || o.start < after->start) {
                    after = &o;
                }
            }
            if (const Fact* near = before ? before : after) f.period = near->period;
        }
    }
}

namespace {

// Whether period `inner` lies inside period `outer` (a month in its quarter).
bool within(const std::string& inner, const std::string& outer) {
    const auto a = periodDays(inner), b = periodDays(outer);
    return a && b && b->first <= a->first && a->second <= b->second;
}

}  // namespace

void deriveAndDedupe(std::vector<Fact>& facts, const DomainData& data) {
    std::vector<Fact> out;
    // ("2 af sagerne blev behandlet i maj, og 2 var på teamets møde den 30.
    // august": one sentence's two counts of one kind and other times are two,
    // and so are two that each name their own period: a table's months.)
    // Nor are two rows of a list one under the other ("behandlet på mødet 28.
    // august: 4" over "behandlet på teamets to møder i oktober: 4").
    auto same = [](const Fact& a, const Fact& b) {
        const bool otherTimes = a.period != b.period && (a.start == b.start || (a.period && b.period));
        auto row = [](const Fact& f) { return !f.quote.empty() && f.quote.back() != '.'; };
        const bool nextRow = a.quote != b.quote && row(a) && row(b) && ((b.start > a.end && b.start - a.end <= 8) || (a.start > b.end && a.start - b.end <= 8));
        return sameKind(a, b) && a.value == b.value && !otherTimes && !nextRow;
    };
    for (auto& f : facts) {
        bool dup = false;
        for (auto& o : out) {
            if (same(o, f) && o.value) {
                // Keep the first statement; take what the repeat adds.
                if (!o.ofTotal) o.ofTotal = f.ofTotal;
                if (!o.period) o.period = f.period;
                if (!o.asOf) o.asOf = f.asOf;
                dup = true;
                break;
            }
        }
        if (!dup) out.push_back(f);
    }
    const std::size_t n = out.size();
    for (std::size_t i = 0; i < n; ++i) {
        const Fact f = out[i];
        if (!f.value || !f.ofTotal || f.derived) continue;
        const auto* c = data.complementOf(f.section, f.category);
        if (!c) continue;
        // In a letter whose group is wider than one benefit (it counts the
        // whole group or other benefits), that benefit's part ("for
        // kontanthjælp har 30 af de 35 været aktive", a table row by benefit)
        // is a detail that says nothing of the benefit's others.
        const bool widerGroup = f.benefit != "all" && std::any_of(out.begin(), out.end(), [&](const Fact& o) {
            return (o.section == f.section || o.section == "target_group") && o.benefit != f.benefit && o.value;
        });
        if (widerGroup) continue;
        // A count given period by period (a table's months, quarters) leaves
        // each period's rest unsaid; only one spanning them all may be summed up.
        if (f.period && std::any_of(out.begin(), out.end(), [&](const Fact& o) {
                return sameKind(o, f) && o.value && !o.derived && o.period && o.period != f.period && !within(*o.period, *f.period);
            })) continue;
        bool stated = false;
        for (const auto& o : out) stated |= o.section == f.section && o.category == c->complement && o.benefit == f.benefit;
        if (stated) continue;
        Fact d = f;
        d.category = c->complement;
        d.value = *f.ofTotal - *f.value;
        d.derived = true;
        d.confidence = 0.75;
        out.push_back(d);
    }
    facts = std::move(out);
}

void dropPeriodsOfUndated(std::vector<Fact>& facts, const DomainData& data) {
    for (auto& f : facts) {
        if (data.undated.count({f.section, f.category})) f.period.reset();
    }
}

void dropSupersededFigures(std::vector<Fact>& facts) {
    auto sameCount = [](const Fact& a, const Fact& b) { return sameKind(a, b) && a.period == b.period; };
    std::vector<Fact> out;
    out.reserve(facts.size());
    for (const auto& f : facts) {
        const bool superseded = f.value && f.asOf && std::any_of(facts.begin(), facts.end(), [&](const Fact& o) {
            return o.value && o.asOf && *o.asOf > *f.asOf && sameCount(o, f);
        });
        if (!superseded) out.push_back(f);
    }
    facts = std::move(out);
}

void dropSharesOfPastPeriods(std::vector<Fact>& facts, const DomainData& data) {
    auto endsBefore = [](const Fact& past, const Fact& now) {
        const auto a = periodDays(*past.period), b = periodDays(*now.period);
        return a && b && a->second < b->first;
    };
    const std::vector<Fact> all = facts;
    std::erase_if(facts, [&](const Fact& f) {
        return f.value && f.period && data.isShare(f.section, f.category) && std::any_of(all.begin(), all.end(), [&](const Fact& o) {
                   return o.value && o.period && o.end <= f.start && sameKind(o, f) && endsBefore(f, o);
               });
    });
}

void dropEarlierColumnsOfOnePeriod(std::vector<Fact>& facts, const DomainData& data) {
    auto onePeriod = [&](const std::string& section) {
        return std::any_of(data.questions.begin(), data.questions.end(), [&](const auto& q) { return q.onePeriod && q.section == section; });
    };
    auto endsBefore = [](const Fact& a, const Fact& b) {
        const auto x = periodDays(*a.period), y = periodDays(*b.period);
        return x && y && x->second < y->second;
    };
    const std::vector<Fact> all = facts;
    std::erase_if(facts, [&](const Fact& f) {
        return f.value && f.period && onePeriod(f.section) && std::any_of(all.begin(), all.end(), [&](const Fact& o) {
                   return o.value && o.period && o.start == f.start && o.quote == f.quote && sameKind(o, f) && endsBefore(f, o);
               });
    });
}

void dropBasesOfTheirParts(std::vector<Fact>& facts) {
    std::vector<Fact> out;
    out.reserve(facts.size());
    for (const auto& f : facts) {
        // Only a doubtful count (its kind only the question's) gives way to a
        // part whose own words say what it counts, and not when it is split
        // by benefit ("Heraf er 26 på kontanthjælp, ..."): there a part left
        // without its benefit shares the total's kind by mistake.
        auto partOf = [&](const Fact& part) {
            return part.start > f.start && part.value && part.ofTotal == f.value && *part.value < *f.value && part.section == f.section;
        };
        const bool base = f.value && f.confidence < kDoubtful &&
                          std::any_of(facts.begin(), facts.end(), [&](const Fact& p) { return partOf(p) && p.confidence >= kDoubtful && sameKind(p, f); }) &&
                          std::none_of(facts.begin(), facts.end(), [&](const Fact& p) { return partOf(p) && p.benefit != f.benefit; });
        if (!base) out.push_back(f);
    }
    facts = std::move(out);
}

void dropBreakdownsOfACount(std::vector<Fact>& facts) {
    std::vector<bool> drop(facts.size(), false);
    for (const auto& whole : facts) {
        if (!whole.value || whole.derived || whole.confidence < kDoubtful) continue;
        for (const auto& part : facts) {
            if (part.start < whole.start || part.ofTotal != whole.value || !part.value || *part.value >= *whole.value || part.derived ||
                part.confidence < kDoubtful || !sameKind(part, whole) || part.period != whole.period) continue;
            // The part's sentence: its fellow parts share its quote (the whole may too:
            // "7 fortsat er under forberedelse (fem af dem venter …)").
            auto fellow = [&](const Fact& o) { return &o != &whole && o.start == part.start && sameKind(o, part) && !o.derived; };
            double sum = 0;
            for (const auto& o : facts) {
                if (fellow(o) && o.value) sum += *o.value;
            }
            if (sum > *whole.value) continue;
            for (std::size_t i = 0; i < facts.size(); ++i) drop[i] = drop[i] || fellow(facts[i]);
        }
    }
    std::size_t i = 0;
    std::erase_if(facts, [&](const Fact&) { return drop[i++]; });
}

void dropOwedTotalsSplitByBenefit(std::vector<Fact>& facts) {
    auto owed = [](const Fact& f) { return f.value && !f.derived && f.section == "target_group" && f.category == "without_offer"; };
    // Decided for all first: erasing moves the facts the test reads.
    std::vector<bool> drop(facts.size(), false);
    for (std::size_t w = 0; w < facts.size(); ++w) {
        const Fact& whole = facts[w];
        if (!owed(whole) || whole.benefit != "all") continue;
        double sum = 0;
        int parts = 0;
        for (const auto& p : facts) {
            if (&p != &whole && owed(p) && p.benefit != "all" && p.quote == whole.quote && p.start == whole.start) sum += *p.value, ++parts;
        }
        drop[w] = parts >= 2 && sum == *whole.value;
    }
    std::size_t i = 0;
    std::erase_if(facts, [&](const Fact&) { return drop[i++]; });
}

void dropTotalsOfPeriodParts(std::vector<Fact>& facts) {
    auto summed = [&](const Fact& whole) {
        std::vector<double> parts;
        std::vector<std::string> periods;
        for (const auto& o : facts) {
            if (&o == &whole || !o.value || !o.period || o.derived || !sameKind(o, whole)) continue;
            if (std::find(periods.begin(), periods.end(), *o.period) != periods.end()) continue;
            parts.push_back(*o.value);
            periods.push_back(*o.period);
        }
        const std::size_t n = parts.size();
        for (std::size_t a = 0; a < n; ++a) {
            for (std::size_t b = a + 1; b < n; ++b) {
                if (parts[a] + parts[b] == *whole.value) return true;
                for (std::size_t c = b + 1; c < n; ++c) {
                    if (parts[a] + parts[b] + parts[c] == *whole.value) return true;
                }
            }
        }
        return false;
    };
    std::vector<bool> drop(facts.size(), false);
    for (std::size_t i = 0; i < facts.size(); ++i) drop[i] = facts[i].value && !facts[i].period && !facts[i].derived && summed(facts[i]);
    std::size_t i = 0;
    std::erase_if(facts, [&](const Fact&) { return drop[i++]; });
}

void dropRestatedRowTotals(std::vector<Fact>& prose, const std::vector<Fact>& fromTables) {
    auto rowSum = [&](const Fact& f) {
        // The parts of one row share its quote's place; two benefits at least make a split.
        for (const Fact& t : fromTables) {
            if (t.start >= f.start || t.benefit == "all" || !t.value || t.derived || t.section != f.section || t.category != f.category) continue;
            double sum = 0;
            int parts = 0;
            for (const Fact& o : fromTables) {
                if (o.start == t.start && o.section == t.section && o.category == t.category && o.value && !o.derived) sum += *o.value, ++parts;
            }
            if (parts >= 2 && sum == *f.value) return true;
        }
        return false;
    };
    std::erase_if(prose, [&](const Fact& f) { return f.benefit == "all" && f.value && !f.derived && rowSum(f); });
}

}  // namespace svarbrev
