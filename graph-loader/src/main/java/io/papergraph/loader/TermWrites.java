package io.papergraph.loader;

import static io.papergraph.loader.TermRelationship.CO_OCCURS;
import static io.papergraph.loader.TermRelationship.MENTIONS;

import io.papergraph.extractor.terms.TermMention;
import io.papergraph.extractor.terms.corpus.CoOccurrence;
import io.papergraph.loader.rows.TermRows;
import io.papergraph.loader.state.RankingStateStore;
import io.papergraph.loader.state.StoredCoOccurrences;
import io.papergraph.loader.state.StoredTerms;
import io.papergraph.loader.write.BatchWriter;
import io.papergraph.loader.write.LoadStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.neo4j.driver.Record;

/**
 * The terms, mentions and co-occurrences of one load: written as differences from what the graph holds (or what the
 * last load kept beside its ranking state), and remembered as written, with their element ids, for the next load.
 */
final class TermWrites {

    private final BatchWriter writer;
    /** The co-occurrences (and term nodes) kept with the ranking state this load read, if it kept them. */
    private final Optional<RankingStateStore.KeptWrites> keptWrites;
    /** The graph's co-occurrences as this load has written them, when it knows all their element ids. */
    private Optional<StoredCoOccurrences> writtenCoOccurrences = Optional.empty();
    /** The graph's term nodes as this load has written them, with their element ids. */
    private Optional<StoredTerms> writtenTerms = Optional.empty();

    TermWrites(BatchWriter writer, Optional<RankingStateStore.KeptWrites> keptWrites) {
        this.writer = writer;
        this.keptWrites = keptWrites;
    }

    Optional<StoredCoOccurrences> writtenCoOccurrences() {
        return writtenCoOccurrences;
    }

    Optional<StoredTerms> writtenTerms() {
        return writtenTerms;
    }

    /** Records the term nodes a fresh load created, with their element ids. */
    void created(Map<String, Map<String, Object>> terms, Map<String, String> termIds) {
        writtenTerms = Optional.of(StoredTerms.of(terms, termIds));
    }

    /**
     * Brings terms, mentions and co-occurrences in the graph to the wanted state, writing only differences.
     *
     * @param reRanked the papers whose mentions may have changed, when a ranking state tells (the others' are as
     *                 stored); either way, a paper's mentions are read and rewritten only when its stored mention hash
     *                 differs from the wanted one
     */
    void write(TermRows wanted, Optional<Set<String>> reRanked) {
        var terms = wanted.terms();
        var keptTerms = keptWrites.flatMap(RankingStateStore.KeptWrites::terms);
        var storedTerms = keptTerms.map(StoredTerms::props).orElseGet(this::readTerms);
        var removedTerms = storedTerms.keySet().stream().filter(k -> !terms.containsKey(k)).sorted().toList();
        writer.run("terms-remove", new ArrayList<Object>(removedTerms));
        writer.run("terms-merge", termChanges(terms.values(), storedTerms));
        Map<String, String> termIds;
        if (keptTerms.isPresent()) {
            // The kept ids of the terms that stay, read only for the terms this load created.
            termIds = keptTerms.get().ids();
            termIds.keySet().removeAll(removedTerms);
            var created = terms.keySet().stream().filter(k -> !termIds.containsKey(k)).toList();
            for (var batch : writer.batches(created)) {
                termIds.putAll(writer.elementIds("terms-ids-of", Map.of("rows", batch)));
            }
        } else {
            termIds = writer.elementIds("terms-ids", Map.of());
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
            for (var batch : writer.batches(List.copyOf(new TreeSet<>(reRanked.get())))) {
                writer.read("papers-mention-hashes-of", Map.of("rows", batch), ifChanged);
            }
        } else {
            writer.read("papers-mention-hashes", Map.of(), ifChanged);
        }
        var storedMentions = new HashMap<String, StoredRow>();
        var paperIds = new HashMap<String, String>();
        for (var batch : writer.batches(changedPapers)) {
            writer.read("mentions-of-papers", Map.of("rows", batch), r -> storedMentions.put(
                    r.get("paper").asString() + '\u0000' + r.get("term").asString(), StoredRow.of(r)));
            paperIds.putAll(writer.elementIds("papers-ids-of", Map.of("rows", batch)));
        }
        var wantedMentions = new HashMap<String, Map<String, Object>>();
        for (String id : changedPapers) {
            for (TermMention m : wanted.mentionsOf(id)) {
                wantedMentions.put(id + '\u0000' + m.termKey(), TermRows.mentionRow(m));
            }
        }
        writer.run("papers-clear-mention-hash", new ArrayList<Object>(changedPapers));
        writeDifferences(MENTIONS, storedMentions, wantedMentions, paperIds, termIds);
        // After the mentions: a hash is stored only once the mentions it stands for are.
        writer.run("papers-set-mention-hash", changedPapers.stream()
                .map(id -> (Object) Map.of("paper", id, "hash", wanted.mentionHash(id), "norm", wanted.mentionNorm(id))).toList());

        long waitStart = System.nanoTime();
        var coOccurrences = wanted.coOccurrences();
        writer.step(new LoadStep("wait for co-occurrences", coOccurrences.size(), Duration.ofNanos(System.nanoTime() - waitStart)));
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
        var stored = keptWrites.map(RankingStateStore.KeptWrites::coOccurrences).orElseGet(() -> readCoOccurrences(writer));
        var differences = stored.differences(wanted);
        writer.run(CO_OCCURS.name() + "-remove", new ArrayList<Object>(differences.remove()));
        writer.run(CO_OCCURS.name() + "-update", differences.update().stream()
                .map(c -> (Object) List.of(c.id(), (long) c.papers(), c.strength())).toList());
        writer.run(CO_OCCURS.name() + "-strength-update", differences.restrengthen().stream()
                .map(c -> (Object) List.of(c.id(), c.strength())).toList());
        var written = new ArrayList<StoredCoOccurrences.Stored>(differences.unchanged());
        written.addAll(differences.update());
        written.addAll(differences.restrengthen());
        createCoOccurrences(differences.create(), termIds, written);
    }

    /** The graph's term nodes' properties by key, read from the graph. */
    private Map<String, Map<String, Object>> readTerms() {
        var stored = new HashMap<String, Map<String, Object>>();
        writer.read("terms-existing", Map.of(), r -> {
            var props = r.get("props").asMap();
            stored.put((String) props.get("key"), props);
        });
        return stored;
    }

    /** The graph's co-occurrences with their element ids, read from the graph. */
    static StoredCoOccurrences readCoOccurrences(BatchWriter writer) {
        var stored = new ArrayList<StoredCoOccurrences.Stored>();
        writer.read("co-occurs-stored", Map.of(), r -> stored.add(new StoredCoOccurrences.Stored(r.get("a").asString(),
                r.get("b").asString(), r.get("id").asString(), r.get("papers").asInt(), r.get("strength").asDouble())));
        return new StoredCoOccurrences(stored);
    }

    /**
     * Creates the co-occurrences; the graph's co-occurrences afterwards (these with the given others) are
     * {@link #writtenCoOccurrences}, unless the element ids of some are unknown (a batch whose reply was lost).
     */
    void createCoOccurrences(List<CoOccurrence> create, Map<String, String> termIds,
            List<StoredCoOccurrences.Stored> others) {
        var created = java.util.Collections.synchronizedList(new ArrayList<StoredCoOccurrences.Stored>(others));
        var lost = new java.util.concurrent.atomic.AtomicBoolean();
        writer.run(CO_OCCURS.name() + "-create", CO_OCCURS.createRows(TermRows.mapRows(create, TermRows::coOccurrenceRow), termIds, termIds),
                new BatchWriter.Returned() {
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
        writtenCoOccurrences = lost.get() ? Optional.empty() : Optional.of(new StoredCoOccurrences(created));
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
        writer.run(kind.name() + "-remove", remove);
        writer.run(kind.name() + "-update", update);
        writer.run(kind.name() + "-create", kind.createRows(create, fromIds, toIds));
    }
}
