package io.papergraph.loader.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.terms.RankingState;
import io.papergraph.extractor.terms.TermOptions;
import io.papergraph.loader.state.RankingStateStore;
import io.papergraph.loader.state.StoredTerms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept ranking state's files: a state is read back only for the graph, version and options it was kept for. */
class RankingStateStoreTests {

    private static final TermOptions OPTIONS = TermOptions.defaults();
    private static final Map<String, LocalDate> FIRST_LISTED = Map.of("2401.00001", LocalDate.of(2024, 1, 2),
            "2401.00002", LocalDate.of(1969, 12, 31));

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
        var staged = store.stage(RankingState.of(List.of(), OPTIONS).state(), FIRST_LISTED).orElseThrow();
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
    void theFirstListingDatesAreKeptWithTheState() {
        var store = kept();
        assertEquals(Optional.of(FIRST_LISTED), store.read(basis("h", 2), OPTIONS).orElseThrow().firstListed());
        assertTrue(store.keepsState());
        assertFalse(new RankingStateStore(folder.resolve("elsewhere")).keepsState());
    }

    @Test
    void aStateKeptWithoutDatesIsReadWithoutThem() throws IOException {
        var store = new RankingStateStore(folder);
        var staged = store.stage(RankingState.of(List.of(), OPTIONS).state(), Map.of()).orElseThrow();
        store.commit(staged, basis("h", 2));
        Path state = folder.resolve(RankingStateStore.STATE_FILE);
        byte[] bytes = Files.readAllBytes(state);
        // As an earlier version kept it: the state alone, without the count and dates after it.
        Files.write(state, java.util.Arrays.copyOf(bytes, bytes.length - Integer.BYTES));
        var kept = store.read(basis("h", 2), OPTIONS).orElseThrow();
        assertEquals(Optional.empty(), kept.firstListed());
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
        other.stage(RankingState.of(List.of(), OPTIONS).state(), FIRST_LISTED).orElseThrow();
        assertFalse(other.read(basis("h", 2), OPTIONS).isPresent(), "a load that staged a state and stopped leaves no basis");
    }

    @Test
    void keptCoOccurrencesAreReadWithTheirStateOnly() {
        var store = new RankingStateStore(folder);
        var coOccurrences = new StoredCoOccurrences(List.of(new StoredCoOccurrences.Stored("llm", "rag", "id-1", 3, 0.5)));
        var staged = store.stageCoOccurrences(store.stage(RankingState.of(List.of(), OPTIONS).state(), FIRST_LISTED).orElseThrow(), coOccurrences, Optional.empty());
        assertTrue(staged.coOccurrencesFile().isPresent());
        assertFalse(store.readCoOccurrences(basis("h", 2)).isPresent(), "staged, not in place yet");
        store.commit(staged, basis("h", 2));
        assertEquals(coOccurrences.relationships(), store.readCoOccurrences(basis("h", 2)).orElseThrow().coOccurrences().relationships());
        assertFalse(store.readCoOccurrences(basis("h", 3)).isPresent(), "the graph holds another number of papers");
        // A later state kept without co-occurrences (a load that lost the element ids of some) leaves none behind.
        store.commit(store.stage(RankingState.of(List.of(), OPTIONS).state(), FIRST_LISTED).orElseThrow(), basis("h", 2));
        assertTrue(store.read(basis("h", 2), OPTIONS).isPresent());
        assertFalse(store.readCoOccurrences(basis("h", 2)).isPresent());
        assertFalse(Files.exists(folder.resolve(RankingStateStore.CO_OCCURRENCES_FILE)));
    }

    @Test
    void keptTermNodesComeBackWithTheirIdsAndProperties() {
        var store = new RankingStateStore(folder);
        var props = new java.util.LinkedHashMap<String, Object>();
        props.put("key", "lora");
        props.put("name", "LoRA");
        props.put("aliases", List.of("low-rank adaptation", "低秩适配"));
        props.put("namesZh", List.of());
        props.put("df", 12L);
        props.put("score", 0.125);
        props.put("firstSeen", LocalDate.of(2025, 1, 6));
        props.put("datedPapers", 11L);
        var terms = StoredTerms.of(Map.of("lora", props), Map.of("lora", "4:abc:7"));
        var coOccurrences = new StoredCoOccurrences(List.of(new StoredCoOccurrences.Stored("llm", "lora", "id-1", 3, 0.5)));
        store.commit(store.stageCoOccurrences(store.stage(RankingState.of(List.of(), OPTIONS).state(), FIRST_LISTED).orElseThrow(),
                coOccurrences, Optional.of(terms)), basis("h", 2));
        var kept = store.readCoOccurrences(basis("h", 2)).orElseThrow().terms().orElseThrow();
        assertEquals(Map.of("lora", props), kept.props());
        assertEquals(Map.of("lora", "4:abc:7"), kept.ids());
        assertThrows(IllegalStateException.class, () -> StoredTerms.of(Map.of("lora", props), Map.of()));
    }

    @Test
    void coOccurrencesKeptWithoutTermNodesAreReadWithoutThem() throws IOException {
        var store = new RankingStateStore(folder);
        var coOccurrences = new StoredCoOccurrences(List.of(new StoredCoOccurrences.Stored("llm", "rag", "id-1", 3, 0.5)));
        store.commit(store.stageCoOccurrences(store.stage(RankingState.of(List.of(), OPTIONS).state(), FIRST_LISTED).orElseThrow(),
                coOccurrences, Optional.empty()), basis("h", 2));
        Path file = folder.resolve(RankingStateStore.CO_OCCURRENCES_FILE);
        byte[] bytes = Files.readAllBytes(file);
        // As an earlier version kept them: the co-occurrences alone.
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 1));
        var kept = store.readCoOccurrences(basis("h", 2)).orElseThrow();
        assertEquals(coOccurrences.relationships(), kept.coOccurrences().relationships());
        assertEquals(Optional.empty(), kept.terms());
    }

    @Test
    void discardingAStagedStateRemovesItsCoOccurrencesToo() throws IOException {
        var store = new RankingStateStore(folder);
        var coOccurrences = new StoredCoOccurrences(List.of(new StoredCoOccurrences.Stored("llm", "rag", "id-1", 3, 0.5)));
        var staged = store.stageCoOccurrences(store.stage(RankingState.of(List.of(), OPTIONS).state(), FIRST_LISTED).orElseThrow(), coOccurrences, Optional.empty());
        store.discard(staged);
        try (var files = Files.list(folder)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void theBasisFileNamesTheDigestsAndCounts() throws IOException {
        kept();
        var file = io.papergraph.extractor.JsonLines.mapper().readValue(folder.resolve(RankingStateStore.BASIS_FILE).toFile(),
                RankingStateStore.BasisFile.class);
        assertEquals(basis("h", 2), file.basis());
        var digests = new HashMap<String, String>();
        digests.put("a.md", "h");
        digests.put("b.md", null);
        assertEquals(digests, file.basis().digests());
    }
}
