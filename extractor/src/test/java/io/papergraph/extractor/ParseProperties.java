package io.papergraph.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.model.Problem;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What every parse must give, whatever the input: no exception, a result within a deadline, and every
 * entry accounted for (entries seen = papers kept + problems with {@code entryDropped}), with problems that
 * point at lines of the input. Shared by the fuzz tests and the tests on generated huge inputs.
 */
public final class ParseProperties {

    /** Per-input deadline for fuzzing inputs (a few KB each): far above any normal parse, far below a hang. */
    public static final Duration FUZZ_INPUT_DEADLINE = Duration.ofSeconds(5);

    private static ExecutorService worker = newWorker();

    private ParseProperties() {
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            var thread = new Thread(r, "parse-under-deadline");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs {@code call} on a worker thread and fails when it takes longer than {@code deadline}. What the call
     * throws is rethrown as it is, so that a fuzzer files the finding under the parser's own stack trace. One
     * worker thread is reused (a thread per input would halve the fuzzer's speed); a hung one is abandoned.
     */
    public static synchronized <T> T within(Duration deadline, Callable<T> call) throws Exception {
        Future<T> future = worker.submit(call);
        try {
            return future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return fail("no result within " + deadline.toMillis() + " ms: the parse hangs or is far too slow on this input");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Every entry is kept or reported, papers are complete, problems name a line of the input (0: the whole file). */
    public static void assertAccounted(int entries, List<Paper> papers, List<Problem> problems, int lineCount) {
        long dropped = problems.stream().filter(Problem::entryDropped).count();
        assertEquals(entries, papers.size() + dropped, "entries seen = papers kept + entries reported");
        for (var paper : papers) {
            assertFalse(paper.arxivId().isBlank(), "a paper without an arXiv id");
            assertNotNull(paper.title(), "a paper without a title");
            assertEquals(1, paper.listings().size(), "one listing per parsed entry");
            var listing = paper.listings().get(0);
            assertTrue(listing.line() >= 1 && listing.line() <= lineCount, "listing line " + listing.line());
        }
        for (var problem : problems) {
            assertTrue(problem.line() >= 0 && problem.line() <= lineCount, problem::describe);
            assertFalse(problem.describe().isBlank());
        }
    }

    /** {@link #assertAccounted(int, List, List, int)} for a file read by {@link DigestCorpusReader}. */
    public static void assertAccounted(ParsedDigest parsed, int lineCount) {
        if (parsed.digest().isEmpty()) {
            assertTrue(parsed.papers().isEmpty(), "papers from a file that is no digest");
            assertEquals(1, parsed.problems().size(), "one problem for a file that is no digest");
            return;
        }
        var info = parsed.digest().get();
        assertEquals(info.papers(), parsed.papers().size());
        assertAccounted(info.entries(), parsed.papers(), parsed.problems(), lineCount);
    }
}
