package io.papergraph.extractor.terms.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.papergraph.extractor.terms.TermMention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoOccurrenceTests {

    private static TermMention m(String paper, String term) {
        return new TermMention(paper, term, 1, false, 1.0, List.of());
    }

    @Test
    void countsSharedPapersAndScoresThemWithNpmi() {
        var mentions = List.of(m("p1", "rag"), m("p1", "llm"), m("p2", "rag"), m("p2", "llm"), m("p3", "llm"),
                m("p3", "kv cache"), m("p4", "kv cache"), m("p4", "rag"));
        var pairs = CoOccurrence.compute(mentions, 5, 2);
        // rag & llm share p1, p2; the other pairs share one paper only.
        assertEquals(1, pairs.size());
        var pair = pairs.get(0);
        assertEquals("llm", pair.a());
        assertEquals("rag", pair.b());
        assertEquals(2, pair.papers());
        double expected = Math.log((2.0 / 5) / ((3.0 / 5) * (3.0 / 5))) / -Math.log(2.0 / 5);
        assertEquals(expected, pair.strength(), 1e-12);
    }

    @Test
    void termsAlwaysTogetherHaveStrengthOneAndIndependentOnesAreLeftOut() {
        assertEquals(1.0, CoOccurrence.npmi(4, 4, 4, 4));
        assertEquals(1.0, CoOccurrence.npmi(2, 2, 2, 10), 1e-12);
        // a in half the papers, b in half, together in a quarter: independent, NPMI 0, no relationship.
        var mentions = new ArrayList<TermMention>();
        for (String p : List.of("1", "2")) {
            mentions.add(m(p, "a"));
        }
        mentions.add(m("1", "b"));
        mentions.add(m("3", "b"));
        assertEquals(List.of(), CoOccurrence.compute(mentions, 4, 1));
    }

    @Test
    void resultDoesNotDependOnMentionOrder() {
        var mentions = new ArrayList<TermMention>();
        for (int p = 0; p < 30; p++) {
            for (int t = 0; t < 8; t++) {
                if ((p * 7 + t * 3) % 5 < 2) {
                    mentions.add(m("p" + p, "t" + t));
                }
            }
        }
        var first = CoOccurrence.compute(mentions, 30, 2);
        Collections.shuffle(mentions, new java.util.Random(7));
        assertEquals(first, CoOccurrence.compute(mentions, 30, 2));
    }

    @Test
    void aPairStaysWhenEitherTermKeepsItAmongItsStrongestPartners() {
        var mentions = new ArrayList<TermMention>();
        // Of 16 papers, a-b and c-d are always together (NPMI 1); c and d are also in two of the a-b papers.
        for (int p = 0; p < 4; p++) {
            mentions.add(m("ab" + p, "a"));
            mentions.add(m("ab" + p, "b"));
            mentions.add(m("cd" + p, "c"));
            mentions.add(m("cd" + p, "d"));
        }
        mentions.add(m("ab0", "c"));
        mentions.add(m("ab0", "d"));
        mentions.add(m("ab1", "c"));
        mentions.add(m("ab1", "d"));
        var all = CoOccurrence.compute(mentions, 16, 2, CoOccurrence.ALL_PARTNERS);
        var one = CoOccurrence.compute(mentions, 16, 2, 1);
        assertEquals(List.of("a-b", "a-c", "a-d", "b-c", "b-d", "c-d"), all.stream().map(c -> c.a() + "-" + c.b()).toList());
        assertEquals(List.of("a-b", "c-d"), one.stream().map(c -> c.a() + "-" + c.b()).toList());
        assertEquals(all.get(0), one.get(0));
    }

    @Test
    void boundedPairsAreTheUnionOfEachTermsStrongestPartners() {
        var random = new java.util.Random(11);
        var mentions = new ArrayList<TermMention>();
        for (int p = 0; p < 300; p++) {
            for (int t = 0; t < 60; t++) {
                // long-tailed: low term numbers in most papers, high ones in few
                if (random.nextDouble() < 1.0 / (1 + t * 0.4)) {
                    mentions.add(m("p" + p, "t" + t));
                }
            }
        }
        var all = CoOccurrence.compute(mentions, 300, 2, CoOccurrence.ALL_PARTNERS);
        // Every pair's shared papers, counted the plain way: over each paper's pairs.
        var termsOfPaper = new java.util.TreeMap<String, java.util.TreeSet<String>>();
        mentions.forEach(m -> termsOfPaper.computeIfAbsent(m.arxivId(), x -> new java.util.TreeSet<>()).add(m.termKey()));
        var shared = new java.util.HashMap<String, Integer>();
        termsOfPaper.values().forEach(terms -> terms.forEach(a -> terms.tailSet(a, false).forEach(b -> shared.merge(a + "\u0000" + b, 1, Integer::sum))));
        for (var c : all) {
            assertEquals(shared.get(c.a() + "\u0000" + c.b()), c.papers(), c.toString());
        }
        for (int k : new int[] {1, 3, 10}) {
            var byTerm = new java.util.HashMap<String, List<CoOccurrence>>();
            for (var c : all) {
                byTerm.computeIfAbsent(c.a(), x -> new ArrayList<>()).add(c);
                byTerm.computeIfAbsent(c.b(), x -> new ArrayList<>()).add(c);
            }
            var expected = new java.util.TreeSet<String>();
            byTerm.forEach((term, pairs) -> pairs.stream()
                    .sorted(java.util.Comparator.comparingDouble(CoOccurrence::strength).reversed()
                            .thenComparing(java.util.Comparator.comparingInt(CoOccurrence::papers).reversed())
                            .thenComparing(c -> c.a().equals(term) ? c.b() : c.a()))
                    .limit(k).forEach(c -> expected.add(c.a() + "\u0000" + c.b())));
            var bounded = CoOccurrence.compute(mentions, 300, 2, k);
            assertEquals(List.copyOf(expected), bounded.stream().map(c -> c.a() + "\u0000" + c.b()).toList(), "partners " + k);
            assertEquals(all.stream().filter(c -> expected.contains(c.a() + "\u0000" + c.b())).toList(), bounded);
            org.junit.jupiter.api.Assertions.assertTrue(bounded.size() < all.size(), "partners " + k + " leaves pairs out");
            Collections.shuffle(mentions, new java.util.Random(k));
            assertEquals(bounded, CoOccurrence.compute(mentions, 300, 2, k), "order independence, partners " + k);
        }
    }

    @Test
    void keysMustBeOrdered() {
        assertThrows(IllegalArgumentException.class, () -> new CoOccurrence("b", "a", 2, 0.5));
    }
}
