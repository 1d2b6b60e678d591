package io.papergraph.extractor.terms.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.papergraph.extractor.terms.TermMention;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionHashTests {

    private static TermMention mention(String term, int count, boolean inTitle, double weight, List<String> forms) {
        return new TermMention("2401.00001", term, count, inTitle, weight, forms);
    }

    @Test
    void equalMentionsHashEqually() {
        var rows = List.of(mention("kv cache", 2, false, 0.5, List.of("KV cache")), mention("lora", 1, true, 1.0, List.of("LoRA")));
        var same = List.of(mention("kv cache", 2, false, 0.5, List.of("KV cache")), mention("lora", 1, true, 1.0, List.of("LoRA")));
        assertEquals(MentionHash.of(rows), MentionHash.of(same));
    }

    @Test
    void everyPropertyOfAMentionChangesTheHash() {
        var base = MentionHash.of(List.of(mention("kv cache", 2, false, 0.5, List.of("KV cache"))));
        assertNotEquals(base, MentionHash.of(List.of(mention("kv caches", 2, false, 0.5, List.of("KV cache")))));
        assertNotEquals(base, MentionHash.of(List.of(mention("kv cache", 3, false, 0.5, List.of("KV cache")))));
        assertNotEquals(base, MentionHash.of(List.of(mention("kv cache", 2, true, 0.5, List.of("KV cache")))));
        assertNotEquals(base, MentionHash.of(List.of(mention("kv cache", 2, false, 0.25, List.of("KV cache")))));
        assertNotEquals(base, MentionHash.of(List.of(mention("kv cache", 2, false, 0.5, List.of("KV cache", "KV-cache")))));
        assertNotEquals(base, MentionHash.NONE);
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        var one = MentionHash.of(List.of(mention("a", 1, false, 0.5, List.of("ab", "c"))));
        var other = MentionHash.of(List.of(mention("a", 1, false, 0.5, List.of("a", "bc"))));
        assertNotEquals(one, other);
    }
}
