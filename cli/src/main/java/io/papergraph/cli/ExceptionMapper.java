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

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        var err = cmd.getErr();
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

    private static void debug(Exception ex, java.io.PrintWriter err) {
        if ("1".equals(System.getenv("PAPERGRAPH_DEBUG"))) {
            ex.printStackTrace(err);
        }
    }
}
