package io.papergraph.loader.connection;

import io.papergraph.PapergraphException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * An embedded store another Papergraph process is serving ({@code papergraph serve}, {@code build --serve}): it
 * holds the store's lock, so other commands given that store work through its Bolt address instead of starting
 * Neo4j on it. The serving process records the address in the store folder ({@value #FILE}) and removes it when it
 * stops; a record whose process is gone or whose address does not answer is ignored.
 *
 * @param home    the store folder
 * @param boltUri the Bolt address the serving process listens on (localhost)
 * @param pid     the serving process
 */
public record ServedStore(Path home, String boltUri, long pid) {

    static final String FILE = "papergraph-serving.properties";

    public ServedStore {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(boltUri, "boltUri");
    }

    /** Records that this process serves the store at the given Bolt address. */
    public static ServedStore record(Path home, String boltUri) {
        var served = new ServedStore(home, boltUri, ProcessHandle.current().pid());
        var properties = new Properties();
        properties.setProperty("bolt", boltUri);
        properties.setProperty("pid", Long.toString(served.pid()));
        var file = home.resolve(FILE);
        var staged = home.resolve(FILE + ".tmp");
        try (Writer out = Files.newBufferedWriter(staged, StandardCharsets.UTF_8)) {
            properties.store(out, "papergraph serve: other papergraph commands on this store connect here");
        } catch (IOException e) {
            throw new PapergraphException("cannot write " + staged + ": " + e.getMessage(), e);
        }
        try {
            try {
                Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new PapergraphException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return served;
    }

    /** Removes the record, if it is still this one. */
    public void clear() {
        var current = read(home);
        if (current.isPresent() && current.get().equals(this)) {
            try {
                Files.deleteIfExists(home.resolve(FILE));
            } catch (IOException e) {
                // A record left behind is ignored once its process is gone.
            }
        }
    }

    /** The process serving the store, when one is: its record is there, its process alive and its address answers. */
    public static Optional<ServedStore> find(Path home) {
        return read(home).filter(s -> ProcessHandle.of(s.pid()).map(ProcessHandle::isAlive).orElse(false))
                .filter(ServedStore::answers);
    }

    private static Optional<ServedStore> read(Path home) {
        var file = home.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            var bolt = properties.getProperty("bolt");
            var pid = properties.getProperty("pid");
            return bolt == null || pid == null ? Optional.empty() : Optional.of(new ServedStore(home, bolt, Long.parseLong(pid.strip())));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private boolean answers() {
        try (var socket = new Socket()) {
            var uri = URI.create(boltUri);
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 1000);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
