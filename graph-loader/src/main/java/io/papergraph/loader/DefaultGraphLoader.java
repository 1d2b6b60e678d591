package io.papergraph.loader;

import io.papergraph.PapergraphException;
import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.extractor.terms.corpus.TermRanking;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.loader.schema.GraphSchema;
import io.papergraph.loader.state.RankingStateStore;
import io.papergraph.loader.write.BatchWriter;
import io.papergraph.loader.write.Cypher;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * The loader. Steps: schema; classify digests by content hash; drop the listings of reloaded digests; write
 * digests, papers and their authors, categories, tags and listings; drop papers no digest lists any more and
 * nodes nothing points to; rank terms over every paper in the graph and write the differences of terms,
 * mentions and co-occurrences; finally mark the digests loaded, all in one transaction. Until that last step a
 * digest carries no content hash, so a load that stops half-way is redone in full by the next one.
 *
 * <p>On an empty database the loader takes create-only paths (no lookups of existing records, no MERGE). The
 * loader itself holds only what outlives a load; each load runs as an {@link IncrementalLoad} of its own.
 */
final class DefaultGraphLoader implements GraphLoader {

    /** How a load that stopped is resumed, for its message. */
    private static final String RESUME = "run the same command again to finish (pending digests are loaded again from the start)";

    private final Neo4jConnection connection;
    private final TermRanking ranking;
    private final LoaderOptions options;
    /** Where the standard ranking's state is kept between loads; null when it is not (another ranking, or none asked for). */
    private final RankingStateStore stateStore;

    DefaultGraphLoader(Neo4jConnection connection, TermRanking ranking, LoaderOptions options) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.ranking = Objects.requireNonNull(ranking, "ranking");
        this.options = Objects.requireNonNull(options, "options");
        this.stateStore = ranking.standardOptions().isPresent() ? options.rankingState().map(RankingStateStore::new).orElse(null) : null;
    }

    @Override
    public void applySchema() {
        guarded("creating the schema", () -> "no digest was written yet", () -> {
            new GraphSchema(connection).apply();
            return null;
        });
    }

    @Override
    public synchronized LoadReport load(LoadInput input, Consumer<TermGraph> loadedTerms) {
        Objects.requireNonNull(loadedTerms, "loadedTerms");
        long start = System.nanoTime();
        var writer = writer(0, 0, 0, List.of());
        writer.timed("schema", this::applySchema);
        var digestProgress = new DigestProgress(input.digests());
        return guarded("loading", digestProgress::describe,
                () -> new IncrementalLoad(connection, ranking, options, stateStore, writer, input, loadedTerms, digestProgress, start).run());
    }

    @Override
    public synchronized LoadReport completeImport(ImportedStore imported) {
        long start = System.nanoTime();
        var writer = writer(imported.nodes(), imported.relationships(), imported.properties(), imported.steps());
        var schema = new GraphSchema(connection);
        var files = imported.digests().stream().map(DigestInfo::file).toList();
        return guarded("completing the import", () -> "the store is imported, its digests not marked loaded yet", () -> {
            writer.timed("empty lists", () -> {
                writer.runStatement(Cypher.statement("imported-terms-empty-lists"), Map.of());
                if (imported.mentionsWithoutForms()) {
                    writer.runStatement(Cypher.statement("imported-mentions-empty-forms"), Map.of());
                }
            });
            writer.timed("schema", () -> schema.run("schema", schema.presentIndexes().keySet()));
            writer.timed("indexes-await", schema::awaitIndexes);
            DigestMarks.markLoaded(writer, imported.digests(), ranking.fingerprint());
            imported.rankingState().ifPresent(staged -> {
                if (stateStore != null && stateStore.folder().equals(staged.file().getParent())) {
                    // The imported co-occurrences' element ids, read once here, spare the next load reading them.
                    var withCoOccurrences = stateStore.stageCoOccurrences(staged, TermWrites.readCoOccurrences(writer), Optional.empty());
                    stateStore.commit(withCoOccurrences, KeptRanking.currentBasis(writer, DigestMarks.read(writer)));
                } else {
                    new RankingStateStore(staged.file().getParent()).discard(staged);
                }
            });
            var elapsed = imported.elapsed().plusNanos(System.nanoTime() - start);
            return new LoadReport(files, List.of(), List.of(), List.of(), imported.papers(), 0, writer.nodesCreated(), 0,
                    writer.relationshipsCreated(), 0, 0, writer.propertiesSet(), elapsed, writer.steps());
        });
    }

    @Override
    public Set<String> digestsToLoad(List<DigestInfo> digests) {
        return guarded("reading which digests are loaded", () -> "nothing was written", () -> {
            Map<String, String> stored = DigestMarks.read(writer(0, 0, 0, List.of()));
            var out = new TreeSet<String>();
            for (DigestInfo d : digests) {
                if (!DigestMarks.loadedAsIs(d, stored, ranking.fingerprint())) {
                    out.add(d.file());
                }
            }
            return out;
        });
    }

    /** The writer of one load, its figures starting from what was written before it (an import), or from nothing. */
    private BatchWriter writer(long nodes, long relationships, long properties, List<io.papergraph.loader.write.LoadStep> earlierSteps) {
        return new BatchWriter(connection, options.batchSize(), options.writerThreads(), nodes, relationships, properties, earlierSteps);
    }

    /**
     * Runs a step, turning driver failures (the driver has already retried transient ones) into one-line
     * messages that say which digests are loaded, which are pending, and how to resume.
     */
    private <T> T guarded(String what, Supplier<String> state, Supplier<T> step) {
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
}
