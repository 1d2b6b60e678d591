package io.papergraph.loader.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.papergraph.extractor.terms.corpus.CoOccurrence;
import io.papergraph.loader.state.StoredCoOccurrences.Stored;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kept co-occurrences: compared with the wanted ones in one pass, written and read back unchanged. */
class StoredCoOccurrencesTests {

    private static final StoredCoOccurrences STORED = new StoredCoOccurrences(List.of(
            new Stored("rag", "retrieval", "id-3", 4, 0.5),
            new Stored("kv cache", "llm", "id-1", 2, 0.25),
            new Stored("llm", "rag", "id-2", 3, 0.75),
            new Stored("lora", "peft", "id-4", 2, 0.9)));

    @Test
    void differencesNameWhatToRemoveUpdateAndCreate() {
        var wanted = List.of(
                new CoOccurrence("kv cache", "llm", 2, 0.25),     // as stored
                new CoOccurrence("llm", "lora", 2, 0.4),          // new
                new CoOccurrence("llm", "rag", 4, 0.8),           // other properties
                new CoOccurrence("rag", "retrieval", 4, 0.5000001)); // another strength only
        var differences = STORED.differences(wanted);
        assertEquals(List.of("id-4"), differences.remove());
        assertEquals(List.of(new Stored("llm", "rag", "id-2", 4, 0.8)), differences.update());
        assertEquals(List.of(new Stored("rag", "retrieval", "id-3", 4, 0.5000001)), differences.restrengthen());
        assertEquals(List.of(new CoOccurrence("llm", "lora", 2, 0.4)), differences.create());
        assertEquals(List.of(new Stored("kv cache", "llm", "id-1", 2, 0.25)), differences.unchanged());
    }

    @Test
    void nothingWantedRemovesAllAndNothingStoredCreatesAll() {
        assertEquals(List.of("id-1", "id-2", "id-4", "id-3"), STORED.differences(List.of()).remove());
        var wanted = List.of(new CoOccurrence("a", "b", 2, 0.1), new CoOccurrence("a", "c", 2, 0.2));
        assertEquals(wanted, new StoredCoOccurrences(List.of()).differences(wanted).create());
    }

    @Test
    void wantedCoOccurrencesOutOfKeyOrderAreRefused() {
        var wanted = List.of(new CoOccurrence("llm", "rag", 4, 0.8), new CoOccurrence("kv cache", "llm", 2, 0.25));
        assertThrows(IllegalArgumentException.class, () -> STORED.differences(wanted));
        assertThrows(IllegalArgumentException.class, () -> new StoredCoOccurrences(List.of(
                new Stored("a", "b", "1", 2, 0.1), new Stored("a", "b", "2", 2, 0.1))));
    }

    @Test
    void whatIsWrittenIsReadBack() throws IOException {
        var bytes = new ByteArrayOutputStream();
        STORED.write(new DataOutputStream(bytes));
        var read = StoredCoOccurrences.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(STORED.relationships(), read.relationships());
        byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() - 5);
        assertThrows(IOException.class, () -> StoredCoOccurrences.read(new DataInputStream(new ByteArrayInputStream(cut))));
        byte[] otherVersion = bytes.toByteArray().clone();
        otherVersion[3] = 9;
        assertThrows(IOException.class, () -> StoredCoOccurrences.read(new DataInputStream(new ByteArrayInputStream(otherVersion))));
    }
}
