package io.papergraph.cli;

import io.papergraph.testsupport.CommandRun;
import java.util.List;
import java.util.Map;

/** The papergraph command line as the tests run it: in this JVM, or in a JVM of its own as a user would. */
final class Cli {

    /** What a user's environment may hold that would point a child's run at the user's server or debug it. */
    private static final List<String> USER_SETTINGS = List.of("NEO4J_", "PAPERGRAPH_DEBUG");

    private Cli() {
    }

    /** Runs papergraph with the arguments in this JVM. */
    static CommandRun run(String... args) {
        return CommandRun.inProcess(PapergraphCommand.commandLine(), args);
    }

    /** Runs papergraph in a JVM of its own, with {@code env} for the user's settings and the given standard input. */
    static CommandRun child(Map<String, String> env, String stdin, String... args) {
        return child(PapergraphCommand.class, env, stdin, args);
    }

    /** Runs {@code main} of another entry point of this module's tests in a JVM of its own, as {@link #child} does. */
    static CommandRun child(Class<?> main, Map<String, String> env, String stdin, String... args) {
        return CommandRun.inChildJvm(main, env, USER_SETTINGS, stdin, args);
    }
}
