package io.papergraph.loader;

import io.papergraph.loader.connection.ConnectionSettings;
import io.papergraph.loader.connection.EmbeddedNeo4j;
import io.papergraph.loader.connection.EmbeddedSettings;
import io.papergraph.loader.connection.Neo4jConnection;
import java.nio.file.Path;

/**
 * A load in a process of its own, for tests that kill it: starts the embedded Neo4j on a store folder (free
 * port, no HTTP), prints {@code bolt URI} once the server is up, loads an extract output folder with the given
 * batch size, and prints {@code done}. Arguments: store folder, extract output folder, batch size.
 */
public final class LoadProcess {

    private LoadProcess() {
    }

    public static void main(String[] args) {
        var settings = settings(Path.of(args[0]));
        try (var server = EmbeddedNeo4j.start(settings);
                var connection = Neo4jConnection.open(new ConnectionSettings(server.boltUri(), null, null, null))) {
            System.out.println("bolt " + server.boltUri());
            System.out.flush();
            SampleInput.loader(connection, Integer.parseInt(args[2])).load(ExtractOutput.read(Path.of(args[1])));
            System.out.println("done");
        }
    }

    /**
     * The command line of a child JVM that runs {@code main} on this JVM's class path, with a small heap and fast
     * start-up: for the tests that kill a load or an import.
     */
    static EmbeddedSettings settings(Path store) {
        return EmbeddedSettings.defaults().withHome(store).withPorts(0, -1).withPageCache(32L << 20);
    }
}
