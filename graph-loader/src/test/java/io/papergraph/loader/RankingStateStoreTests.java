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
