package io.papergraph.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.terms.RankingState;
import io.papergraph.extractor.terms.TermOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept ranking state's files: a state is read back only for the graph, version and options it was kept for. */
class RankingStateStoreTests {

    private static final TermOptions OPTIONS = TermOptions.defaults();

    @TempDir
    Path folder;

    private static RankingStateStore.Basis basis(String hash, long papers) {
        var digests = new HashMap<String, String>();
        digests.put("a.md", hash);
        digests.put("b.md", null);
        return new RankingStateStore.Basis(digests, papers, 3, 4, 5);
    }

    private RankingStateStore kept() {
        var store = new RankingStateStore(folder);
        var staged = store.stage(RankingState.of(List.of(), OPTIONS).state()).orElseThrow();
        assertFalse(store.read(basis("h", 2), OPTIONS).isPresent(), "a staged state is not in place yet");
        store.commit(staged, basis("h", 2));
        return store;
    }

    @Test
    void aKeptStateIsReadForItsGraphOnly() {
        var store = kept();
        assertTrue(store.read(basis("h", 2), OPTIONS).isPresent());
        assertFalse(store.read(basis("other", 2), OPTIONS).isPresent(), "a digest's content changed");
        assertFalse(store.read(basis("h", 3), OPTIONS).isPresent(), "the graph holds another number of papers");
        assertFalse(store.read(basis("h", 2), OPTIONS.withMinDf(3)).isPresent(), "other ranking options");
        assertFalse(new RankingStateStore(folder.resolve("elsewhere")).read(basis("h", 2), OPTIONS).isPresent());
    }

    @Test
    void aDamagedOrForeignStateIsNotRead() throws IOException {
        var store = kept();
        Path state = folder.resolve(RankingStateStore.STATE_FILE);
        byte[] good = Files.readAllBytes(state);
        Files.write(state, new byte[] {1, 2, 3});
        assertFalse(store.read(basis("h", 2), OPTIONS).isPresent(), "cut short");
        Files.write(state, good);
        assertTrue(store.read(basis("h", 2), OPTIONS).isPresent());
        Files.writeString(folder.resolve(RankingStateStore.BASIS_FILE), "{not json");
        assertFalse(store.read(basis("h", 2), OPTIONS).isPresent(), "an unreadable basis");
        kept();
        var other = new RankingStateStore(folder);
        other.stage(RankingState.of(List.of(), OPTIONS).state()).orElseThrow();
        assertFalse(other.read(basis("h", 2), OPTIONS).isPresent(), "a load that staged a state and stopped leaves no basis");
    }

    @Test
    void keptCoOccurrencesAreReadWithTheirStateOnly() {
        var store = new RankingStateStore(folder);
        var coOccurrences = new StoredCoOccurrences(List.of(new StoredCoOccurrences.Stored("llm", "rag", "id-1", 3, 0.5)));
        var staged = store.stageCoOccurrences(store.stage(RankingState.of(List.of(), OPTIONS).state()).orElseThrow(), coOccurrences);
        assertTrue(staged.coOccurrencesFile().isPresent());
        assertFalse(store.readCoOccurrences(basis("h", 2)).isPresent(), "staged, not in place yet");
        store.commit(staged, basis("h", 2));
        assertEquals(coOccurrences.relationships(), store.readCoOccurrences(basis("h", 2)).orElseThrow().relationships());
        assertFalse(store.readCoOccurrences(basis("h", 3)).isPresent(), "the graph holds another number of papers");
        // A later state kept without co-occurrences (a load that lost the element ids of some) leaves none behind.
        store.commit(store.stage(RankingState.of(List.of(), OPTIONS).state()).orElseThrow(), basis("h", 2));
        assertTrue(store.read(basis("h", 2), OPTIONS).isPresent());
        assertFalse(store.readCoOccurrences(basis("h", 2)).isPresent());
        assertFalse(Files.exists(folder.resolve(RankingStateStore.CO_OCCURRENCES_FILE)));
    }

    @Test
    void discardingAStagedStateRemovesItsCoOccurrencesToo() throws IOException {
        var store = new RankingStateStore(folder);
        var coOccurrences = new StoredCoOccurrences(List.of(new StoredCoOccurrences.Stored("llm", "rag", "id-1", 3, 0.5)));
        var staged = store.stageCoOccurrences(store.stage(RankingState.of(List.of(), OPTIONS).state()).orElseThrow(), coOccurrences);
        store.discard(staged);
        try (var files = Files.list(folder)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void theBasisFileNamesTheDigestsAndCounts() throws IOException {
        kept();
        var file = ExtractOutput.JSON.readValue(folder.resolve(RankingStateStore.BASIS_FILE).toFile(),
                RankingStateStore.BasisFile.class);
        assertEquals(basis("h", 2), file.basis());
        var digests = new HashMap<String, String>();
        digests.put("a.md", "h");
        digests.put("b.md", null);
        assertEquals(digests, file.basis().digests());
    }
}
