package io.papergraph.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.PapergraphException;
import io.papergraph.extractor.terms.TermIndex;
import io.papergraph.extractor.terms.TermMention;
import io.papergraph.extractor.terms.corpus.TermRanking;
import io.papergraph.loader.bulk.ImportFile;
import io.papergraph.loader.bulk.StoreImport;
import io.papergraph.loader.connection.ConnectionSettings;
import io.papergraph.loader.connection.EmbeddedNeo4j;
import io.papergraph.loader.connection.EmbeddedSettings;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.loader.state.RankingStateStore;
import io.papergraph.loader.write.LoadStep;
import io.papergraph.testsupport.Neo4jExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new store built by {@code neo4j-admin import} ({@link StoreImport}) holds the graph the loader writes over
 * Bolt: the sample corpus compared by fingerprint and schema with the shared test server's load of it.
 */
@ExtendWith({Neo4jExtension.class, TestConnection.class})
class StoreImportIT {

    private static final List<String> FIRST_FOUR = List.of(SampleCorpusIT.D000, SampleCorpusIT.D001, "002_1f9b1230fff0d1d4.txt",
            SampleCorpusIT.D003);

    @Test
    void anImportedStoreHoldsTheGraphOfALoadOverBolt(@TempDir Path tmp) {
        var expected = SampleInput.cleanFingerprint();
        var home = tmp.resolve("db");
        assertTrue(StoreImport.isNewStore(home));
        var imported = StoreImport.run(SampleInput.all(), SampleInput.RANKING, LoaderOptions.defaults().withProgress(false), home);
        assertFalse(StoreImport.isNewStore(home));
        assertFalse(Files.exists(home.resolve(StoreImport.STAGING)), "the staging folder is removed");
        onServer(home, connection -> {
            var report = GraphLoader.create(connection, SampleInput.RANKING, LoaderOptions.defaults()).completeImport(imported);
            var fingerprint = GraphFingerprint.of(connection);
            assertEquals(expected, fingerprint);
            assertEquals(5, report.loaded().size());
            assertEquals(411, report.papersWritten());
            assertEquals(fingerprint.nodeCounts().values().stream().mapToLong(Long::longValue).sum(), report.nodesCreated());
            assertEquals(fingerprint.relationshipCounts().values().stream().mapToLong(Long::longValue).sum(),
                    report.relationshipsCreated());
            var steps = report.steps().stream().map(LoadStep::name).toList();
            assertTrue(steps.containsAll(List.of("rank terms", "write import files", "neo4j-admin import", "schema")), steps.toString());
            assertEquals(indexes(TestConnection.shared()), indexes(connection));
            // Marked loaded: the same digests again are skipped.
            var again = GraphLoader.create(connection, SampleInput.RANKING, LoaderOptions.defaults()).load(SampleInput.all());
            assertEquals(5, again.skipped().size());
            assertEquals(0, again.elementsWritten());
            assertEquals(expected, GraphFingerprint.of(connection));
        });
    }

    @Test
    void aLoadIntoAnImportedStoreIsIncremental(@TempDir Path tmp) {
        var expected = SampleInput.cleanFingerprint();
        var home = tmp.resolve("db");
        var firstFour = SampleInput.only(FIRST_FOUR.toArray(String[]::new));
        var imported = StoreImport.run(firstFour, SampleInput.RANKING, LoaderOptions.defaults().withProgress(false), home);
        onServer(home, connection -> {
            var loader = GraphLoader.create(connection, SampleInput.RANKING, LoaderOptions.defaults());
            loader.completeImport(imported);
            var report = loader.load(SampleInput.all());
            assertEquals(4, report.skipped().size());
            assertEquals(1, report.loaded().size());
            assertEquals(expected, GraphFingerprint.of(connection));
        });
    }

    @Test
    void anImportKeepsTheRankingStateAndCoOccurrencesForTheNextLoad(@TempDir Path tmp) {
        var expected = SampleInput.cleanFingerprint();
        var home = tmp.resolve("db");
        var options = LoaderOptions.defaults().withProgress(false).withRankingState(java.util.Optional.of(tmp.resolve("state")));
        var ranking = TermRanking.standard(io.papergraph.extractor.terms.TermOptions.defaults());
        var imported = StoreImport.run(SampleInput.only(FIRST_FOUR.toArray(String[]::new)), ranking, options, home);
        onServer(home, connection -> {
            var loader = GraphLoader.create(connection, ranking, options);
            var completed = loader.completeImport(imported);
            assertTrue(completed.steps().stream().anyMatch(s -> s.name().equals("read co-occurs-stored")), completed.describeSteps());
            assertTrue(Files.isRegularFile(tmp.resolve("state").resolve(RankingStateStore.CO_OCCURRENCES_FILE)));
            var report = loader.load(SampleInput.all());
            var steps = report.steps().stream().map(LoadStep::name).toList();
            assertTrue(steps.containsAll(List.of("rank terms (from the kept state)" + KeptRanking.BESIDE, "read kept co-occurrences" + KeptRanking.BESIDE)), steps.toString());
            assertFalse(steps.contains("read co-occurs-stored"), steps.toString());
            assertEquals(expected, GraphFingerprint.of(connection));
        });
    }

    @Test
    void aValueTheCsvFilesCannotCarryLeavesNoStore(@TempDir Path tmp) throws Exception {
        var home = tmp.resolve("db");
        Files.createDirectories(home.resolve(StoreImport.STAGING).resolve("left-by-a-killed-import"));
        var odd = Fixtures.paper("2601.00009", "Odd tags", List.of("Ann Odd"), List.of("cs.LG"), List.of("one\u001Ftwo"), "Odd.",
                null, Fixtures.l1(4));
        var input = Fixtures.input(List.of(Fixtures.DIGEST1), List.of(Fixtures.a(), odd));
        var e = assertThrows(ImportFile.Unimportable.class,
                () -> StoreImport.run(input, Fixtures.ranking(), LoaderOptions.defaults().withProgress(false), home));
        assertTrue(e.getMessage().contains("tags") && e.getMessage().contains("U+001F"), e.getMessage());
        assertTrue(StoreImport.isNewStore(home));
        assertFalse(Files.exists(home.resolve(StoreImport.STAGING)));
    }

    @Test
    void emptyListsAndLineBreaksComeThroughAsTheLoaderWritesThem(@TempDir Path tmp) {
        // The fixture ranking's terms have no aliases or Chinese names; here its mentions have no forms either.
        var fixture = Fixtures.ranking();
        TermRanking ranking = papers -> {
            var index = fixture.rank(papers);
            return new TermIndex(index.terms(), index.mentions().stream().map(m -> new TermMention(m.arxivId(), m.termKey(),
                    m.count(), m.inTitle(), m.weight(), List.of())).toList());
        };
        // A line break makes the import parse fields across lines (the sample corpus has none).
        var input = Fixtures.input(List.of(Fixtures.DIGEST1, Fixtures.DIGEST2), List.of(Fixtures.a(), Fixtures.b(),
                Fixtures.c("A longer\nabstract,\r\n\"quoted\".", Fixtures.l1(3), Fixtures.l2(1)), Fixtures.d(), Fixtures.e()));
        var shared = TestConnection.shared();
        GraphLoader.create(shared, ranking, LoaderOptions.defaults()).load(input);
        var expected = GraphFingerprint.of(shared);
        var home = tmp.resolve("db");
        var imported = StoreImport.run(input, ranking, LoaderOptions.defaults().withProgress(false), home);
        assertTrue(imported.mentionsWithoutForms());
        onServer(home, connection -> {
            GraphLoader.create(connection, ranking, LoaderOptions.defaults()).completeImport(imported);
            assertEquals(expected, GraphFingerprint.of(connection));
        });
        var e = assertThrows(PapergraphException.class,
                () -> StoreImport.run(Fixtures.day2(), Fixtures.ranking(), LoaderOptions.defaults().withProgress(false), home));
        assertTrue(e.getMessage().contains("already holds a database"), e.getMessage());
    }

    private static void onServer(Path home, Consumer<Neo4jConnection> work) {
        try (var server = EmbeddedNeo4j.start(EmbeddedSettings.defaults().withHome(home).withPorts(0, -1).withPageCache(64L << 20));
             var connection = Neo4jConnection.open(new ConnectionSettings(server.boltUri(), null, null, null))) {
            work.accept(connection);
        }
    }

    /** Names, types and what each index covers. */
    private static TreeSet<String> indexes(Neo4jConnection connection) {
        var out = new TreeSet<String>();
        try (var session = connection.session()) {
            session.run("SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN *").forEachRemaining(r -> out.add(
                    r.get("name").asString() + " " + r.get("type").asString() + " " + r.get("labelsOrTypes") + " "
                            + r.get("properties") + " " + r.get("state").asString()));
        }
        return out;
    }

}
