package io.papergraph.loader;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.papergraph.PapergraphException;
import io.papergraph.extractor.PaperMerger;
import io.papergraph.extractor.model.AuthorKey;
import io.papergraph.extractor.model.ChineseTexts;
import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.model.TagKey;
import io.papergraph.extractor.terms.PaperTerms;
import io.papergraph.extractor.terms.RankingState;
import io.papergraph.extractor.terms.TermMention;
import io.papergraph.extractor.terms.corpus.CoOccurrence;
import io.papergraph.extractor.terms.corpus.TermRanking;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * The loader. Steps: schema; classify digests by content hash; drop the listings of reloaded digests; write
 * digests, papers and their authors, categories, tags and listings; drop papers no digest lists any more and
 * nodes nothing points to; rank terms over every paper in the graph and write the differences of terms,
 * mentions and co-occurrences; finally mark the digests loaded, all in one transaction. Until that last step a
 * digest carries no content hash, so a load that stops half-way is redone in full by the next one.
 *
 * <p>On an empty database the loader takes create-only paths (no lookups of existing records, no MERGE).
 */
final class DefaultGraphLoader implements GraphLoader {

    /** Statements that merge rows by key, writing the properties of those that exist (changed ones only for terms). */
    private static final Set<String> REWRITES = Set.of("terms-merge", "papers-merge");

    /** Loads with fewer rows than this draw no progress bar. */
    static final int PROGRESS_THRESHOLD = 20_000;

    /** How a load that stopped is resumed, for its message. */
    private static final String RESUME = "run the same command again to finish (pending digests are loaded again from the start)";

    private final Neo4jConnection connection;
    private final TermRanking ranking;
    private final LoaderOptions options;
    /** Where the standard ranking's state is kept between loads; null when it is not (another ranking, or none asked for). */
    private final RankingStateStore stateStore;
    /** The ranking state of the current load, written beside the kept one until the load is complete. */
    private RankingStateStore.Staged stagedState;
    /** The ranking state of the current load while it is being written, on a thread beside the writes. */
    private Future<Optional<RankingStateStore.Staged>> staging;
    /** Threads for the current load's work beside its writes: reading the kept state, counting co-occurrences. */
    private java.util.concurrent.ExecutorService beside;
    /** The co-occurrences (and term nodes) kept with the ranking state the current load read, if it kept them. */
    private Optional<RankingStateStore.KeptWrites> keptWrites = Optional.empty();
    /** The graph's co-occurrences as the current load has written them, when it knows all their element ids. */
    private Optional<StoredCoOccurrences> writtenCoOccurrences = Optional.empty();
    /** The graph's term nodes as the current load has written them, with their element ids. */
    private Optional<StoredTerms> writtenTerms = Optional.empty();

    private final AtomicLong nodesCreated = new AtomicLong();
    private final AtomicLong nodesDeleted = new AtomicLong();
    private final AtomicLong relationshipsCreated = new AtomicLong();
    private final AtomicLong relationshipsDeleted = new AtomicLong();
    private final AtomicLong elementsUpdated = new AtomicLong();
    private final AtomicLong propertiesSet = new AtomicLong();
    private final List<LoadStep> steps = java.util.Collections.synchronizedList(new ArrayList<>());
    private ProgressBar progress;
    /** Tells this load's batch markers from those of a load that died. */
    private String loadId;
    private final AtomicLong stepNumber = new AtomicLong();

    DefaultGraphLoader(Neo4jConnection connection, TermRanking ranking, LoaderOptions options) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.ranking = Objects.requireNonNull(ranking, "ranking");
        this.options = Objects.requireNonNull(options, "options");
        this.stateStore = ranking.standardOptions().isPresent() ? options.rankingState().map(RankingStateStore::new).orElse(null) : null;
    }

    @Override
    public void applySchema() {
        guarded("creating the schema", () -> "no digest was written yet", () -> {
            // A graph loaded before has the whole schema: two reads instead of a statement per constraint and index.
            var present = presentIndexes();
            if (runSchema("schema", present.keySet()) > 0 || !present.values().stream().allMatch("ONLINE"::equals)) {
                awaitIndexes();
            }
            return null;
        });
    }

    /**
     * Runs each statement of a schema resource in a transaction of its own (schema and data never share one), but
     * not those that create a constraint or index of a name in {@code present} (they would do nothing); returns how
     * many ran.
     */
    private int runSchema(String name, Set<String> present) {
        int ran = 0;
        try (var session = connection.session()) {
            for (String statement : Cypher.statements(name)) {
                var created = SCHEMA_NAME.matcher(statement);
                if (created.lookingAt() && present.contains(created.group(1))) {
                    continue;
                }
                session.executeWrite(tx -> tx.run(statement).consume());
                ran++;
            }
        }
        return ran;
    }

    /** The name a schema statement creates a constraint or index by. */
    static final java.util.regex.Pattern SCHEMA_NAME = java.util.regex.Pattern.compile(
            "CREATE\\s+(?:CONSTRAINT|(?:FULLTEXT\\s+|RANGE\\s+|TEXT\\s+|POINT\\s+|VECTOR\\s+)?INDEX)\\s+(\\w+)\\s+IF\\s+NOT\\s+EXISTS",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The indexes of the database by name (with those of the constraints), and their states. */
    private Map<String, String> presentIndexes() {
        var present = new HashMap<String, String>();
        try (var session = connection.session()) {
            session.executeRead(tx -> {
                present.clear();
                tx.run(Cypher.statement("schema-present")).forEachRemaining(r -> present.put(r.get("name").asString(), r.get("state").asString()));
                return null;
            });
        }
        return present;
    }

    /** Waits until every index is online (populated), for at most {@link #INDEX_WAIT_SECONDS}. */
    private void awaitIndexes() {
        try (var session = connection.session()) {
            session.run(Cypher.statement("indexes-await"), Map.of("seconds", INDEX_WAIT_SECONDS)).consume();
        }
    }

    @Override
    public synchronized LoadReport load(LoadInput input, java.util.function.Consumer<TermGraph> loadedTerms) {
        java.util.Objects.requireNonNull(loadedTerms, "loadedTerms");
        long start = System.nanoTime();
        startFigures(0, 0, 0, List.of());
        timed("schema", this::applySchema);
        var digestProgress = new DigestProgress(input.digests());
        return guarded("loading", digestProgress::describe, () -> {
            Map<String, String> storedDigests = readDigests();
            loadId = java.util.UUID.randomUUID().toString();
            removeBatchMarkers();
            boolean fresh = countNodes() == 0;
            var loaded = new ArrayList<String>();
            var reloaded = new ArrayList<String>();
            var skipped = new ArrayList<String>();
            var toLoad = new ArrayList<DigestInfo>();
            for (DigestInfo d : input.digests()) {
                if (!storedDigests.containsKey(d.file())) {
                    loaded.add(d.file());
                    toLoad.add(d);
                } else if (loadedAsIs(d, storedDigests)) {
                    skipped.add(d.file());
                } else {
                    reloaded.add(d.file());
                    toLoad.add(d);
                }
            }
            digestProgress.complete(skipped);
            if (toLoad.isEmpty()) {
                return report(loaded, reloaded, skipped, 0, 0, start);
            }
            var files = new HashSet<String>();
            toLoad.forEach(d -> files.add(d.file()));
            var papers = input.papers().stream()
                    .filter(p -> p.listings().stream().anyMatch(l -> files.contains(l.digest())))
                    .toList();
            var termsById = new HashMap<String, PaperTerms>();
            input.paperTerms().forEach(t -> termsById.put(t.arxivId(), t));

            startProgress(papers, fresh);
            stagedState = null;
            staging = null;
            keptWrites = Optional.empty();
            writtenCoOccurrences = Optional.empty();
            writtenTerms = Optional.empty();
            beside = Executors.newFixedThreadPool(2, r -> {
                var t = new Thread(r, "papergraph-beside");
                t.setDaemon(true);
                return t;
            });
            try {
                // Read beside the writes of the papers, which keep the server busy and leave the client waiting.
                Future<KeptState> keptState = fresh ? null : readRankingStateBeside(storedDigests);
                // Read from the graph only when no kept state can give them.
                Future<Map<String, java.time.LocalDate>> firstListedBefore = fresh || (stateStore != null && stateStore.keepsState())
                        ? null : beside.submit(() -> readFirstListed(BESIDE));
                Set<String> unlisted = fresh ? Set.of() : removeListings(reloaded);
                var touched = new TreeSet<String>(unlisted);
                papers.forEach(p -> touched.add(p.arxivId()));
                Map<String, StoredPaper> stored = fresh ? Map.of() : readStoredPapers(List.copyOf(touched));
                writeDigests(toLoad);
                var written = writePapers(papers, termsById, files, stored, fresh, loadedTerms);
                int removed = 0;
                if (!fresh) {
                    run("papers-listing-dates", new ArrayList<Object>(touched));
                    long before = nodesDeleted.get();
                    run("papers-remove-unlisted", new ArrayList<Object>(unlisted));
                    removed = (int) (nodesDeleted.get() - before);
                    // Every paper is as this load leaves it: the terms are ranked on a thread of their own meanwhile.
                    Future<Optional<RankedUpdate>> ranked = beside.submit(() -> await(keptState).state()
                            .flatMap(k -> rankFromState(k.state(), stored, touched)));
                    for (String statement : Cypher.statements("orphans-remove")) {
                        runStatement(statement, Map.of());
                    }
                    var records = new ArrayList<Map<String, Object>>(written);
                    stored.values().forEach(s -> records.add(s.props()));
                    refreshDisplayNames(records);
                    int paperCount = (int) countPapers();
                    var kept = await(keptState);
                    keptWrites = kept.writes();
                    var firstListed = firstListedAfterWrites(kept.state().flatMap(RankingStateStore.Kept::firstListed)
                            .orElseGet(() -> firstListedBefore != null ? await(firstListedBefore) : readFirstListed("")), touched);
                    var fromState = await(ranked).map(update -> termsFromState(update, paperCount, firstListed));
                    var termRows = fromState.map(StateRows::rows)
                            .orElseGet(() -> terms(storedPaperTerms(), paperCount, firstListed));
                    stageRankingStateBeside(termRows, firstListed);
                    writeTermDifferences(termRows, fromState.map(StateRows::reRanked));
                    stageCoOccurrences();
                    loadedTerms.accept(TermGraph.of(termRows));
                }
                // One transaction: the digests of a load become loaded together, or none does.
                runStatement(Cypher.statement("digests-mark-loaded"), Map.of("rows", toLoad.stream()
                        .map(d -> Map.of("file", d.file(), "contentHash", d.contentHash(), "ranking", ranking.fingerprint())).toList()));
                digestProgress.complete(files);
                removeBatchMarkers();
                commitRankingState();
                return report(loaded, reloaded, skipped, papers.size(), removed, start);
            } finally {
                // Work beside a load that stopped ends on its own (reads fail on the closed connection); a state
                // being written is waited for, so that it can be discarded.
                beside.shutdown();
                awaitStagingQuietly();
                discardRankingState();
                keptWrites = Optional.empty();
                writtenCoOccurrences = Optional.empty();
                writtenTerms = Optional.empty();
                if (progress != null) {
                    progress.close();
                    progress = null;
                }
            }
        });
    }

    @Override
    public synchronized LoadReport completeImport(StoreImport.Imported imported) {
        long start = System.nanoTime();
        startFigures(imported.nodes(), imported.relationships(), imported.properties(), imported.steps());
        var files = imported.digests().stream().map(DigestInfo::file).toList();
        return guarded("completing the import", () -> "the store is imported, its digests not marked loaded yet", () -> {
            timed("empty lists", () -> {
                runStatement(Cypher.statement("imported-terms-empty-lists"), Map.of());
                if (imported.mentionsWithoutForms()) {
                    runStatement(Cypher.statement("imported-mentions-empty-forms"), Map.of());
                }
            });
            timed("schema", () -> runSchema("schema", presentIndexes().keySet()));
            timed("indexes-await", this::awaitIndexes);
            runStatement(Cypher.statement("digests-mark-loaded"), Map.of("rows", imported.digests().stream()
                    .map(d -> Map.of("file", d.file(), "contentHash", d.contentHash(), "ranking", ranking.fingerprint())).toList()));
            imported.rankingState().ifPresent(staged -> {
                if (stateStore != null && stateStore.folder().equals(staged.file().getParent())) {
                    // The imported co-occurrences' element ids, read once here, spare the next load reading them.
                    stagedState = stateStore.stageCoOccurrences(staged, readCoOccurrences(), Optional.empty());
                    commitRankingState();
                } else {
                    new RankingStateStore(staged.file().getParent()).discard(staged);
                }
            });
            var elapsed = imported.elapsed().plusNanos(System.nanoTime() - start);
            return new LoadReport(files, List.of(), List.of(), imported.papers(), 0, nodesCreated.get(), 0,
                    relationshipsCreated.get(), 0, 0, propertiesSet.get(), elapsed, steps);
        });
    }

    /** Starts the figures of a load's report from what was written before it (an import), or from nothing. */
    private void startFigures(long nodes, long relationships, long properties, List<LoadStep> earlierSteps) {
        nodesCreated.set(nodes);
        nodesDeleted.set(0);
        relationshipsCreated.set(relationships);
        relationshipsDeleted.set(0);
        elementsUpdated.set(0);
        propertiesSet.set(properties);
        steps.clear();
        steps.addAll(earlierSteps);
    }

    @Override
    public Set<String> digestsToLoad(List<DigestInfo> digests) {
        return guarded("reading which digests are loaded", () -> "nothing was written", () -> {
            Map<String, String> stored = readDigests();
            var out = new TreeSet<String>();
            for (DigestInfo d : digests) {
                if (!loadedAsIs(d, stored)) {
                    out.add(d.file());
                }
            }
            return out;
        });
    }

    /**
     * Whether the digest is in the graph, fully loaded, with the same content and ranked as this loader ranks (its stored
     * hash and ranking are those of a finished load, see {@link #readDigests}).
     */
    private boolean loadedAsIs(DigestInfo d, Map<String, String> stored) {
        return loadedMark(d.contentHash(), ranking.fingerprint()).equals(stored.get(d.file()));
    }

    /** What a finished load leaves on a digest, as {@link #readDigests} gives it: its content hash and ranking fingerprint. */
    private static String loadedMark(String contentHash, String ranking) {
        return contentHash + ' ' + ranking;
    }

    private LoadReport report(List<String> loaded, List<String> reloaded, List<String> skipped, int written, int removed, long start) {
        return new LoadReport(loaded, reloaded, skipped, written, removed, nodesCreated.get(), nodesDeleted.get(),
                relationshipsCreated.get(), relationshipsDeleted.get(), elementsUpdated.get(), propertiesSet.get(),
                Duration.ofNanos(System.nanoTime() - start), steps);
    }

    private void startProgress(List<Paper> papers, boolean fresh) {
        long rows = 0;
        for (Paper p : papers) {
            rows += 1 + p.authors().size() * 2L + p.categories().size() + p.tags().size() + p.listings().size();
        }
        if (options.progress() && rows >= PROGRESS_THRESHOLD) {
            progress = new ProgressBarBuilder()
                    .setTaskName(fresh ? "Loading" : "Updating")
                    .setInitialMax(rows)
                    .setUnit(" rows", 1)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(500)
                    .build();
        }
    }

    // ---- digests and papers ------------------------------------------------------------------------------

    /**
     * Each digest of the graph with the content hash and the ranking fingerprint of the load that finished it, as
     * "hash fingerprint" (null when no load finished it).
     */
    private Map<String, String> readDigests() {
        var out = new HashMap<String, String>();
        read("digests-existing", Map.of(), r -> out.put(r.get("file").asString(),
                r.get("contentHash").isNull() ? null : loadedMark(r.get("contentHash").asString(), r.get("ranking").asString(""))));
        return out;
    }

    private long countNodes() {
        var count = new AtomicLong();
        read("nodes-count", Map.of(), r -> count.set(r.get("n").asLong()));
        return count.get();
    }

    private Set<String> removeListings(List<String> files) {
        var papers = new TreeSet<String>();
        if (files.isEmpty()) {
            return papers;
        }
        try (var session = connection.session()) {
            session.executeWrite(tx -> {
                var result = tx.run(Cypher.statement("listings-remove"), Map.of("rows", files));
                result.forEachRemaining(r -> papers.add(r.get("arxivId").asString()));
                count(result.consume().counters());
                return null;
            });
        }
        return papers;
    }

    private void writeDigests(List<DigestInfo> digests) {
        run("digests-upsert", PaperRows.digestRows(digests));
    }

    /** Writes the papers with their authors, categories, tags and listings; returns the records written. */
    private List<Map<String, Object>> writePapers(List<Paper> papers, Map<String, PaperTerms> termsById, Set<String> files,
            Map<String, StoredPaper> stored, boolean fresh, java.util.function.Consumer<TermGraph> loadedTerms) {
        var rows = PaperRows.of(papers, files, paper -> {
            // A fresh load adds the findings' JSON when a batch is sent: for a year of papers, that JSON all at once
            // would take more heap than the rest of the load.
            Map<String, Object> record = PaperRecord.of(paper, fresh ? null : termsById.get(paper.arxivId()));
            StoredPaper old = stored.get(paper.arxivId());
            return old != null && !coversListings(paper, old.listedBy()) ? PaperMerger.mergeRecords(old.props(), record) : record;
        });
        String mode = fresh ? "create" : "merge";
        run("authors-" + mode, rows.authorRows());
        run("categories-" + mode, rows.categoryRows());
        run("tags-" + mode, rows.tagRows());
        if (fresh) {
            var listed = rows.listingDates();
            var firstListed = firstListed(listed);
            var termRows = terms(freshPaperTerms(papers, termsById), papers.size(), firstListed);
            stageRankingStateBeside(termRows, firstListed);
            writeFresh(rows, termsById, listed, termRows);
            stageCoOccurrences();
            loadedTerms.accept(TermGraph.of(termRows));
            return rows.records();
        }
        run("papers-merge", new ArrayList<Object>(rows.records()));
        run("wrote-create", rows.wrote());
        run("in-category-create", rows.inCategory());
        run("tagged-create", rows.tagged());
        run("lists-create", rows.lists());
        return rows.records();
    }

    /** The first of each paper's listing dates. */
    static Map<String, java.time.LocalDate> firstListed(Map<String, java.time.LocalDate[]> listed) {
        var firstListed = new HashMap<String, java.time.LocalDate>();
        listed.forEach((paper, dates) -> firstListed.put(paper, dates[0]));
        return firstListed;
    }

    /**
     * Sets the display name of the authors and tags of the given paper records to the smallest of the forms
     * their papers now print, as a load of everything at once would (papers may have gone or changed).
     */
    private void refreshDisplayNames(List<Map<String, Object>> records) {
        var authorKeys = new TreeSet<String>();
        var tagKeys = new TreeSet<String>();
        for (var r : records) {
            ((List<?>) r.getOrDefault("authors", List.of())).forEach(n -> authorKeys.add(AuthorKey.of((String) n)));
            ((List<?>) r.getOrDefault("tags", List.of())).forEach(n -> tagKeys.add(TagKey.fold((String) n)));
        }
        var authorNames = new ArrayList<Object>();
        read("authors-names", Map.of("rows", List.copyOf(authorKeys)), r -> {
            String name = r.get("names").asList(Value::asString).stream().map(AuthorKey::displayName).sorted().findFirst().orElse(null);
            if (name != null && !name.equals(r.get("name").asString())) {
                authorNames.add(Map.of("key", r.get("key").asString(), "name", name));
            }
        });
        run("authors-rename", authorNames);
        var tagNames = new ArrayList<Object>();
        read("tags-names", Map.of("rows", List.copyOf(tagKeys)), r -> {
            String key = r.get("key").asString();
            String name = r.get("names").asList(Value::asString).stream().filter(n -> TagKey.fold(n).equals(key))
                    .map(TagKey::display).sorted().findFirst().orElse(null);
            if (name != null && !name.equals(r.get("name").asString())) {
                tagNames.add(Map.of("key", key, "name", name));
            }
        });
        run("tags-rename", tagNames);
    }

    /** True when the input lists the paper in every digest the graph still lists it in. */
    private static boolean coversListings(Paper paper, List<String> listedBy) {
        var inputDigests = new HashSet<String>();
        paper.listings().forEach(l -> inputDigests.add(l.digest()));
        return inputDigests.containsAll(listedBy);
    }

    private record StoredPaper(Map<String, Object> props, List<String> listedBy) {
    }

    private Map<String, StoredPaper> readStoredPapers(List<String> ids) {
        var out = new HashMap<String, StoredPaper>();
        for (var batch : batches(ids)) {
            read("papers-existing", Map.of("rows", batch), r -> out.put(r.get("arxivId").asString(),
                    new StoredPaper(r.get("props").asMap(), r.get("listedBy").asList(Value::asString))));
        }
        return out;
    }

    // ---- terms -----------------------------------------------------------------------------------------

    static Collection<PaperTerms> freshPaperTerms(List<Paper> papers, Map<String, PaperTerms> termsById) {
        var out = new TreeMap<String, PaperTerms>();
        for (Paper p : papers) {
            var t = termsById.get(p.arxivId());
            if (t != null) {
                out.put(p.arxivId(), t);
            }
        }
        return out.values();
    }

    /**
     * Every paper's stored term findings. Parsing the JSON (a gigabyte for a year of papers) takes longer than
     * reading it, so the records are parsed a chunk at a time on all cores.
     */
    private Collection<PaperTerms> storedPaperTerms() {
        var out = new TreeMap<String, PaperTerms>();
        var chunk = new ArrayList<Map.Entry<String, String>>(PARSE_CHUNK);
        read("paper-terms-all", Map.of(), r -> {
            chunk.add(Map.entry(r.get("arxivId").asString(), r.get("json").asString()));
            if (chunk.size() == PARSE_CHUNK) {
                parseFindings(chunk, out);
            }
        });
        parseFindings(chunk, out);
        return out.values();
    }

    private static final int PARSE_CHUNK = 1024;

    /** Parses and empties {@code chunk} into {@code out}; stored JSON that does not parse names its paper. */
    private static void parseFindings(List<Map.Entry<String, String>> chunk, Map<String, PaperTerms> out) {
        var parsed = chunk.parallelStream().map(e -> {
            try {
                return ExtractOutput.JSON.readValue(e.getValue(), PaperTerms.class);
            } catch (JsonProcessingException ex) {
                return new UnreadableFindings(e.getKey(), ex.getOriginalMessage());
            }
        }).toList();
        for (int i = 0; i < chunk.size(); i++) {
            if (parsed.get(i) instanceof UnreadableFindings bad) {
                throw new PapergraphException("the stored term findings of paper " + bad.arxivId()
                        + " are not valid JSON (" + bad.problem() + "); reload its digest");
            }
            out.put(chunk.get(i).getKey(), (PaperTerms) parsed.get(i));
        }
        chunk.clear();
    }

    private record UnreadableFindings(String arxivId, String problem) {
    }

    // ---- the kept ranking state ------------------------------------------------------------------------

    /**
     * The kept ranking state, when there is one that fits the graph as it is now (before this load writes), read on a
     * thread of its own (a year of papers takes seconds to decode) while the papers are written; with it, the kept
     * co-occurrences.
     */
    private Future<KeptState> readRankingStateBeside(Map<String, String> storedDigests) {
        if (stateStore == null) {
            return java.util.concurrent.CompletableFuture.completedFuture(new KeptState(Optional.empty(), Optional.empty()));
        }
        var basis = currentBasis(storedDigests);
        return beside.submit(() -> {
            long start = System.nanoTime();
            var state = stateStore.read(basis, ranking.standardOptions().orElseThrow());
            steps.add(new LoadStep(state.isPresent() ? "read ranking state" + BESIDE : "read ranking state (none fits the graph)" + BESIDE,
                    state.map(k -> k.state().papers()).orElse(0), Duration.ofNanos(System.nanoTime() - start)));
            if (state.isEmpty()) {
                return new KeptState(state, Optional.empty());
            }
            long coStart = System.nanoTime();
            var writes = stateStore.readCoOccurrences(basis);
            steps.add(new LoadStep((writes.isPresent() ? "read kept co-occurrences" : "read kept co-occurrences (none kept)") + BESIDE,
                    writes.map(w -> w.coOccurrences().size()).orElse(0), Duration.ofNanos(System.nanoTime() - coStart)));
            return new KeptState(state, writes);
        });
    }

    /** What the last load kept: its ranking state and, with it, the graph's co-occurrences and term nodes. */
    private record KeptState(Optional<RankingStateStore.Kept> state, Optional<RankingStateStore.KeptWrites> writes) {
    }

    /** Marks the steps that ran on a thread of their own, beside the load's writes: their times overlap the others'. */
    static final String BESIDE = " [beside]";

    /** What a ranking state of the graph as it is now would have to be of. */
    private RankingStateStore.Basis currentBasis(Map<String, String> digests) {
        var counts = new long[4];
        read("graph-counts", Map.of(), r -> {
            counts[0] = r.get("papers").asLong();
            counts[1] = r.get("terms").asLong();
            counts[2] = r.get("mentions").asLong();
            counts[3] = r.get("coOccurrences").asLong();
        });
        return new RankingStateStore.Basis(digests, counts[0], counts[1], counts[2], counts[3]);
    }

    /**
     * Updates the kept state with the findings of the touched papers as they were before this load and as they are
     * now (once the load has written and removed its papers); empty when the state turns out not to hold what the
     * graph held (then every paper is ranked again). Runs beside the load's last writes of papers and names.
     */
    private Optional<RankedUpdate> rankFromState(RankingState state, Map<String, StoredPaper> stored, Set<String> touched) {
        long start = System.nanoTime();
        var after = paperTermsJson(List.copyOf(touched));
        var removedJson = new ArrayList<Map.Entry<String, String>>();
        var addedJson = new ArrayList<Map.Entry<String, String>>();
        for (String id : touched) {
            var old = stored.get(id);
            String before = old == null ? null : (String) old.props().get("paperTerms");
            String now = after.get(id);
            if (state.holds(id) != (before != null)) {
                return Optional.empty();
            }
            if (Objects.equals(before, now)) {
                continue;
            }
            if (before != null) {
                removedJson.add(Map.entry(id, before));
            }
            if (now != null) {
                addedJson.add(Map.entry(id, now));
            }
        }
        var removed = new TreeMap<String, PaperTerms>();
        parseFindings(removedJson, removed);
        var added = new TreeMap<String, PaperTerms>();
        parseFindings(addedJson, added);
        var update = state.update(removed.values(), added.values(), ids -> {
            var held = new TreeMap<String, PaperTerms>();
            parseFindings(new ArrayList<>(paperTermsJson(List.copyOf(new TreeSet<>(ids))).entrySet()), held);
            return held.values();
        });
        steps.add(new LoadStep("rank terms (from the kept state)" + BESIDE, removed.size() + added.size(),
                Duration.ofNanos(System.nanoTime() - start)));
        return Optional.of(new RankedUpdate(state, update));
    }

    /** A kept state updated with this load's papers, and the update. */
    private record RankedUpdate(RankingState state, RankingState.Update update) {
    }

    /**
     * The rows of the updated state, and the papers whose mentions the update computed again (the others' are as
     * stored); the co-occurrences are counted beside the writes that follow.
     */
    private StateRows termsFromState(RankedUpdate ranked, int paperCount, Map<String, java.time.LocalDate> firstListed) {
        var state = ranked.state();
        var update = ranked.update();
        long rowsStart = System.nanoTime();
        long mentions = state.mentionCount();
        java.util.concurrent.Executor counter = count -> beside.execute(() -> {
            long countStart = System.nanoTime();
            count.run();
            steps.add(new LoadStep("count co-occurrences" + BESIDE, mentions, Duration.ofNanos(System.nanoTime() - countStart)));
        });
        var rows = TermRows.ofState(state, update, options.coOccurrence(), paperCount, firstListed, counter);
        steps.add(new LoadStep("term rows", rows.mentions().size(), Duration.ofNanos(System.nanoTime() - rowsStart)));
        var reRanked = new HashSet<String>(update.mentions().keySet());
        reRanked.addAll(update.removed());
        return new StateRows(rows, reRanked);
    }

    /** The rows a kept state gives, and the papers whose mentions it computed again (the others' are as stored). */
    private record StateRows(TermRows rows, Set<String> reRanked) {
    }

    /** The stored findings (JSON) of those of the given papers that have any. */
    private Map<String, String> paperTermsJson(List<String> ids) {
        var out = new HashMap<String, String>();
        for (var batch : batches(ids)) {
            read("paper-terms-of", Map.of("rows", batch), r -> out.put(r.get("arxivId").asString(), r.get("json").asString()));
        }
        return out;
    }

    /**
     * Writes the rows' ranking state beside the kept one, if the ranking keeps one and a folder is given: on a thread
     * of its own while the terms, mentions and co-occurrences are written (the state no longer changes).
     */
    private void stageRankingStateBeside(TermRows rows, Map<String, java.time.LocalDate> firstListed) {
        if (stateStore == null || rows.rankingState().isEmpty()) {
            return;
        }
        var state = rows.rankingState().get();
        staging = beside.submit(() -> {
            long start = System.nanoTime();
            var staged = stateStore.stage(state, firstListed);
            steps.add(new LoadStep("write ranking state" + BESIDE, state.papers(), Duration.ofNanos(System.nanoTime() - start)));
            return staged;
        });
    }

    /** Waits for the staged state and writes the co-occurrences the load has left beside it. */
    private void stageCoOccurrences() {
        if (staging == null) {
            return;
        }
        var future = staging;
        staging = null;
        stagedState = await(future).orElse(null);
        if (stagedState != null && writtenCoOccurrences.isPresent()) {
            long start = System.nanoTime();
            stagedState = stateStore.stageCoOccurrences(stagedState, writtenCoOccurrences.get(), writtenTerms);
            steps.add(new LoadStep("write kept co-occurrences", writtenCoOccurrences.get().size(), Duration.ofNanos(System.nanoTime() - start)));
        }
    }

    /** After a load that stopped: the state being staged, if any, once written, so that it can be discarded. */
    private void awaitStagingQuietly() {
        if (staging == null) {
            return;
        }
        try {
            stagedState = staging.get().orElse(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // The load has stopped already for its own reason; a state that was not written needs no discarding.
        } finally {
            staging = null;
        }
    }

    /** Puts the staged state in place as that of the graph the load has left, once its digests are marked loaded. */
    private void commitRankingState() {
        if (stagedState == null) {
            return;
        }
        var basis = currentBasis(readDigests());
        stateStore.commit(stagedState, basis);
        stagedState = null;
    }

    /** Removes a staged state whose load did not finish. */
    private void discardRankingState() {
        if (stagedState != null) {
            stateStore.discard(stagedState);
            stagedState = null;
        }
    }

    /** Ranks the findings and derives terms, mentions and co-occurrences: a step of the load. */
    private TermRows terms(Collection<PaperTerms> paperTerms, int paperCount, Map<String, java.time.LocalDate> firstListed) {
        long start = System.nanoTime();
        var rows = TermRows.of(ranking, options.coOccurrence(), paperTerms, paperCount, firstListed);
        steps.add(new LoadStep("rank terms", paperTerms.size(), Duration.ofNanos(System.nanoTime() - start)));
        return rows;
    }

    /**
     * The create-only path of an empty database: every node first, then each kind of relationship in flat
     * batches whose rows name both ends by element id. The database held nothing before, so the element ids are
     * read back by label; a seek by element id costs less than a unique-index seek, and list rows less than maps.
     */
    private void writeFresh(PaperRows rows, Map<String, PaperTerms> termsById, Map<String, java.time.LocalDate[]> listed,
            TermRows termRows) {
        timed("full-text-indexes-drop", () -> runSchema("full-text-indexes-drop", Set.of()));
        run("terms-create", new ArrayList<Object>(termRows.terms().values()));
        run("papers-create", TermRows.mapRows(rows.records(), record -> PaperRecord.fresh(record, listed, termsById)));
        Map<String, String> papers = elementIds("papers-ids", Map.of());
        Map<String, String> terms = elementIds("terms-ids", Map.of());
        run("wrote-create-by-id", byElementId(rows.wrote(), "author", elementIds("authors-ids", Map.of()), "paper", papers, "position"));
        run("in-category-create-by-id", byElementId(rows.inCategory(), "paper", papers, "category", elementIds("categories-ids", Map.of()), "primary"));
        run("tagged-create-by-id", byElementId(rows.tagged(), "paper", papers, "tag", elementIds("tags-ids", Map.of())));
        run("lists-create-by-id", byElementId(rows.lists(), "digest", elementIds("digests-ids", Map.of()), "paper", papers, "rank", "line", "date"));
        run(MENTIONS.name() + "-create", MENTIONS.createRows(TermRows.mapRows(termRows.mentions(), TermRows::mentionRow), papers, terms));
        // After the mentions, as in incremental loads: a load killed before this leaves papers without a hash, whose
        // mentions the next load then reads and completes.
        run("papers-set-mention-hash", rows.records().stream().map(r -> (String) r.get("arxivId"))
                .map(id -> (Object) Map.of("paper", id, "hash", termRows.mentionHash(id), "norm", termRows.mentionNorm(id))).toList());
        writtenCoOccurrences = createCoOccurrences(termRows.coOccurrences(), terms, List.of());
        writtenTerms = Optional.of(StoredTerms.of(termRows.terms(), terms));
        // Populated from the stored nodes at the end: populating them while the relationships are written slowed
        // those writes down more than the population took.
        timed("schema", () -> runSchema("schema", presentIndexes().keySet()));
        timed("indexes-await", this::awaitIndexes);
    }

    /** Runs a step that writes no rows (schema, waits) and records its time. */
    private void timed(String name, Runnable step) {
        long start = System.nanoTime();
        try {
            step.run();
        } finally {
            steps.add(new LoadStep(name, 0, Duration.ofNanos(System.nanoTime() - start)));
        }
    }

    /**
     * A kind of relationship the loader keeps in step with the term ranking: its statement name prefix, the keys
     * of its ends in the wanted rows, and the properties it is compared and written by.
     */
    private record TermRelationship(String name, String from, String to, List<String> properties) {

        TermRelationship {
            properties = List.copyOf(properties);
        }

        /** Rows of {@code NAME-create}: the element ids of both ends, then the properties. */
        List<Object> createRows(List<? extends Map<String, Object>> wanted, Map<String, String> fromIds, Map<String, String> toIds) {
            return byElementId(wanted, from, fromIds, to, toIds, properties.toArray(String[]::new));
        }

        /** A row of {@code NAME-update}: the relationship's element id, then the properties. */
        List<Object> updateRow(String id, Map<String, Object> wanted) {
            var row = new ArrayList<Object>(1 + properties.size());
            row.add(id);
            properties.forEach(p -> row.add(wanted.get(p)));
            return row;
        }
    }

    private static final TermRelationship MENTIONS = new TermRelationship("mentions", "paper", "term",
            List.of("count", "inTitle", "weight", "forms"));
    private static final TermRelationship CO_OCCURS = new TermRelationship("co-occurs", "a", "b", List.of("papers", "strength"));

    /** The items in consecutive slices of the batch size, for reads that take their keys as a parameter. */
    private <T> List<List<T>> batches(List<T> items) {
        var out = new ArrayList<List<T>>();
        for (int from = 0; from < items.size(); from += options.batchSize()) {
            out.add(items.subList(from, Math.min(items.size(), from + options.batchSize())));
        }
        return out;
    }

    /** Key to element id of every node a statement returns ({@code key}, {@code id}). */
    private Map<String, String> elementIds(String statement, Map<String, Object> parameters) {
        var out = new HashMap<String, String>();
        read(statement, parameters, r -> out.put(r.get("key").asString(), r.get("id").asString()));
        return out;
    }

    /**
     * Relationship rows as lists: the element ids of both ends (looked up by the keys the map rows name), then
     * the given properties in order. Each row is made when its batch is sent, so that a step's rows do not all
     * live (and survive garbage collections) at once.
     */
    private static List<Object> byElementId(List<?> rows, String from, Map<String, String> fromIds, String to,
            Map<String, String> toIds, String... properties) {
        return new java.util.AbstractList<>() {
            @Override
            public Object get(int index) {
                var row = (Map<?, ?>) rows.get(index);
                var list = new ArrayList<Object>(2 + properties.length);
                list.add(elementId(fromIds, row.get(from)));
                list.add(elementId(toIds, row.get(to)));
                for (String property : properties) {
                    list.add(row.get(property));
                }
                return list;
            }

            @Override
            public int size() {
                return rows.size();
            }
        };
    }

    private static String elementId(Map<String, String> ids, Object key) {
        String id = ids.get((String) key);
        if (id == null) {
            throw new IllegalStateException("internal error: no node was written for key " + key);
        }
        return id;
    }

    /**
     * The first listing date of every paper a dated digest lists, read from the graph when no kept state gives them
     * (beside the writes of this load, {@code suffix} {@link #BESIDE}): only the papers the load lists or unlists get
     * new dates, and those are read again once their listings are written.
     */
    private Map<String, java.time.LocalDate> readFirstListed(String suffix) {
        var firstListed = new HashMap<String, java.time.LocalDate>();
        read("papers-first-listed", Map.of(), r -> firstListed.put(r.get("paper").asString(), r.get("first").asLocalDate()), suffix);
        return firstListed;
    }

    /** The dates {@code before} this load, those of the touched papers as the load's listings left them. */
    private Map<String, java.time.LocalDate> firstListedAfterWrites(Map<String, java.time.LocalDate> before, Set<String> touched) {
        var after = new HashMap<>(before);
        after.keySet().removeAll(touched);
        for (var batch : batches(List.copyOf(touched))) {
            read("papers-first-listed-of", Map.of("rows", batch), r -> after.put(r.get("paper").asString(), r.get("first").asLocalDate()));
        }
        return after;
    }

    /**
     * Brings terms, mentions and co-occurrences in the graph to the wanted state, writing only differences.
     *
     * @param reRanked the papers whose mentions may have changed, when a ranking state tells (the others' are as
     *                 stored); either way, a paper's mentions are read and rewritten only when its stored mention hash
     *                 differs from the wanted one
     */
    private void writeTermDifferences(TermRows wanted, Optional<Set<String>> reRanked) {
        var terms = wanted.terms();
        var keptTerms = keptWrites.flatMap(RankingStateStore.KeptWrites::terms);
        var storedTerms = keptTerms.map(StoredTerms::props).orElseGet(this::readTerms);
        var removedTerms = storedTerms.keySet().stream().filter(k -> !terms.containsKey(k)).sorted().toList();
        run("terms-remove", new ArrayList<Object>(removedTerms));
        run("terms-merge", termChanges(terms.values(), storedTerms));
        Map<String, String> termIds;
        if (keptTerms.isPresent()) {
            // The kept ids of the terms that stay, read only for the terms this load created.
            termIds = keptTerms.get().ids();
            termIds.keySet().removeAll(removedTerms);
            var created = terms.keySet().stream().filter(k -> !termIds.containsKey(k)).toList();
            for (var batch : batches(created)) {
                termIds.putAll(elementIds("terms-ids-of", Map.of("rows", batch)));
            }
        } else {
            termIds = elementIds("terms-ids", Map.of());
        }
        writtenTerms = Optional.of(StoredTerms.of(terms, termIds));

        // Only papers whose stored mention hash differs from the wanted one have their mentions read and rewritten.
        var changedPapers = new ArrayList<String>();
        java.util.function.Consumer<Record> ifChanged = r -> {
            String id = r.get("paper").asString();
            if (r.get("hash").isNull() || !wanted.mentionHash(id).equals(r.get("hash").asString())) {
                changedPapers.add(id);
            }
        };
        if (reRanked.isPresent()) {
            for (var batch : batches(List.copyOf(new TreeSet<>(reRanked.get())))) {
                read("papers-mention-hashes-of", Map.of("rows", batch), ifChanged);
            }
        } else {
            read("papers-mention-hashes", Map.of(), ifChanged);
        }
        var storedMentions = new HashMap<String, StoredRow>();
        var paperIds = new HashMap<String, String>();
        for (var batch : batches(changedPapers)) {
            read("mentions-of-papers", Map.of("rows", batch), r -> storedMentions.put(
                    r.get("paper").asString() + '\u0000' + r.get("term").asString(), StoredRow.of(r)));
            paperIds.putAll(elementIds("papers-ids-of", Map.of("rows", batch)));
        }
        var wantedMentions = new HashMap<String, Map<String, Object>>();
        for (String id : changedPapers) {
            for (TermMention m : wanted.mentionsOf(id)) {
                wantedMentions.put(id + '\u0000' + m.termKey(), TermRows.mentionRow(m));
            }
        }
        run("papers-clear-mention-hash", new ArrayList<Object>(changedPapers));
        writeDifferences(MENTIONS, storedMentions, wantedMentions, paperIds, termIds);
        // After the mentions: a hash is stored only once the mentions it stands for are.
        run("papers-set-mention-hash", changedPapers.stream()
                .map(id -> (Object) Map.of("paper", id, "hash", wanted.mentionHash(id), "norm", wanted.mentionNorm(id))).toList());

        long waitStart = System.nanoTime();
        var coOccurrences = wanted.coOccurrences();
        steps.add(new LoadStep("wait for co-occurrences", coOccurrences.size(), Duration.ofNanos(System.nanoTime() - waitStart)));
        writeCoOccurrences(coOccurrences, termIds);
    }

    /**
     * The rows of {@code terms-merge}: each wanted term that is new or differs from the stored one, with all its
     * properties when new, else only those that changed (null for one it no longer has).
     */
    static List<Object> termChanges(Collection<Map<String, Object>> wanted, Map<String, Map<String, Object>> stored) {
        var rows = new ArrayList<Object>();
        for (var term : wanted) {
            String key = (String) term.get("key");
            var old = stored.get(key);
            if (old == null) {
                rows.add(Map.of("key", key, "props", term));
            } else if (!term.equals(old)) {
                var changed = new HashMap<String, Object>();
                term.forEach((name, value) -> {
                    if (!Objects.equals(value, old.get(name))) {
                        changed.put(name, value);
                    }
                });
                old.keySet().forEach(name -> {
                    if (!term.containsKey(name)) {
                        changed.put(name, null);
                    }
                });
                rows.add(Map.of("key", key, "props", changed));
            }
        }
        return rows;
    }

    /**
     * Brings the co-occurrences to the wanted ones: compared with those kept from the last load, or else read from the
     * graph, and written by element id where they differ. Afterwards {@link #writtenCoOccurrences} holds them, with
     * the element ids of those created, for the next load.
     */
    private void writeCoOccurrences(List<CoOccurrence> wanted, Map<String, String> termIds) {
        var stored = keptWrites.map(RankingStateStore.KeptWrites::coOccurrences).orElseGet(this::readCoOccurrences);
        var differences = stored.differences(wanted);
        run(CO_OCCURS.name() + "-remove", new ArrayList<Object>(differences.remove()));
        run(CO_OCCURS.name() + "-update", differences.update().stream()
                .map(c -> (Object) List.of(c.id(), (long) c.papers(), c.strength())).toList());
        run(CO_OCCURS.name() + "-strength-update", differences.restrengthen().stream()
                .map(c -> (Object) List.of(c.id(), c.strength())).toList());
        var written = new ArrayList<StoredCoOccurrences.Stored>(differences.unchanged());
        written.addAll(differences.update());
        written.addAll(differences.restrengthen());
        writtenCoOccurrences = createCoOccurrences(differences.create(), termIds, written);
    }

    /** The graph's term nodes' properties by key, read from the graph. */
    private Map<String, Map<String, Object>> readTerms() {
        var stored = new HashMap<String, Map<String, Object>>();
        read("terms-existing", Map.of(), r -> {
            var props = r.get("props").asMap();
            stored.put((String) props.get("key"), props);
        });
        return stored;
    }

    /** The graph's co-occurrences with their element ids, read from the graph. */
    private StoredCoOccurrences readCoOccurrences() {
        var stored = new ArrayList<StoredCoOccurrences.Stored>();
        read("co-occurs-stored", Map.of(), r -> stored.add(new StoredCoOccurrences.Stored(r.get("a").asString(),
                r.get("b").asString(), r.get("id").asString(), r.get("papers").asInt(), r.get("strength").asDouble())));
        return new StoredCoOccurrences(stored);
    }

    /**
     * Creates the co-occurrences; the graph's co-occurrences afterwards (these with the given others), unless the
     * element ids of some are unknown (a batch whose reply was lost).
     */
    private Optional<StoredCoOccurrences> createCoOccurrences(List<CoOccurrence> create, Map<String, String> termIds,
            List<StoredCoOccurrences.Stored> others) {
        var created = java.util.Collections.synchronizedList(new ArrayList<StoredCoOccurrences.Stored>(others));
        var lost = new java.util.concurrent.atomic.AtomicBoolean();
        run(CO_OCCURS.name() + "-create", CO_OCCURS.createRows(TermRows.mapRows(create, TermRows::coOccurrenceRow), termIds, termIds),
                new Returned() {
                    @Override
                    public void records(int from, List<Record> records) {
                        var batch = new ArrayList<StoredCoOccurrences.Stored>(records.size());
                        for (Record r : records) {
                            var c = create.get(from + r.get("row").asInt());
                            batch.add(new StoredCoOccurrences.Stored(c.a(), c.b(), r.get("id").asString(), c.papers(), c.strength()));
                        }
                        created.addAll(batch);
                    }

                    @Override
                    public void lost() {
                        lost.set(true);
                    }
                });
        return lost.get() ? Optional.empty() : Optional.of(new StoredCoOccurrences(created));
    }

    /** A stored relationship: its element id and the properties it is compared by. */
    private record StoredRow(String id, Map<String, Object> props) {

        static StoredRow of(Record record) {
            var props = new HashMap<>(record.asMap());
            return new StoredRow((String) props.remove("id"), props);
        }
    }

    /**
     * Removes what is stored but not wanted, updates by element id what is stored with other properties, and
     * creates what is wanted but not stored, its ends found by element id.
     */
    private void writeDifferences(TermRelationship kind, Map<String, StoredRow> stored, Map<String, Map<String, Object>> wanted,
            Map<String, String> fromIds, Map<String, String> toIds) {
        var remove = new ArrayList<Object>();
        stored.forEach((k, v) -> {
            if (!wanted.containsKey(k)) {
                remove.add(v.id());
            }
        });
        var update = new ArrayList<Object>();
        var create = new ArrayList<Map<String, Object>>();
        wanted.forEach((k, v) -> {
            StoredRow old = stored.get(k);
            if (old == null) {
                create.add(v);
            } else if (!v.equals(old.props())) {
                update.add(kind.updateRow(old.id(), v));
            }
        });
        run(kind.name() + "-remove", remove);
        run(kind.name() + "-update", update);
        run(kind.name() + "-create", kind.createRows(create, fromIds, toIds));
    }

    private long countPapers() {
        var count = new AtomicLong();
        read("papers-count", Map.of(), r -> count.set(r.get("n").asLong()));
        return count.get();
    }

    // ---- plumbing --------------------------------------------------------------------------------------

    /**
     * Writes rows with the named statement, in batches of the configured size, each in its own transaction. The
     * rows of one statement never conflict (distinct keys, papers or element ids), so batches run on up to
     * {@link LoaderOptions#writerThreads()} sessions at once: while the server writes one batch, the next is sent.
     */
    /** How long a load waits for the indexes to come online after a schema step. */
    static final long INDEX_WAIT_SECONDS = 3_600;

    private void run(String name, List<?> rows) {
        run(name, rows, null);
    }

    /**
     * {@link #run(String, List)}, handing the records the statement returns to {@code returned} (batch by batch, from
     * up to {@link LoaderOptions#writerThreads()} threads at once); {@code returned} is told when the records of a
     * batch are lost (its reply was lost, and the retry found the batch written).
     */
    private void run(String name, List<?> rows, Returned returned) {
        if (rows.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        long createdBefore = nodesCreated.get();
        try {
            write(name, rows, returned);
            if (name.endsWith("-update")) {
                elementsUpdated.addAndGet(rows.size());
            } else if (REWRITES.contains(name)) {
                elementsUpdated.addAndGet(rows.size() - (nodesCreated.get() - createdBefore));
            }
        } finally {
            steps.add(new LoadStep(name, rows.size(), Duration.ofNanos(System.nanoTime() - start)));
        }
    }

    /** Receives what a write statement returns. */
    private interface Returned {
        /** The records of the batch of rows from {@code from} on. */
        void records(int from, List<Record> records);

        void lost();
    }

    private void write(String name, List<?> rows, Returned returned) {
        String statement = Cypher.statement(name);
        String markers = loadId + "/" + stepNumber.incrementAndGet() + "/";
        int batches = (rows.size() + options.batchSize() - 1) / options.batchSize();
        int threads = Math.min(options.writerThreads(), batches);
        if (threads == 1) {
            writeBatches(name, markers, statement, rows, 0, 1, returned);
            return;
        }
        var pool = Executors.newFixedThreadPool(threads, r -> {
            var t = new Thread(r, "papergraph-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            var writers = new ArrayList<Future<?>>();
            for (int i = 0; i < threads; i++) {
                int first = i;
                writers.add(pool.submit(() -> writeBatches(name, markers, statement, rows, first, threads, returned)));
            }
            for (var writer : writers) {
                await(writer);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Writes every {@code step}-th batch from batch {@code first} on, in one session. Each batch transaction also
     * creates a {@code LoadBatch} marker: when the driver retries a batch whose commit succeeded but whose reply
     * was lost (a connection dropped at that moment), the marker shows that the batch is in and it is not written
     * twice. The markers of a load are removed when it ends (and those of a load that died, when the next starts).
     */
    private void writeBatches(String name, String markers, String statement, List<?> rows, int first, int step,
            Returned returned) {
        try (var session = connection.session()) {
            for (int from = first * options.batchSize(); from < rows.size(); from += step * options.batchSize()) {
                var batch = rows.subList(from, Math.min(rows.size(), from + options.batchSize()));
                var marker = Map.<String, Object>of("id", markers + from);
                var attempts = new AtomicLong();
                var written = session.executeWrite(tx -> {
                    if (attempts.getAndIncrement() > 0 && tx.run(Cypher.statement("load-batch-written"), marker).hasNext()) {
                        return null;
                    }
                    tx.run(Cypher.statement("load-batch-mark"), marker).consume();
                    var result = tx.run(statement, Map.of("rows", batch));
                    var records = returned == null ? List.<Record>of() : result.list();
                    return new WrittenBatch(result.consume().counters(), records);
                });
                if (written != null) {
                    count(written.counters());
                    if (returned != null) {
                        returned.records(from, written.records());
                    }
                } else if (returned != null) {
                    returned.lost();
                }
                if (progress != null && (name.endsWith("-create") || name.endsWith("-merge"))) {
                    progress.stepBy(batch.size());
                }
            }
        }
    }

    private record WrittenBatch(SummaryCounters counters, List<Record> records) {
    }

    /** The result of work of this load done on another thread; its failure rethrown as it was. */
    private static <T> T await(Future<T> work) {
        return Futures.await(work, "loading into Neo4j");
    }

    /** Removes the batch markers (of this load, or of one that died); not counted in the load's figures. */
    private void removeBatchMarkers() {
        try (var session = connection.session()) {
            session.executeWrite(tx -> tx.run(Cypher.statement("load-batches-remove")).consume());
        }
    }

    private void runStatement(String statement, Map<String, Object> parameters) {
        try (var session = connection.session()) {
            count(session.executeWrite(tx -> tx.run(statement, parameters).consume().counters()));
        }
    }

    /** Runs the named read statement, passing each record on; counted as a step of the load. */
    private void read(String name, Map<String, Object> parameters, java.util.function.Consumer<Record> each) {
        read(name, parameters, each, "");
    }

    /** {@link #read(String, Map, java.util.function.Consumer)}, its step named with {@code suffix}. */
    private void read(String name, Map<String, Object> parameters, java.util.function.Consumer<Record> each, String suffix) {
        long start = System.nanoTime();
        var records = new AtomicLong();
        try (var session = connection.session()) {
            session.executeRead(tx -> {
                records.set(0);
                tx.run(Cypher.statement(name), parameters).forEachRemaining(r -> {
                    records.incrementAndGet();
                    each.accept(r);
                });
                return null;
            });
        }
        steps.add(new LoadStep("read " + name + suffix, records.get(), Duration.ofNanos(System.nanoTime() - start)));
    }

    private void count(SummaryCounters c) {
        nodesCreated.addAndGet(c.nodesCreated());
        nodesDeleted.addAndGet(c.nodesDeleted());
        relationshipsCreated.addAndGet(c.relationshipsCreated());
        relationshipsDeleted.addAndGet(c.relationshipsDeleted());
        propertiesSet.addAndGet(c.propertiesSet());
    }

    /**
     * Runs a step, turning driver failures (the driver has already retried transient ones) into one-line
     * messages that say which digests are loaded, which are pending, and how to resume.
     */
    private <T> T guarded(String what, java.util.function.Supplier<String> state, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw new PapergraphException("lost the connection to Neo4j at " + connection.uri() + " while " + what + "; "
                    + state.get() + ": " + RESUME, e);
        } catch (Neo4jException e) {
            throw new PapergraphException("Neo4j refused a statement while " + what + " (" + oneLine(e.getMessage()) + "); "
                    + state.get() + ": " + RESUME, e);
        }
    }

    private static String oneLine(String message) {
        return message == null ? "no details" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** The property map a paper is stored as. */
    static final class PaperRecord {

        private PaperRecord() {
        }

        static Map<String, Object> of(Paper p, PaperTerms terms) {
            var r = new LinkedHashMap<String, Object>();
            r.put("arxivId", p.arxivId());
            putIfPresent(r, "version", p.version() == null ? null : (long) p.version());
            r.put("title", p.title());
            putIfPresent(r, "titleRaw", p.titleRaw());
            putIfPresent(r, "url", p.url());
            putIfPresent(r, "abstract", p.abstractText());
            putIfPresent(r, "primaryCategory", p.primaryCategory());
            putIfPresent(r, "announceType", p.announceType());
            ChineseTexts zh = p.zh();
            putIfPresent(r, "summaryZh", zh.summary());
            putIfPresent(r, "tldrZh", zh.tldr());
            putIfPresent(r, "motivationZh", zh.motivation());
            putIfPresent(r, "methodZh", zh.method());
            putIfPresent(r, "resultZh", zh.result());
            putIfPresent(r, "conclusionZh", zh.conclusion());
            putList(r, "keywordsZh", zh.keywords());
            putList(r, "authors", p.authors().stream().map(AuthorKey::displayName).toList());
            putList(r, "categories", p.categories());
            putList(r, "tags", p.tags());
            putTerms(r, p.arxivId(), terms);
            return r;
        }

        /**
         * The properties a fresh load creates a paper with: its record, its first and last listing dates, and its
         * term findings as JSON (made here, a batch at a time, not kept for every paper at once).
         */
        static Map<String, Object> fresh(Map<String, Object> record, Map<String, java.time.LocalDate[]> listed,
                Map<String, PaperTerms> termsById) {
            var props = new HashMap<>(record);
            String id = (String) record.get("arxivId");
            var dates = listed.get(id);
            if (dates != null) {
                props.put("firstListed", dates[0]);
                props.put("lastListed", dates[1]);
            }
            putTerms(props, id, termsById.get(id));
            return props;
        }

        /** Adds a paper's term findings (when it has any) as the JSON property an incremental load ranks again. */
        static void putTerms(Map<String, Object> r, String arxivId, PaperTerms terms) {
            if (terms != null) {
                try {
                    r.put("paperTerms", ExtractOutput.JSON.writeValueAsString(terms));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("cannot serialise the term findings of " + arxivId, e);
                }
            }
        }

        private static void putIfPresent(Map<String, Object> r, String key, Object value) {
            if (value != null) {
                r.put(key, value);
            }
        }

        private static void putList(Map<String, Object> r, String key, List<String> values) {
            if (values != null && !values.isEmpty()) {
                r.put(key, List.copyOf(values));
            }
        }
    }
}
