package io.papergraph.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/**
 * What a run of a command line printed and how it ended: run in this JVM through picocli with captured output, or in
 * a JVM of its own, as a user runs it (its own environment, standard input, and no terminal).
 *
 * @param exitCode the command's exit code
 * @param out      what it printed on standard output
 * @param err      what it printed on standard error
 */
public record CommandRun(int exitCode, String out, String err) {

    /** How long a child JVM may run before the test gives up on it. */
    private static final long CHILD_MINUTES = 2;

    /** Runs {@code cmd} with the arguments in this JVM, its output and errors captured instead of printed. */
    public static CommandRun inProcess(CommandLine cmd, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /**
     * Runs {@code main} of the given class (on this JVM's class path) in a JVM of its own, with the arguments, the
     * given standard input, and an environment without this JVM's variables whose names start with one of
     * {@code dropPrefixes} but with {@code env}.
     */
    public static CommandRun inChildJvm(Class<?> main, Map<String, String> env, Iterable<String> dropPrefixes,
                                        String stdin, String... args) {
        var builder = new ProcessBuilder(ChildJvm.command(main, "256m", args));
        for (var prefix : dropPrefixes) {
            builder.environment().keySet().removeIf(k -> k.startsWith(prefix));
        }
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            var out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            var err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            try (var in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(CHILD_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(main.getSimpleName() + " " + String.join(" ", args) + " did not end within "
                        + CHILD_MINUTES + " minutes");
            }
            return new CommandRun(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything the run printed, output then errors. */
    public String output() {
        return out + err;
    }
}
