package io.papergraph.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MentionHashTests {

    private static Map<String, Object> mention(String term, long count, boolean inTitle, double weight, List<String> forms) {
        return Map.of("paper", "2401.00001", "term", term, "count", count, "inTitle", inTitle, "weight", weight, "forms", forms);
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
