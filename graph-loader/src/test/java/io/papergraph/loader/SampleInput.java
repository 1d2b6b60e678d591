package io.papergraph.loader;

import io.papergraph.extractor.DigestCorpus;
import io.papergraph.extractor.DigestCorpusReader;
import io.papergraph.extractor.JsonLines;
import io.papergraph.extractor.terms.PaperTerms;
import io.papergraph.extractor.terms.TermExtractor;
import io.papergraph.extractor.terms.TermIndex;
import io.papergraph.extractor.terms.TermOptions;
import io.papergraph.extractor.terms.corpus.TermRanking;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.testsupport.OncePerTestRun;
import io.papergraph.testsupport.SampleDigests;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample corpus (data/digests) as load input, read by the real parser and analysed by the real term
 * extractor once per build of the tests (term analysis takes a while; the analyses go through the JSON Lines file of
 * 'extract', shared by the test JVMs), and the fingerprint of its clean load. The one reader
 * of the sample corpus for the tests of this module and of the modules above it.
 */
public final class SampleInput {

    static final Path DIGESTS = SampleDigests.DIRECTORY;
    /**
     * The standard ranking without a kept state: {@link TermIndex#build} over every paper. It has the standard
     * ranking's fingerprint, so that the graphs of both are the same, digests' ranking marks included.
     */
    static final TermRanking RANKING = new TermRanking() {
        @Override
        public TermIndex rank(java.util.Collection<PaperTerms> papers) {
            return TermIndex.build(papers, TermOptions.defaults());
        }

        @Override
        public String fingerprint() {
            return TermOptions.defaults().rankingFingerprint();
        }
    };

    private static final String ANALYSES = "paper-terms.jsonl";
    /** Beside the modules' own target folders: every module's tests run in the module's folder. */
    private static final Path SHARED = Path.of("..", "target", "test-shared", "sample-analyses");

    private static Map<String, PaperTerms> analyses;
    private static DigestCorpus corpus;
    private static LoadInput all;
    private static GraphFingerprint clean;
    private static LoadInput part;
    private static GraphFingerprint cleanPart;

    private SampleInput() {
    }

    /** Every sample digest, read by the real parser. */
    public static synchronized DigestCorpus corpus() {
        if (corpus == null) {
            corpus = new DigestCorpusReader().read(List.of(DIGESTS));
        }
        return corpus;
    }

    /** Every sample digest as load input: its digests, papers and term analyses. */
    public static synchronized LoadInput all() {
        if (all == null) {
            all = of(corpus());
        }
        return all;
    }

    /**
     * Three of the five sample digests (000, 002 and 003, two fifths of the corpus's bytes) as load input, for tests
     * that load several digests in many transactions, several times over, where every paper would only take longer.
     */
    public static synchronized LoadInput part() {
        if (part == null) {
            part = only(FailedLoadIT.D000, FailedLoadIT.D002, FailedLoadIT.D003);
        }
        return part;
    }

    /** The given sample digests (file names under data/digests), read on their own as a load of just them would. */
    static LoadInput only(String... files) {
        var paths = java.util.Arrays.stream(files).map(DIGESTS::resolve).toList();
        return of(new DigestCorpusReader().read(paths));
    }

    /** Load input of any part of the sample corpus, with the term analyses of the whole (a paper's analysis is its own). */
    static synchronized LoadInput of(DigestCorpus corpus) {
        if (analyses == null) {
            var whole = corpus.files() == 5 ? corpus : corpus();
            // The analysis takes most of a minute: the test JVMs of a build share it, as 'extract' and 'load' would, in
            // the target folder of the parent project, so that the modules above this one find it made.
            var shared = OncePerTestRun.prepare(SHARED, dir -> JsonLines.write(dir.resolve(ANALYSES),
                    TermExtractor.create(TermOptions.defaults()).analyzeAll(whole.papers())));
            analyses = new HashMap<>();
            JsonLines.read(shared.resolve(ANALYSES), PaperTerms.class).forEach(a -> analyses.put(a.arxivId(), a));
        }
        return new LoadInput(corpus.digests(), corpus.papers(), corpus.papers().stream().map(p -> analyses.get(p.arxivId())).toList());
    }

    /** Writes the input as {@code papergraph extract} would, for a load in another process. */
    static Path write(LoadInput input, Path dir) {
        JsonLines.write(dir.resolve(ExtractOutput.DIGESTS), input.digests());
        JsonLines.write(dir.resolve(ExtractOutput.PAPERS), input.papers());
        JsonLines.write(dir.resolve(ExtractOutput.PAPER_TERMS), input.paperTerms());
        return dir;
    }

    static GraphLoader loader(Neo4jConnection connection, int batchSize) {
        return GraphLoader.create(connection, RANKING, LoaderOptions.defaults().withBatchSize(batchSize));
    }

    /**
     * The fingerprint of one clean load of every sample digest with the default options, taken once per JVM
     * on the shared test server, which is empty again afterwards.
     */
    static synchronized GraphFingerprint cleanFingerprint() {
        if (clean == null) {
            clean = cleanLoad(all());
        }
        return clean;
    }

    /** The fingerprint of one clean load of {@link #part()}, taken as {@link #cleanFingerprint()} is. */
    static synchronized GraphFingerprint cleanPartFingerprint() {
        if (cleanPart == null) {
            cleanPart = cleanLoad(part());
        }
        return cleanPart;
    }

    private static GraphFingerprint cleanLoad(LoadInput input) {
        var connection = TestConnection.shared();
        empty(connection);
        GraphLoader.create(connection, RANKING, LoaderOptions.defaults()).load(input);
        var fingerprint = GraphFingerprint.of(connection);
        empty(connection);
        return fingerprint;
    }

    static void empty(Neo4jConnection connection) {
        try (var session = connection.session()) {
            session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }
}
