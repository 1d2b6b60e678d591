package io.papergraph.build;

import io.papergraph.loader.connection.ConnectionSettings;
import io.papergraph.loader.connection.EmbeddedSettings;
import io.papergraph.loader.connection.GraphTarget;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The graph a {@link GraphBuild} writes: the caller knows how to reach it (a server, an embedded store, a store
 * another process serves), the build only whether it may import a new store there.
 */
public interface GraphDestination {

    /** Opens the graph: connects to it, or starts the embedded Neo4j on its store. */
    GraphTarget open();

    /** The store folder of the embedded Neo4j this destination runs, or empty for a server given by address. */
    Optional<Path> embeddedStore();

    /** Fails on settings the embedded Neo4j would refuse: called before an import, so that it does not run in vain. */
    void checkEmbeddedSettings();

    /** Whether the embedded Neo4j is given procedure plugins, so that GDS may be there to cluster with. */
    boolean pluginsGiven();

    /** A new embedded Neo4j on {@code home}, on a free Bolt port, without HTTP or plugins: a run's own store. */
    static GraphDestination embedded(Path home) {
        Objects.requireNonNull(home, "home");
        return new GraphDestination() {
            @Override
            public GraphTarget open() {
                return GraphTarget.open(new ConnectionSettings(null, null, null, null),
                        EmbeddedSettings.defaults().withHome(home).withPorts(0, -1));
            }

            @Override
            public Optional<Path> embeddedStore() {
                return Optional.of(home);
            }

            @Override
            public void checkEmbeddedSettings() {
                // The defaults and a free port: nothing to refuse.
            }

            @Override
            public boolean pluginsGiven() {
                return false;
            }
        };
    }
}
