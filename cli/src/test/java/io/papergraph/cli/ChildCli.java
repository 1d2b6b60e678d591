package io.papergraph.cli;

import io.papergraph.testsupport.ChildJvm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the papergraph command line in a JVM of its own, as a user would: with its own environment (no
 * {@code NEO4J_*} variables but the given ones), standard input, and no terminal.
 */
record ChildCli(int exitCode, String out, String err) {

    /** Runs {@code main} of the given class (on this JVM's class path) with the arguments. */
    static ChildCli run(Class<?> main, Map<String, String> env, String stdin, String... args) {
        var builder = new ProcessBuilder(ChildJvm.command(main, "256m", args));
        builder.environment().keySet().removeIf(k -> k.startsWith("NEO4J_") || k.equals("PAPERGRAPH_DEBUG"));
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            var out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            var err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            try (var in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("papergraph " + String.join(" ", args) + " did not end within 2 minutes");
            }
            return new ChildCli(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs the papergraph command. */
    static ChildCli papergraph(Map<String, String> env, String stdin, String... args) {
        return run(PapergraphCommand.class, env, stdin, args);
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything the run printed. */
    String output() {
        return out + err;
    }
}
