package io.papergraph.loader.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.papergraph.Sha256;
import io.papergraph.extractor.terms.RankingState;
import io.papergraph.extractor.terms.TermOptions;
import it.unimi.dsi.fastutil.io.FastBufferedInputStream;
import it.unimi.dsi.fastutil.io.FastBufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Where a graph's {@link RankingState} is kept between loads: a folder holding {@code terms.bin} (the state, and
 * the first listing date of each paper),
 * {@code co-occurrences.bin} (the graph's {@code CO_OCCURS} relationships with their element ids, and then its
 * {@code Term} nodes with theirs, {@link StoredTerms}, when the load knew
 * them: {@link StoredCoOccurrences}) and {@code basis.json} (the graph both belong to: its digests with their content
 * hashes and its counts of papers, terms, mentions and co-occurrences, as the load that wrote them left them). A load uses the state
 * only when the graph still matches the basis and the state file is the one the basis names; otherwise (no state,
 * another version's, a load that stopped, a graph changed by anything else) it ranks every paper again and keeps a
 * new state. A state is only ever a shortcut: losing it costs one full ranking, never a wrong graph.
 */
public final class RankingStateStore {

    /** The JSON mapper of the extract output, for the basis file. */
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = io.papergraph.extractor.JsonLines.mapper();

    public static final String STATE_FILE = "terms.bin";
    public static final String BASIS_FILE = "basis.json";
    public static final String CO_OCCURRENCES_FILE = "co-occurrences.bin";

    /** The folder of an embedded store's state, inside the store folder: it goes when the store goes. */
    public static final String EMBEDDED_FOLDER = "papergraph-state";

    private final Path folder;

    public RankingStateStore(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** The state folder of the embedded store in {@code home}. */
    public static Path forEmbedded(Path home) {
        return home.resolve(EMBEDDED_FOLDER);
    }

    /**
     * The state folder of a server given by address: one per server and database under the user's cache folder
     * ({@code $XDG_CACHE_HOME/papergraph/ranking-state}, else {@code ~/.cache/papergraph/ranking-state}).
     */
    public static Path forServer(String uri, String database) {
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("papergraph").resolve("ranking-state").resolve(Sha256.hex(uri + "|" + (database == null ? "" : database)));
    }

    public Path folder() {
        return folder;
    }

    /**
     * What the state is of: the graph's digests (file to content hash, none for a digest whose load did not finish)
     * and its counts of papers, terms, {@code MENTIONS} and {@code CO_OCCURS}.
     */
    public record Basis(Map<String, String> digests, long papers, long terms, long mentions, long coOccurrences) {

        public Basis {
            digests = java.util.Collections.unmodifiableMap(new TreeMap<>(digests));
        }
    }

    /** The serialised basis, naming the state file it belongs to. */
    public record BasisFile(String stateId, Basis basis) {
    }

    /**
     * A state written beside the kept one, put in its place by {@link #commit} once the load it belongs to has; with
     * the graph's co-occurrences once {@link #stageCoOccurrences} has written them too.
     */
    public record Staged(String stateId, Path file, Optional<Path> coOccurrencesFile) {

        public Staged {
            Objects.requireNonNull(stateId, "stateId");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(coOccurrencesFile, "coOccurrencesFile");
        }
    }

    /**
     * The kept state, when the graph matches its basis and it was written by this version for these options; empty
     * otherwise (never an error: a state that does not fit is ranked again).
     */
    public Optional<Kept> read(Basis current, TermOptions options) {
        // Unreadable or cut short: the full ranking replaces it.
        return readKept(current, STATE_FILE, in -> {
            var state = RankingState.read(in, options);
            if (state.isEmpty()) {
                return Optional.empty();
            }
            int papers;
            try {
                papers = in.readInt();
            } catch (EOFException e) {
                // Kept by a version that did not keep the dates: the load reads them from the graph.
                return Optional.of(new Kept(state.get(), Optional.empty()));
            }
            var firstListed = new HashMap<String, LocalDate>(papers * 4 / 3 + 1);
            for (int i = 0; i < papers; i++) {
                firstListed.put(in.readUTF(), LocalDate.ofEpochDay(in.readInt()));
            }
            return Optional.of(new Kept(state.get(), Optional.of(firstListed)));
        });
    }

    /**
     * A kept state with the first listing date of each paper of the graph that a dated digest lists, as the load that
     * kept it wrote them: the next load takes them from here instead of reading a year of papers from the graph.
     */
    public record Kept(RankingState state, Optional<Map<String, LocalDate>> firstListed) {

        public Kept {
            Objects.requireNonNull(state, "state");
            firstListed = firstListed.map(Map::copyOf);
        }
    }

    /** Whether a state is kept here at all (it may still not fit the graph: {@link #read} tells). */
    public boolean keepsState() {
        return Files.isRegularFile(folder.resolve(BASIS_FILE)) && Files.isRegularFile(folder.resolve(STATE_FILE));
    }

    /** Reads the part of a kept file after its header. */
    private interface KeptReader<T> {
        Optional<T> read(DataInputStream in) throws IOException;
    }

    /**
     * What the kept file holds, when the graph matches the basis and the file's header names the state the basis
     * belongs to; empty otherwise, also when the file is unreadable or cut short (never an error).
     */
    private <T> Optional<T> readKept(Basis current, String name, KeptReader<T> reader) {
        Path basisFile = folder.resolve(BASIS_FILE);
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(basisFile) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            var kept = JSON.readValue(basisFile.toFile(), BasisFile.class);
            if (kept.basis() == null || !current.equals(kept.basis())) {
                return Optional.empty();
            }
            try (var in = new DataInputStream(new FastBufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                if (!in.readUTF().equals(kept.stateId())) {
                    return Optional.empty();
                }
                return reader.read(in);
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes the state beside the kept one, not yet in its place; empty, after a note on stderr, when the folder
     * cannot take it (the load goes on: without a state the next load ranks every paper again).
     */
    public Optional<Staged> stage(RankingState state, Map<String, LocalDate> firstListed) {
        String id = UUID.randomUUID().toString();
        Path file = folder.resolve(STATE_FILE + "." + id + ".tmp");
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(folder.resolve(BASIS_FILE));
            try (var out = new DataOutputStream(new FastBufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
                out.writeUTF(id);
                state.write(out);
                out.writeInt(firstListed.size());
                for (var paper : firstListed.entrySet()) {
                    out.writeUTF(paper.getKey());
                    out.writeInt((int) paper.getValue().toEpochDay());
                }
            }
            return Optional.of(new Staged(id, file, Optional.empty()));
        } catch (IOException e) {
            discardQuietly(file);
            note("cannot write the ranking state in " + folder + " (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    /**
     * The kept co-occurrences (and term nodes, when kept), when the graph matches the basis and the kept file is the
     * one of the kept state; empty otherwise (then the load reads them from the graph).
     */
    public Optional<KeptWrites> readCoOccurrences(Basis current) {
        return readKept(current, CO_OCCURRENCES_FILE, in -> {
            var coOccurrences = StoredCoOccurrences.read(in);
            boolean withTerms;
            try {
                withTerms = in.readBoolean();
            } catch (EOFException e) {
                // Kept by a version that kept the co-occurrences alone.
                withTerms = false;
            }
            return Optional.of(new KeptWrites(coOccurrences, withTerms ? Optional.of(StoredTerms.read(in)) : Optional.empty()));
        });
    }

    /** The graph's co-occurrences as the last load wrote them, and its term nodes when it kept those too. */
    public record KeptWrites(StoredCoOccurrences coOccurrences, Optional<StoredTerms> terms) {

        public KeptWrites {
            Objects.requireNonNull(coOccurrences, "coOccurrences");
            Objects.requireNonNull(terms, "terms");
        }
    }

    /**
     * Writes the graph's co-occurrences (and term nodes, if given) beside the staged state, to be put in place with
     * it; the staged state without them, after a note on stderr, when the folder cannot take them (the next load reads them from the graph).
     */
    public Staged stageCoOccurrences(Staged staged, StoredCoOccurrences coOccurrences, Optional<StoredTerms> terms) {
        Path file = folder.resolve(CO_OCCURRENCES_FILE + "." + staged.stateId() + ".tmp");
        try (var out = new DataOutputStream(new FastBufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            out.writeUTF(staged.stateId());
            coOccurrences.write(out);
            out.writeBoolean(terms.isPresent());
            if (terms.isPresent()) {
                terms.get().write(out);
            }
        } catch (IOException e) {
            discardQuietly(file);
            System.err.println("papergraph: cannot write the co-occurrences in " + folder + " (" + e.getMessage()
                    + "); the next load reads them from the graph");
            return staged;
        }
        return new Staged(staged.stateId(), staged.file(), Optional.of(file));
    }

    /**
     * Puts a staged state in place as the state of the graph described by {@code basis}. The basis goes first and
     * comes back last, so that a stop in between leaves no basis, which no state matches.
     */
    public void commit(Staged staged, Basis basis) {
        try {
            Files.deleteIfExists(folder.resolve(BASIS_FILE));
            move(staged.file(), folder.resolve(STATE_FILE));
            if (staged.coOccurrencesFile().isPresent()) {
                move(staged.coOccurrencesFile().get(), folder.resolve(CO_OCCURRENCES_FILE));
            } else {
                Files.deleteIfExists(folder.resolve(CO_OCCURRENCES_FILE));
            }
            Path tmp = folder.resolve(BASIS_FILE + "." + staged.stateId() + ".tmp");
            Files.writeString(tmp, json(new BasisFile(staged.stateId(), basis)), StandardCharsets.UTF_8);
            move(tmp, folder.resolve(BASIS_FILE));
        } catch (IOException e) {
            note("the load is complete, but its ranking state could not be kept in " + folder + " (" + e.getMessage() + ")");
        }
    }

    /** Tells the user why the next load will rank every paper again: a state is a shortcut, never a reason to fail. */
    private static void note(String problem) {
        System.err.println("papergraph: " + problem + "; the next load ranks every paper again"
                + " (--ranking-state DIR keeps it elsewhere, --no-ranking-state keeps none)");
    }

    /** Removes a staged state that will not be used (its load did not finish). */
    public void discard(Staged staged) {
        discardQuietly(staged.file());
        staged.coOccurrencesFile().ifPresent(RankingStateStore::discardQuietly);
    }

    private static void discardQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file is never read: only the names the basis gives are.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String json(BasisFile basis) {
        try {
            return JSON.writeValueAsString(basis);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a basis of strings and numbers always serialises", e);
        }
    }
}
