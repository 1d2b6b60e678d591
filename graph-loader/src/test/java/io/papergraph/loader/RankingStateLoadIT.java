package io.papergraph.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.terms.TermOptions;
import io.papergraph.extractor.terms.Thesaurus;
import io.papergraph.extractor.terms.corpus.TermRanking;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.loader.state.RankingStateStore;
import io.papergraph.testsupport.Neo4jExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads that keep the standard ranking's state between them ({@link RankingStateStore}): the graph they leave is the
 * one a full ranking of everything at once gives (the clean fingerprint of the sample corpus, or of the part of it
 * that most scenarios load, ranked by {@code TermIndex.build}), whether the kept state is used, missing, stale or
 * damaged.
 */
@ExtendWith({Neo4jExtension.class, TestConnection.class})
class RankingStateLoadIT {

    private static final String D002 = "002_1f9b1230fff0d1d4.txt";
    private static final String D004 = "004_550b361b9cc0b56f.txt";
    private static final String FROM_STATE = "rank terms (from the kept state)" + KeptRanking.BESIDE;
    private static final String NONE_FITS = "read ranking state (none fits the graph)" + KeptRanking.BESIDE;
    private static final String KEPT_CO_OCCURRENCES = "read kept co-occurrences" + KeptRanking.BESIDE;
    private static final String READ_CO_OCCURRENCES = "read co-occurs-stored";

    private final Neo4jConnection neo4j;

    @TempDir
    Path stateFolder;

    RankingStateLoadIT(Neo4jConnection neo4j) {
        this.neo4j = neo4j;
    }

    private GraphLoader withState() {
        return GraphLoader.create(neo4j, TermRanking.standard(TermOptions.defaults()),
                LoaderOptions.defaults().withRankingState(Optional.of(stateFolder)));
    }

    private GraphLoader withoutState() {
        return GraphLoader.create(neo4j, TermRanking.standard(TermOptions.defaults()), LoaderOptions.defaults());
    }

    private static boolean took(LoadReport report, String step) {
        return report.steps().stream().anyMatch(s -> s.name().equals(step));
    }

    @Test
    void dayByDayThroughTheKeptStateGivesTheGraphOfOneLoad() throws IOException {
        var clean = SampleInput.cleanPartFingerprint();
        var loader = withState();
        var first = loader.load(SampleInput.only(SampleCorpusIT.D000));
        assertTrue(took(first, "write ranking state" + KeptRanking.BESIDE), first.describeSteps());
        assertTrue(Files.isRegularFile(stateFolder.resolve(RankingStateStore.STATE_FILE)));
        assertTrue(Files.isRegularFile(stateFolder.resolve(RankingStateStore.BASIS_FILE)));
        var second = loader.load(SampleInput.only(D002));
        assertTrue(took(second, FROM_STATE), second.describeSteps());
        assertTrue(took(second, KEPT_CO_OCCURRENCES), second.describeSteps());
        assertFalse(took(second, READ_CO_OCCURRENCES), "the kept co-occurrences are not read from the graph again");
        var third = loader.load(SampleInput.only(SampleCorpusIT.D003));
        assertTrue(took(third, FROM_STATE), third.describeSteps());
        assertTrue(took(third, KEPT_CO_OCCURRENCES), third.describeSteps());
        assertFalse(took(third, "read paper-terms-all"), "a load through the kept state reads no other paper's findings");
        assertFalse(took(third, READ_CO_OCCURRENCES), third.describeSteps());
        assertEquals(clean, GraphFingerprint.of(neo4j));
        try (var files = Files.list(stateFolder)) {
            assertEquals(List.of(RankingStateStore.BASIS_FILE, RankingStateStore.CO_OCCURRENCES_FILE, RankingStateStore.STATE_FILE),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no staged state is left behind");
        }
    }

    @Test
    void aChangedDigestIsReloadedThroughTheKeptState() {
        var all = SampleInput.part();
        var changed = changedD003(all);
        var expectedInput = new ArrayList<DigestInfo>();
        all.digests().forEach(d -> expectedInput.add(d.file().equals(SampleCorpusIT.D003) ? changed.digests().get(0) : d));
        var kept = new HashSet<String>();
        var expectedPapers = all.papers().stream().filter(p -> !dropped(all).contains(p.arxivId())).toList();
        expectedPapers.forEach(p -> kept.add(p.arxivId()));
        withoutState().load(new LoadInput(expectedInput, expectedPapers,
                all.paperTerms().stream().filter(t -> kept.contains(t.arxivId())).toList()));
        var expected = GraphFingerprint.of(neo4j);
        SampleInput.empty(neo4j);

        var loader = withState();
        loader.load(all);
        var reload = loader.load(changed);
        assertEquals(List.of(SampleCorpusIT.D003), reload.reloaded());
        assertEquals(List.of(), reload.rankedAnew(), "its content changed");
        assertTrue(took(reload, FROM_STATE), reload.describeSteps());
        assertEquals(expected, GraphFingerprint.of(neo4j));
    }

    @Test
    void aStateTheGraphHasMovedOnFromIsNotUsed() {
        var clean = SampleInput.cleanFingerprint();
        var loader = withState();
        loader.load(SampleInput.only(SampleCorpusIT.D000, SampleCorpusIT.D001));
        // A load that keeps no state changes the graph under the kept one.
        withoutState().load(SampleInput.only(D002));
        var stale = loader.load(SampleInput.only(SampleCorpusIT.D003));
        assertTrue(took(stale, NONE_FITS), stale.describeSteps());
        assertFalse(took(stale, FROM_STATE));
        // The full ranking kept a new state, which the next load uses.
        var next = loader.load(SampleInput.only(D004));
        assertTrue(took(next, FROM_STATE), next.describeSteps());
        assertEquals(clean, GraphFingerprint.of(neo4j));
    }

    @Test
    void aDamagedStateIsRankedAgain() throws IOException {
        var clean = SampleInput.cleanPartFingerprint();
        var loader = withState();
        loader.load(SampleInput.only(SampleCorpusIT.D000, D002));
        cutInHalf(RankingStateStore.STATE_FILE);
        var damaged = loader.load(SampleInput.only(SampleCorpusIT.D003));
        assertTrue(took(damaged, NONE_FITS), damaged.describeSteps());
        assertEquals(clean, GraphFingerprint.of(neo4j));
    }

    @Test
    void damagedKeptCoOccurrencesAreReadFromTheGraph() throws IOException {
        var clean = SampleInput.cleanPartFingerprint();
        var loader = withState();
        loader.load(SampleInput.only(SampleCorpusIT.D000));
        cutInHalf(RankingStateStore.CO_OCCURRENCES_FILE);
        var damaged = loader.load(SampleInput.only(D002));
        assertTrue(took(damaged, FROM_STATE), damaged.describeSteps());
        assertTrue(took(damaged, "read kept co-occurrences (none kept)" + KeptRanking.BESIDE), damaged.describeSteps());
        assertTrue(took(damaged, READ_CO_OCCURRENCES), damaged.describeSteps());
        // That load kept them again, for the next one.
        var next = loader.load(SampleInput.only(SampleCorpusIT.D003));
        assertTrue(took(next, KEPT_CO_OCCURRENCES), next.describeSteps());
        assertEquals(clean, GraphFingerprint.of(neo4j));
    }

    @Test
    void aChangedThesaurusLoadsEveryDigestAgainAndGivesTheGraphOfAFreshLoadWithIt() {
        // Agents of every kind under one term, and one generic word dropped.
        var thesaurus = new Thesaurus(Map.of("llm agent", "agent", "language agent", "agent", "datum", ""), Map.of("agent", "agents"));
        var withThesaurus = TermOptions.defaults().withThesaurus(thesaurus);
        GraphLoader.create(neo4j, TermRanking.standard(withThesaurus), LoaderOptions.defaults()).load(SampleInput.part());
        var expected = GraphFingerprint.of(neo4j);
        SampleInput.empty(neo4j);

        withState().load(SampleInput.part());
        var changed = GraphLoader.create(neo4j, TermRanking.standard(withThesaurus),
                LoaderOptions.defaults().withRankingState(Optional.of(stateFolder))).load(SampleInput.part());
        assertEquals(3, changed.reloaded().size(), "every digest was loaded under the ranking without the thesaurus");
        assertEquals(changed.reloaded(), changed.rankedAnew(), "their content had not changed");
        assertTrue(changed.describe().contains("3 reloaded (3 of them for a new ranking: another --min-df or --thesaurus"),
                changed.describe());
        assertTrue(took(changed, NONE_FITS), "the state kept for the other ranking is not used: " + changed.describeSteps());
        assertEquals(expected, GraphFingerprint.of(neo4j));
        try (var session = neo4j.session()) {
            assertEquals("agents", session.run("MATCH (t:Term {key: 'agent'}) RETURN t.name AS name").single().get("name").asString());
            assertEquals(0L, session.run("MATCH (t:Term {key: 'datum'}) RETURN count(t) AS n").single().get("n").asLong());
        }
        // The same thesaurus again: nothing to load.
        var same = GraphLoader.create(neo4j, TermRanking.standard(withThesaurus),
                LoaderOptions.defaults().withRankingState(Optional.of(stateFolder))).load(SampleInput.part());
        assertEquals(3, same.skipped().size(), same.describeSteps());
    }

    /** Damages a kept file as a stop in mid-write would. */
    private void cutInHalf(String file) throws IOException {
        Path path = stateFolder.resolve(file);
        byte[] bytes = Files.readAllBytes(path);
        Files.write(path, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** Papers listed by D003 alone: the changed D003 leaves out the first ten of them. */
    private static List<String> dropped(LoadInput all) {
        return all.papers().stream()
                .filter(p -> p.listings().stream().allMatch(l -> l.digest().equals(SampleCorpusIT.D003)))
                .map(Paper::arxivId).sorted().limit(10).toList();
    }

    /** D003 with another content hash and ten of its papers gone, as a load of just that digest gets it. */
    private static LoadInput changedD003(LoadInput all) {
        var only = SampleInput.only(SampleCorpusIT.D003);
        var d = only.digests().get(0);
        var gone = new HashSet<>(dropped(all));
        assertEquals(10, gone.size());
        var digest = new DigestInfo(d.file(), d.date(), d.format(), "changed-" + d.contentHash(), d.entries() - 10, d.papers() - 10);
        var papers = only.papers().stream().filter(p -> !gone.contains(p.arxivId())).toList();
        return new LoadInput(List.of(digest), papers,
                only.paperTerms().stream().filter(t -> !gone.contains(t.arxivId())).toList());
    }
}
