package io.papergraph.cli;

import io.papergraph.PapergraphException;
import io.papergraph.loader.connection.GraphTarget;
import io.papergraph.loader.connection.ServedStore;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Model.CommandSpec;

/** Serving a store's Neo4j Browser until Ctrl-C: what {@code serve} and {@code build --serve} both do. */
final class BrowserServing {

    private BrowserServing() {
    }

    /** Stops a second serve of a store another process serves already, before anything starts. */
    static void refuseServedStore(ConnectionOptions connection) {
        var served = connection.servedStore();
        if (served.isPresent()) {
            throw new PapergraphException("the store " + connection.dbDir.toAbsolutePath().normalize() + " is served already by process "
                    + served.get().pid() + " at " + served.get().boltUri() + "; other commands work through it without --serve");
        }
    }

    /** Prints the Browser address and waits for Ctrl-C (or the given seconds). */
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
