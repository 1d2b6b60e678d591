package io.papergraph.loader.write;

import io.papergraph.PapergraphException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work the loader runs on threads of its own. */
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
