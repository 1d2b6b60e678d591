package io.papergraph.loader;

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
    void keysMustBeOrdered() {
        assertThrows(IllegalArgumentException.class, () -> new CoOccurrence("b", "a", 2, 0.5));
    }
}
