package io.papergraph.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.DigestCorpusReader;
import io.papergraph.extractor.terms.PaperTerms;
import io.papergraph.extractor.terms.TermIndex;
import io.papergraph.extractor.terms.TermOptions;
import io.papergraph.extractor.terms.corpus.CoOccurrence;
import io.papergraph.extractor.terms.corpus.TermRanking;
import io.papergraph.loader.GraphFingerprint;
import io.papergraph.loader.GraphLoader;
import io.papergraph.loader.LoadInput;
import io.papergraph.loader.LoaderOptions;
import io.papergraph.loader.TermGraph;
import io.papergraph.loader.TestConnection;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.testing.SampleCorpus;
import io.papergraph.testsupport.Neo4jExtension;
import io.papergraph.testsupport.Neo4jTestServer;
import io.papergraph.testsupport.SampleDigests;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The term graph a load hands over ({@link GraphLoader#load(LoadInput, java.util.function.Consumer)}) is the one the
 * database then holds, after a fresh load and after an incremental one, so clustering it writes the clusters that
 * a clustering reading the graph back writes: part of the sample corpus ({@link SampleCorpus#part()}), its first two
 * digests and then the third, loaded twice into the test server, emptied in between.
 */
@ExtendWith({Neo4jExtension.class, TestConnection.class})
class LoadedTermGraphIT {

    private static final TermRanking RANKING = papers -> TermIndex.build(papers, TermOptions.defaults());
    private static final ClusterOptions OPTIONS = ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS);

    @Test
    void theLoadedTermGraphIsTheDatabasesAndClustersAlike(Neo4jConnection connection, Neo4jTestServer server) {
        var input = SampleCorpus.part();
        var firstDays = firstTwoDigests(input);
        var options = LoaderOptions.defaults().withProgress(false);

        var fromLoads = handedOver(connection, input, firstDays, options);
        server.empty();
        var loader = GraphLoader.create(connection, RANKING, options);
        loader.load(firstDays);
        loader.load(input);
        TopicClusterer.create(connection.driver(), connection.database()).recompute(OPTIONS);
        var readBack = GraphFingerprint.of(connection);

        assertTrue(fromLoads.nodeCounts().get("Cluster") > 1, fromLoads.nodeCounts().toString());
        assertEquals(readBack, fromLoads);
    }

    /** Loads the first days, then all, clustering the graph the second load hands over; the fingerprint of the result. */
    private static GraphFingerprint handedOver(Neo4jConnection connection, LoadInput input, LoadInput firstDays,
                                               LoaderOptions options) {
        var loader = GraphLoader.create(connection, RANKING, options);
        var clusterer = TopicClusterer.create(connection.driver(), connection.database());
        var afterFresh = new AtomicReference<TermGraph>();
        loader.load(firstDays, afterFresh::set);
        assertNotNull(afterFresh.get(), "a fresh load hands its term graph over");
        assertSameGraph(clusterer.readGraph(), CooccurrenceGraph.of(afterFresh.get()));

        var afterIncremental = new AtomicReference<TermGraph>();
        loader.load(input, afterIncremental::set);
        assertNotNull(afterIncremental.get(), "an incremental load hands the whole term graph over");
        var read = clusterer.readGraph();
        assertTrue(read.mentions().size() > CooccurrenceGraph.of(afterFresh.get()).mentions().size());
        assertSameGraph(read, CooccurrenceGraph.of(afterIncremental.get()));

        var nothingToDo = new AtomicReference<TermGraph>();
        loader.load(input, nothingToDo::set);
        assertEquals(null, nothingToDo.get(), "a load that skips every digest writes no terms and hands nothing over");

        var summary = clusterer.recompute(OPTIONS, afterIncremental.get());
        assertTrue(summary.clusters() > 1, summary.describe());
        return GraphFingerprint.of(connection);
    }

    /** The first two digests of the input, read on their own, with the term analyses of the whole. */
    private static LoadInput firstTwoDigests(LoadInput all) {
        var analyses = new HashMap<String, PaperTerms>();
        all.paperTerms().forEach(a -> analyses.put(a.arxivId(), a));
        var files = new TreeSet<String>();
        all.digests().forEach(d -> files.add(d.file()));
        var corpus = new DigestCorpusReader().read(files.stream().limit(2).map(SampleDigests::file).toList());
        return new LoadInput(corpus.digests(), corpus.papers(), corpus.papers().stream().map(p -> analyses.get(p.arxivId())).toList());
    }

    /** Equal terms, co-occurrences and mentions, whatever their order. */
    private static void assertSameGraph(CooccurrenceGraph expected, CooccurrenceGraph actual) {
        assertEquals(sorted(expected.terms(), Comparator.comparing(TermNode::key)),
                sorted(actual.terms(), Comparator.comparing(TermNode::key)));
        Comparator<CoOccurrence> byPair = Comparator.comparing(CoOccurrence::a).thenComparing(CoOccurrence::b);
        assertEquals(sorted(expected.edges(), byPair), sorted(actual.edges(), byPair));
        Comparator<WeightedMention> byMention = Comparator.comparing(WeightedMention::arxivId).thenComparing(WeightedMention::termKey);
        assertEquals(sorted(expected.mentions(), byMention), sorted(actual.mentions(), byMention));
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        var out = new ArrayList<>(items);
        out.sort(order);
        return out;
    }
}
