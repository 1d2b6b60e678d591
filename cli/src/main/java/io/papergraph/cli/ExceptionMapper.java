package io.papergraph.cli;

import io.papergraph.PapergraphException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions that end a command into one line on stderr and an exit code. Papergraph's own
 * exceptions carry a message meant for users; anything else is a bug, reported with its type and
 * message (the stack trace only with {@code PAPERGRAPH_DEBUG=1}).
 */
final class ExceptionMapper implements IExecutionExceptionHandler {

    static final int EXIT_ERROR = 1;

    /** What to do when the heap is full, with the heap's maximum in MiB. */
    private static final String OUT_OF_MEMORY = "papergraph: out of memory: the Java heap (at most %d MiB) is full;"
            + " run again with more, e.g. PAPERGRAPH_JAVA_OPTS=\"-Xmx8g -XX:+UseParallelGC\" ./papergraph ...";

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        var err = cmd.getErr();
        if (cause(ex, t -> t instanceof OutOfMemoryError) != null) {
            err.println(outOfMemoryMessage());
            debug(ex, err);
            return EXIT_ERROR;
        }
        String transactionMemory = serverMessage(ex, TRANSACTION_MEMORY_MESSAGES);
        if (transactionMemory != null) {
            err.println(SERVER_TRANSACTION_MEMORY.formatted(transactionMemory));
            debug(ex, err);
            return EXIT_ERROR;
        }
        String serverMemory = serverMessage(ex, MEMORY_MESSAGES);
        if (serverMemory != null) {
            err.println(SERVER_OUT_OF_MEMORY.formatted(serverMemory));
            debug(ex, err);
            return EXIT_ERROR;
        }
        if (ex instanceof PapergraphException pe) {
            err.println("papergraph: " + pe.getMessage());
            debug(ex, err);
            return pe.exitCode();
        }
        err.println("papergraph: internal error: " + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + ex.getMessage())
                + " (set PAPERGRAPH_DEBUG=1 for the stack trace)");
        debug(ex, err);
        return EXIT_ERROR;
    }

    /** What to do when the Neo4j server ran out of memory, with the server's message. */
    static final String SERVER_OUT_OF_MEMORY = "papergraph: the Neo4j server ran out of memory (%s); for the embedded"
            + " server, which shares papergraph's heap, run again with more, e.g. PAPERGRAPH_JAVA_OPTS=\"-Xmx8g -XX:+UseParallelGC\";"
            + " for another server, raise its server.memory.heap.max_size";

    /** What to do when one transaction needed more memory than the server allows a transaction. */
    static final String SERVER_TRANSACTION_MEMORY = "papergraph: the Neo4j server refused a transaction that needed more"
            + " memory than its limit (%s); for the embedded server, whose limit is 70%% of papergraph's heap, run again"
            + " with more, e.g. PAPERGRAPH_JAVA_OPTS=\"-Xmx8g -XX:+UseParallelGC\"; for another server, raise its"
            + " dbms.memory.transaction.total.max or db.memory.transaction.max";

    /**
     * The message of the first Neo4j error among the exception and its causes that matches, on one line, or null:
     * the server reports its OutOfMemoryError ("Java heap space", "GC overhead limit exceeded") and a transaction over
     * its memory limit as transient errors.
     */
    static String serverMessage(Throwable ex, java.util.regex.Pattern messages) {
        Throwable t = cause(ex, c -> c instanceof org.neo4j.driver.exceptions.Neo4jException && c.getMessage() != null
                && messages.matcher(c.getMessage()).find());
        return t == null ? null : t.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static final java.util.regex.Pattern MEMORY_MESSAGES =
            java.util.regex.Pattern.compile("GC overhead limit exceeded|Java heap space|OutOfMemoryError");

    private static final java.util.regex.Pattern TRANSACTION_MEMORY_MESSAGES =
            java.util.regex.Pattern.compile("memory\\.transaction\\.(total\\.)?max|MemoryPoolOutOfMemoryError");

    /** The heap-full line, with this JVM's maximum heap. */
    static String outOfMemoryMessage() {
        return OUT_OF_MEMORY.formatted(Runtime.getRuntime().maxMemory() >> 20);
    }

    /**
     * The first of the exception and its causes that matches, or null: a worker thread's failure reaches the
     * command wrapped in the exception that reports it.
     */
    private static Throwable cause(Throwable ex, java.util.function.Predicate<Throwable> matches) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (matches.test(t)) {
                return t;
            }
        }
        return null;
    }

    private static void debug(Throwable ex, java.io.PrintWriter err) {
        if ("1".equals(System.getenv("PAPERGRAPH_DEBUG"))) {
            ex.printStackTrace(err);
        }
    }
}
