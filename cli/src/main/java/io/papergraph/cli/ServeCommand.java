package io.papergraph.cli;

import io.papergraph.PapergraphException;
import io.papergraph.loader.connection.GraphTarget;
import io.papergraph.loader.connection.ServedStore;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
        refuseServedStore(connection);
        try (GraphTarget target = connection.openOwn()) {
            serve(target, stopAfter, spec);
        }
        return 0;
    }

    /** Stops a second serve of a store another process serves already, before anything starts. */
    static void refuseServedStore(ConnectionOptions connection) {
        var served = connection.servedStore();
        if (served.isPresent()) {
            throw new PapergraphException("the store " + connection.dbDir.toAbsolutePath().normalize() + " is served already by process "
                    + served.get().pid() + " at " + served.get().boltUri() + "; other commands work through it without --serve");
        }
    }

    /** Prints the Browser address and waits for Ctrl-C (or the given seconds): shared with {@code build --serve}. */
    static void serve(GraphTarget target, Long stopAfter, CommandSpec spec) throws InterruptedException {
        var out = spec.commandLine().getOut();
        GraphMessages.printBrowser(target, out);
        // Other commands on this store find it here and work through Bolt instead of starting Neo4j on it.
        var served = target.embedded() == null ? null : ServedStore.record(target.storeHome(), target.embedded().boltUri());
        var stopped = new CountDownLatch(1);
        var hook = new Thread(() -> {
            if (served != null) {
                served.clear();
            }
            target.close();
            stopped.countDown();
        }, "papergraph-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println(stopAfter == null ? "Serving; press Ctrl-C to stop." : "Serving for " + stopAfter + " s.");
        out.flush();
        if (stopAfter == null) {
            stopped.await();
        } else {
            stopped.await(stopAfter, TimeUnit.SECONDS);
            Runtime.getRuntime().removeShutdownHook(hook);
            if (served != null) {
                served.clear();
            }
            out.println("Stopped.");
            out.flush();
        }
    }
}
