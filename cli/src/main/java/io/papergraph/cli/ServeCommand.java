package io.papergraph.cli;

import io.papergraph.PapergraphException;
import io.papergraph.loader.connection.GraphTarget;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code papergraph serve}: opens the embedded store and keeps Neo4j Browser up until Ctrl-C. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the embedded Neo4j on the store folder (--db-dir) and serves Neo4j Browser at",
            "http://localhost:7474/browser/ until Ctrl-C. It listens on localhost only."
        })
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--stop-after", paramLabel = "SECONDS",
            description = "Stop by itself after this many seconds instead of waiting for Ctrl-C (for scripts).")
    Long stopAfter;

    @Override
    public Integer call() throws InterruptedException {
        if (connection.uri != null) {
            throw new PapergraphException("serve runs the embedded Neo4j; for the server at " + connection.uri
                    + " open its own Browser (unset NEO4J_URI or leave out --uri to serve the local store)");
        }
        BrowserServing.refuseServedStore(connection);
        connection.serving = true;
        try (GraphTarget target = connection.openOwn()) {
            BrowserServing.serve(target, stopAfter, spec);
        }
        return 0;
    }
}
