package io.papergraph.loader;

import io.papergraph.Futures;
import io.papergraph.extractor.terms.PaperTerms;
import io.papergraph.extractor.terms.RankingState;
import io.papergraph.extractor.terms.corpus.TermRanking;
import io.papergraph.loader.rows.TermRows;
import io.papergraph.loader.state.RankingStateStore;
import io.papergraph.loader.write.BatchWriter;
import io.papergraph.loader.write.LoadStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The ranking state of one load: the kept state read beside the load's writes, updated with the load's papers
 * instead of ranking every paper again, and the new state staged beside the kept one until the load is complete,
 * then committed (or discarded when the load stops).
 */
final class KeptRanking {

    private final RankingStateStore stateStore;
    private final TermRanking ranking;
    private final LoaderOptions options;
    private final BatchWriter writer;
    /** Threads for the load's work beside its writes: reading the kept state, counting co-occurrences. */
    private final ExecutorService beside;
    /** The ranking state of the load, written beside the kept one until the load is complete. */
    private RankingStateStore.Staged stagedState;
    /** The ranking state of the load while it is being written, on a thread beside the writes. */
    private Future<Optional<RankingStateStore.Staged>> staging;

    /** {@code stateStore} null: the ranking keeps no state (another ranking, or none asked for). */
    KeptRanking(RankingStateStore stateStore, TermRanking ranking, LoaderOptions options, BatchWriter writer, ExecutorService beside) {
        this.stateStore = stateStore;
        this.ranking = ranking;
        this.options = options;
        this.writer = writer;
        this.beside = beside;
    }

    /**
     * The kept ranking state, when there is one that fits the graph as it is now (before this load writes), read on a
     * thread of its own (a year of papers takes seconds to decode) while the papers are written; with it, the kept
     * co-occurrences.
     */
    Future<KeptState> readBeside(Map<String, String> storedDigests) {
        if (stateStore == null) {
            return java.util.concurrent.CompletableFuture.completedFuture(new KeptState(Optional.empty(), Optional.empty()));
        }
        var basis = currentBasis(writer, storedDigests);
        return beside.submit(() -> {
            long start = System.nanoTime();
            var state = stateStore.read(basis, ranking.standardOptions().orElseThrow());
            writer.step(new LoadStep(state.isPresent() ? "read ranking state" + BESIDE : "read ranking state (none fits the graph)" + BESIDE,
                    state.map(k -> k.state().papers()).orElse(0), Duration.ofNanos(System.nanoTime() - start)));
            if (state.isEmpty()) {
                return new KeptState(state, Optional.empty());
            }
            long coStart = System.nanoTime();
            var writes = stateStore.readCoOccurrences(basis);
            writer.step(new LoadStep((writes.isPresent() ? "read kept co-occurrences" : "read kept co-occurrences (none kept)") + BESIDE,
                    writes.map(w -> w.coOccurrences().size()).orElse(0), Duration.ofNanos(System.nanoTime() - coStart)));
            return new KeptState(state, writes);
        });
    }

    /** What the last load kept: its ranking state and, with it, the graph's co-occurrences and term nodes. */
    record KeptState(Optional<RankingStateStore.Kept> state, Optional<RankingStateStore.KeptWrites> writes) {
    }

    /** Marks the steps that ran on a thread of their own, beside the load's writes: their times overlap the others'. */
    static final String BESIDE = " [beside]";

    /** What a ranking state of the graph as it is now would have to be of. */
    static RankingStateStore.Basis currentBasis(BatchWriter writer, Map<String, String> digests) {
        var counts = new long[4];
        writer.read("graph-counts", Map.of(), r -> {
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
    Optional<RankedUpdate> rankFromState(RankingState state, Map<String, StoredPaper> stored, Set<String> touched) {
        long start = System.nanoTime();
        var after = StoredFindings.json(writer, List.copyOf(touched));
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
        StoredFindings.parse(removedJson, removed);
        var added = new TreeMap<String, PaperTerms>();
        StoredFindings.parse(addedJson, added);
        var update = state.update(removed.values(), added.values(), ids -> {
            var held = new TreeMap<String, PaperTerms>();
            StoredFindings.parse(new ArrayList<>(StoredFindings.json(writer, List.copyOf(new TreeSet<>(ids))).entrySet()), held);
            return held.values();
        });
        writer.step(new LoadStep("rank terms (from the kept state)" + BESIDE, removed.size() + added.size(),
                Duration.ofNanos(System.nanoTime() - start)));
        return Optional.of(new RankedUpdate(state, update));
    }

    /** A kept state updated with this load's papers, and the update. */
    record RankedUpdate(RankingState state, RankingState.Update update) {
    }

    /**
     * The rows of the updated state, and the papers whose mentions the update computed again (the others' are as
     * stored); the co-occurrences are counted beside the writes that follow.
     */
    StateRows termsFromState(RankedUpdate ranked, int paperCount, Map<String, java.time.LocalDate> firstListed) {
        var state = ranked.state();
        var update = ranked.update();
        long rowsStart = System.nanoTime();
        long mentions = state.mentionCount();
        java.util.concurrent.Executor counter = count -> beside.execute(() -> {
            long countStart = System.nanoTime();
            count.run();
            writer.step(new LoadStep("count co-occurrences" + BESIDE, mentions, Duration.ofNanos(System.nanoTime() - countStart)));
        });
        var rows = TermRows.ofState(state, update, options.coOccurrence(), paperCount, firstListed, counter);
        writer.step(new LoadStep("term rows", rows.mentions().size(), Duration.ofNanos(System.nanoTime() - rowsStart)));
        var reRanked = new HashSet<String>(update.mentions().keySet());
        reRanked.addAll(update.removed());
        return new StateRows(rows, reRanked);
    }

    /** The rows a kept state gives, and the papers whose mentions it computed again (the others' are as stored). */
    record StateRows(TermRows rows, Set<String> reRanked) {
    }

    /**
     * Writes the rows' ranking state beside the kept one, if the ranking keeps one and a folder is given: on a thread
     * of its own while the terms, mentions and co-occurrences are written (the state no longer changes).
     */
    void stageBeside(TermRows rows, Map<String, java.time.LocalDate> firstListed) {
        if (stateStore == null || rows.rankingState().isEmpty()) {
            return;
        }
        var state = rows.rankingState().get();
        staging = beside.submit(() -> {
            long start = System.nanoTime();
            var staged = stateStore.stage(state, firstListed);
            writer.step(new LoadStep("write ranking state" + BESIDE, state.papers(), Duration.ofNanos(System.nanoTime() - start)));
            return staged;
        });
    }

    /** Waits for the staged state and writes the co-occurrences the load has left beside it. */
    void stageCoOccurrences(TermWrites written) {
        if (staging == null) {
            return;
        }
        var future = staging;
        staging = null;
        stagedState = Futures.await(future, "loading into Neo4j").orElse(null);
        if (stagedState != null && written.writtenCoOccurrences().isPresent()) {
            long start = System.nanoTime();
            stagedState = stateStore.stageCoOccurrences(stagedState, written.writtenCoOccurrences().get(), written.writtenTerms());
            writer.step(new LoadStep("write kept co-occurrences", written.writtenCoOccurrences().get().size(), Duration.ofNanos(System.nanoTime() - start)));
        }
    }

    /** After a load that stopped: the state being staged, if any, once written, so that it can be discarded. */
    void awaitStagingQuietly() {
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
    void commit(Map<String, String> digests) {
        if (stagedState == null) {
            return;
        }
        var basis = currentBasis(writer, digests);
        stateStore.commit(stagedState, basis);
        stagedState = null;
    }

    /** Removes a staged state whose load did not finish. */
    void discard() {
        if (stagedState != null) {
            stateStore.discard(stagedState);
            stagedState = null;
        }
    }
}
