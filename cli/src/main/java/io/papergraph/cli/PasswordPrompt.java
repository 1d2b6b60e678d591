package io.papergraph.cli;

import io.papergraph.PapergraphException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Asks for the password of {@code --ask-password}: on the terminal without echo, or, when there is no
 * terminal (input piped in, as from a password manager), from the first line of standard input. Either way
 * it stays out of the command line, the environment and the output.
 */
final class PasswordPrompt {

    private PasswordPrompt() {
    }

    static String ask(String user) {
        var console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Neo4j password for %s: ", user);
            if (typed == null || typed.length == 0) {
                throw new PapergraphException("--ask-password: no password was typed");
            }
            return new String(typed);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new PapergraphException("--ask-password: there is no terminal, and standard input gave no password on its"
                        + " first line; set NEO4J_PASSWORD or use --password-file instead");
            }
            return line;
        } catch (IOException e) {
            throw new PapergraphException("--ask-password: cannot read standard input: " + e.getClass().getSimpleName());
        }
    }
}
