package io.papergraph.bench;

import io.papergraph.FileTrees;
import io.papergraph.extractor.model.ChineseTexts;
import io.papergraph.extractor.model.DigestFormat;
import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.extractor.model.Listing;
import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.terms.PaperTerms;
import io.papergraph.extractor.terms.Term;
import io.papergraph.extractor.terms.TermIndex;
import io.papergraph.extractor.terms.TermMention;
import io.papergraph.extractor.terms.corpus.TermRanking;
import io.papergraph.loader.GraphLoader;
import io.papergraph.loader.LoadInput;
import io.papergraph.loader.LoadReport;
import io.papergraph.loader.LoaderOptions;
import io.papergraph.loader.connection.ConnectionSettings;
import io.papergraph.loader.connection.EmbeddedNeo4j;
import io.papergraph.loader.connection.EmbeddedSettings;
import io.papergraph.loader.connection.Neo4jConnection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;

/**
 * Loader benchmark: generates a synthetic graph (papers with authors, categories, listings and term
 * mentions), loads most of it into a fresh embedded Neo4j, then the rest as an incremental load, and prints
 * the time of each step of both loads and graph elements (nodes and relationships created) per second.
 *
 * <pre>java -cp cli/target/papergraph.jar io.papergraph.loader.LoaderBenchmark [PAPERS] [BATCH] [WRITERS]</pre>
 */
public final class LoaderBenchmark {

    private static final int AUTHORS_PER_PAPER = 4;
    private static final int MENTIONS_PER_PAPER = 15;
    private static final int PAPERS_PER_DIGEST = 1_000;
    private static final List<String> CATEGORIES = List.of("cs.LG", "cs.CL", "cs.AI", "cs.CV", "cs.IR", "stat.ML", "cs.RO",
            "cs.CR", "cs.SE", "cs.DC", "cs.NE", "cs.HC", "eess.SP", "math.OC", "quant-ph", "cs.DB");

    private LoaderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int papers = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : LoaderOptions.DEFAULT_BATCH_SIZE;
        int writers = args.length > 2 ? Integer.parseInt(args[2]) : LoaderOptions.defaults().writerThreads();
        int firstDigests = (int) Math.ceil(papers * 0.9 / PAPERS_PER_DIGEST);
        var all = generate(papers);
        var first = select(all, 0, firstDigests);
        var rest = select(all, firstDigests, Integer.MAX_VALUE);
        var ranking = new SyntheticRanking(papers / 2);
        Path home = Files.createTempDirectory("papergraph-bench-");
        System.out.printf(Locale.ROOT, "Synthetic corpus: %d papers, %d digests; %d + %d papers in the two loads; batch %d, %d writers%n",
                papers, all.digests().size(), first.papers().size(), rest.papers().size(), batch, writers);
        var settings = EmbeddedSettings.defaults().withHome(home).withPorts(0, -1).withPageCache(1L << 30);
        try (var server = EmbeddedNeo4j.start(settings);
                var connection = Neo4jConnection.open(new ConnectionSettings(server.boltUri(), null, null, null))) {
            var loader = GraphLoader.create(connection, ranking, LoaderOptions.defaults().withBatchSize(batch).withWriterThreads(writers));
            loader.applySchema();
            var fresh = loader.load(first);
            var incremental = loader.load(rest);
            System.out.println("Steps of the fresh load:");
            System.out.println(fresh.describeSteps());
            System.out.println("Steps of the incremental load:");
            System.out.println(incremental.describeSteps());
            print("fresh load", fresh);
            print("incremental load", incremental);
        } finally {
            FileTrees.delete(home);
        }
    }

    private static void print(String what, LoadReport report) {
        System.out.printf(Locale.ROOT, "%-17s %,10d nodes + %,10d relationships created, %,d deleted, %,d updated, %,d properties set"
                        + " in %6.1f s = %,8.0f elements created/s, %,8.0f elements written/s%n", what, report.nodesCreated(),
                report.relationshipsCreated(), report.nodesDeleted() + report.relationshipsDeleted(), report.elementsUpdated(),
                report.propertiesSet(), report.elapsed().toMillis() / 1000.0, report.elementsPerSecond(), report.elementsWrittenPerSecond());
    }

    /** Papers with 4 authors from a pool of twice the papers (skewed), 2 categories, one listing. */
    public static LoadInput generate(int papers) {
        var random = new Random(42);
        var digests = new ArrayList<DigestInfo>();
        var out = new ArrayList<Paper>();
        LocalDate start = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < papers; i++) {
            int day = i / PAPERS_PER_DIGEST;
            String file = String.format(Locale.ROOT, "day-%05d.md", day);
            if (i % PAPERS_PER_DIGEST == 0) {
                int count = Math.min(PAPERS_PER_DIGEST, papers - i);
                digests.add(new DigestInfo(file, start.plusDays(day), DigestFormat.CATEGORY_TOC, "sha-" + day, count, count));
            }
            var authors = new ArrayList<String>();
            while (authors.size() < AUTHORS_PER_PAPER) {
                String name = "Author " + (int) (Math.pow(random.nextDouble(), 2) * papers * 2);
                if (!authors.contains(name)) {
                    authors.add(name);
                }
            }
            String c1 = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
            String c2 = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
            var categories = c1.equals(c2) ? List.of(c1) : List.of(c1, c2);
            String id = String.format(Locale.ROOT, "%04d.%05d", 2500 + day / 30, i);
            out.add(new Paper(id, 1, "Synthetic paper " + i + " on topic " + random.nextInt(500), null, "https://arxiv.org/abs/" + id,
                    authors, categories, c1, List.of(), "Abstract of paper " + i + ".", ChineseTexts.NONE, "new",
                    List.of(new Listing(file, start.plusDays(day), i % PAPERS_PER_DIGEST + 1, 10 + 20 * (i % PAPERS_PER_DIGEST),
                            DigestFormat.CATEGORY_TOC))));
        }
        return new LoadInput(digests, out, out.stream().map(p -> new PaperTerms(p.arxivId(), null, null, null)).toList());
    }

    /** The digests from index {@code from} (inclusive) to {@code to} (exclusive) and their papers. */
    static LoadInput select(LoadInput all, int from, int to) {
        var digests = all.digests().subList(from, Math.min(to, all.digests().size()));
        var files = digests.stream().map(DigestInfo::file).toList();
        var papers = all.papers().stream().filter(p -> files.contains(p.listings().get(0).digest())).toList();
        var ids = new java.util.HashSet<String>();
        papers.forEach(p -> ids.add(p.arxivId()));
        return new LoadInput(digests, papers, all.paperTerms().stream().filter(t -> ids.contains(t.arxivId())).toList());
    }

    /**
     * A deterministic stand-in for the term ranking: each paper mentions 15 terms drawn (skewed, so terms
     * recur and co-occur) from a pool, seeded by its id; terms mentioned by one paper only are dropped.
     */
    public static final class SyntheticRanking implements TermRanking {

        private final int pool;

        public SyntheticRanking(int pool) {
            this.pool = Math.max(pool, MENTIONS_PER_PAPER * 2);
        }

        @Override
        public TermIndex rank(Collection<PaperTerms> papers) {
            var mentions = new ArrayList<TermMention>();
            var df = new TreeMap<String, Integer>();
            for (PaperTerms p : papers) {
                var random = new Random(p.arxivId().hashCode());
                var keys = new java.util.TreeSet<String>();
                while (keys.size() < MENTIONS_PER_PAPER) {
                    keys.add("term " + (int) (Math.pow(random.nextDouble(), 3) * pool));
                }
                int rank = 0;
                for (String key : keys) {
                    mentions.add(new TermMention(p.arxivId(), key, 1 + (rank % 3), rank == 0, 1.0 / (1 + rank), List.of(key)));
                    df.merge(key, 1, Integer::sum);
                    rank++;
                }
            }
            var terms = new ArrayList<Term>();
            df.forEach((key, n) -> {
                if (n >= 2) {
                    terms.add(new Term(key, key, List.of(), null, List.of(), n, Math.log(1 + n)));
                }
            });
            var kept = mentions.stream().filter(m -> df.get(m.termKey()) >= 2).toList();
            return new TermIndex(terms, kept);
        }
    }
}
