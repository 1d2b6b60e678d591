package io.papergraph.cli;

import io.papergraph.PapergraphException;
import io.papergraph.loader.connection.GraphTarget;
import io.papergraph.loader.connection.ServedStore;
import io.papergraph.queries.ReportCatalog;
import io.papergraph.queries.ReportRunner;
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

    /**
     * Plans the packaged reports in the background, so that the first report a user runs through this server answers
     * as quickly as the later ones.
     */
    private static void prepareReports(GraphTarget target) {
        var warmUp = new Thread(() -> {
            try {
                ReportRunner.create(target.connection().driver(), target.connection().database())
                        .prepare(ReportCatalog.packaged().list());
            } catch (RuntimeException e) {
                // The server stopping meanwhile: nothing to prepare for.
            }
        }, "papergraph-serve-plan-reports");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    /** Prints the Browser address and waits for Ctrl-C (or the given seconds). */
    static void serve(GraphTarget target, Long stopAfter, CommandSpec spec) throws InterruptedException {
        var out = spec.commandLine().getOut();
        GraphMessages.printBrowser(target, out);
        // Other commands on this store find it here and work through Bolt instead of starting Neo4j on it.
        var served = target.embedded() == null ? null : ServedStore.record(target.storeHome(), target.embedded().boltUri());
        prepareReports(target);
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
