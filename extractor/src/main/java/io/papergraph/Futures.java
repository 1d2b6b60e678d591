package io.papergraph;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work run on threads of the project's own: one way to hand on what the work threw. */
public final class Futures {

    private Futures() {
    }

    /**
     * The work's result; its failure rethrown as it was (driver errors stay driver errors, so that the load's own
     * handling turns them into one-line messages).
     *
     * @param during what the work does, for the messages "interrupted while DURING" and "DURING failed: ..."
     */
    public static <T> T await(Future<T> work, String during) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PapergraphException("interrupted while " + during, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new PapergraphException(during + " failed: " + e.getCause(), e.getCause());
        }
    }
}
