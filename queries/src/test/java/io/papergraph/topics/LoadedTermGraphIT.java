package io.papergraph.topics;

import io.papergraph.extractor.terms.corpus.TermRanking;
import io.papergraph.extractor.terms.corpus.CoOccurrence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.DigestCorpusReader;
import io.papergraph.extractor.terms.PaperTerms;
import io.papergraph.extractor.terms.TermIndex;
import io.papergraph.extractor.terms.TermOptions;
import io.papergraph.loader.GraphFingerprint;
import io.papergraph.loader.GraphLoader;
import io.papergraph.loader.LoadInput;
import io.papergraph.loader.LoaderOptions;
import io.papergraph.loader.TermGraph;
import io.papergraph.testing.EmbeddedStore;
import io.papergraph.testing.SampleCorpus;
import io.papergraph.testsupport.SampleDigests;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The term graph a load hands over ({@link GraphLoader#load(LoadInput, java.util.function.Consumer)}) is the one the
 * database then holds, after a fresh load and after an incremental one, so clustering it writes the clusters that
 * a clustering reading the graph back writes: the sample corpus, its first three digests and then the other two.
 */
class LoadedTermGraphIT {

    private static final TermRanking RANKING = papers -> TermIndex.build(papers, TermOptions.defaults());
    private static final ClusterOptions OPTIONS = ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS);

    @Test
    void theLoadedTermGraphIsTheDatabasesAndClustersAlike(@TempDir Path tmp) {
        var input = SampleCorpus.input();
        var firstDays = firstThreeDigests(input);
        var options = LoaderOptions.defaults().withProgress(false);

        var fromLoads = EmbeddedStore.onServer(tmp.resolve("handed-over"), connection -> {
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
        });
        var readBack = EmbeddedStore.onServer(tmp.resolve("read-back"), connection -> {
            var loader = GraphLoader.create(connection, RANKING, options);
            loader.load(firstDays);
            loader.load(input);
            TopicClusterer.create(connection.driver(), connection.database()).recompute(OPTIONS);
            return GraphFingerprint.of(connection);
        });

        assertTrue(fromLoads.nodeCounts().get("Cluster") > 1, fromLoads.nodeCounts().toString());
        assertEquals(readBack, fromLoads);
    }

    /** The first three sample digests, read on their own, with the term analyses of the whole corpus. */
    private static LoadInput firstThreeDigests(LoadInput all) {
        var analyses = new HashMap<String, PaperTerms>();
        all.paperTerms().forEach(a -> analyses.put(a.arxivId(), a));
        var files = new TreeSet<String>();
        all.digests().forEach(d -> files.add(d.file()));
        var corpus = new DigestCorpusReader().read(files.stream().limit(3).map(SampleDigests::file).toList());
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
