package io.papergraph.loader.state;

import io.papergraph.extractor.terms.corpus.CoOccurrence;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

/**
 * The {@code CO_OCCURS} relationships of a graph with their element ids, in key order. A load compares the
 * co-occurrences it wants with these and writes only the differences, by element id. After a load they are kept
 * beside the ranking state, so that the next load need not read them back: a year of papers holds some 300,000, and
 * the strengths of nearly all change with every day (they are computed against the number of papers).
 */
public final class StoredCoOccurrences {

    /** Version of the serialised form: a file written by another version is not read. */
    private static final int FORMAT = 1;

    /** One stored relationship: the keys of its ends ({@code a < b}), its element id and properties. */
    public record Stored(String a, String b, String id, int papers, double strength) {

        public Stored {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
            Objects.requireNonNull(id, "id");
        }
    }

    public static final Comparator<Stored> BY_KEYS = Comparator.comparing(Stored::a).thenComparing(Stored::b);

    private final List<Stored> relationships;

    /** @param relationships in any order, each pair once */
    public StoredCoOccurrences(List<Stored> relationships) {
        var sorted = new ArrayList<>(relationships);
        sorted.sort(BY_KEYS);
        for (int i = 1; i < sorted.size(); i++) {
            if (BY_KEYS.compare(sorted.get(i - 1), sorted.get(i)) == 0) {
                throw new IllegalArgumentException("two co-occurrences of " + sorted.get(i).a() + " and " + sorted.get(i).b());
            }
        }
        this.relationships = List.copyOf(sorted);
    }

    /** The relationships, in key order. */
    public List<Stored> relationships() {
        return relationships;
    }

    public int size() {
        return relationships.size();
    }

    /**
     * What to write to turn these into the wanted co-occurrences.
     *
     * @param remove    element ids of relationships no longer wanted
     * @param update    stored relationships wanted with another number of papers, as they are to be (same id)
     * @param restrengthen stored relationships wanted with the same papers and another strength (as the number of
     *                  papers of the graph moves, nearly all of them), as they are to be: only the strength is written
     * @param create    wanted co-occurrences not stored yet
     * @param unchanged stored relationships wanted as they are
     */
    public record Differences(List<String> remove, List<Stored> update, List<Stored> restrengthen, List<CoOccurrence> create,
            List<Stored> unchanged) {

        public Differences {
            remove = List.copyOf(remove);
            update = List.copyOf(update);
            restrengthen = List.copyOf(restrengthen);
            create = List.copyOf(create);
            unchanged = List.copyOf(unchanged);
        }
    }

    /** Compares with the wanted co-occurrences ({@link CoOccurrence#compute} gives them in key order) in one pass. */
    public Differences differences(List<CoOccurrence> wanted) {
        var remove = new ArrayList<String>();
        var update = new ArrayList<Stored>();
        var restrengthen = new ArrayList<Stored>();
        var create = new ArrayList<CoOccurrence>();
        var unchanged = new ArrayList<Stored>();
        int s = 0;
        CoOccurrence previous = null;
        for (CoOccurrence w : wanted) {
            if (previous != null && compare(previous.a(), previous.b(), w.a(), w.b()) >= 0) {
                throw new IllegalArgumentException("wanted co-occurrences out of key order at " + w.a() + ", " + w.b());
            }
            previous = w;
            while (s < relationships.size() && compare(relationships.get(s).a(), relationships.get(s).b(), w.a(), w.b()) < 0) {
                remove.add(relationships.get(s++).id());
            }
            if (s < relationships.size() && compare(relationships.get(s).a(), relationships.get(s).b(), w.a(), w.b()) == 0) {
                var stored = relationships.get(s++);
                if (stored.papers() == w.papers() && Double.compare(stored.strength(), w.strength()) == 0) {
                    unchanged.add(stored);
                } else if (stored.papers() == w.papers()) {
                    restrengthen.add(new Stored(w.a(), w.b(), stored.id(), w.papers(), w.strength()));
                } else {
                    update.add(new Stored(w.a(), w.b(), stored.id(), w.papers(), w.strength()));
                }
            } else {
                create.add(w);
            }
        }
        while (s < relationships.size()) {
            remove.add(relationships.get(s++).id());
        }
        return new Differences(remove, update, restrengthen, create, unchanged);
    }

    private static int compare(String a1, String b1, String a2, String b2) {
        int c = a1.compareTo(a2);
        return c != 0 ? c : b1.compareTo(b2);
    }

    /** Writes the relationships: each term key once, then the pairs by key number. */
    public void write(DataOutputStream out) throws IOException {
        var numbers = new HashMap<String, Integer>();
        var keys = new ArrayList<String>();
        for (Stored r : relationships) {
            for (String key : List.of(r.a(), r.b())) {
                if (numbers.putIfAbsent(key, keys.size()) == null) {
                    keys.add(key);
                }
            }
        }
        out.writeInt(FORMAT);
        out.writeInt(keys.size());
        for (String key : keys) {
            out.writeUTF(key);
        }
        out.writeInt(relationships.size());
        for (Stored r : relationships) {
            out.writeInt(numbers.get(r.a()));
            out.writeInt(numbers.get(r.b()));
            out.writeUTF(r.id());
            out.writeInt(r.papers());
            out.writeDouble(r.strength());
        }
    }

    /** Reads what {@link #write} wrote; an {@link IOException} for anything else (another version, a cut file). */
    public static StoredCoOccurrences read(DataInputStream in) throws IOException {
        if (in.readInt() != FORMAT) {
            throw new IOException("stored co-occurrences of another version");
        }
        var keys = new String[in.readInt()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = in.readUTF();
        }
        int count = in.readInt();
        var relationships = new ArrayList<Stored>(count);
        try {
            for (int i = 0; i < count; i++) {
                relationships.add(new Stored(keys[in.readInt()], keys[in.readInt()], in.readUTF(), in.readInt(), in.readDouble()));
            }
            return new StoredCoOccurrences(relationships);
        } catch (RuntimeException e) {
            throw new IOException("damaged stored co-occurrences: " + e.getMessage(), e);
        }
    }
}
