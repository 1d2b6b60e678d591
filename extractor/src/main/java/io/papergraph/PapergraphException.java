package io.papergraph;

/**
 * The one unchecked exception of Papergraph. Its message is shown to users as a single line, so it must
 * say what went wrong and, where it can, what to do about it.
 */
public class PapergraphException extends RuntimeException {

    private final int exitCode;

    public PapergraphException(String message) {
        this(message, null, 1);
    }

    public PapergraphException(String message, Throwable cause) {
        this(message, cause, 1);
    }

    public PapergraphException(String message, Throwable cause, int exitCode) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The process exit code the CLI uses when this exception ends a command. */
    public int exitCode() {
        return exitCode;
    }
}
