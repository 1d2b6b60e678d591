package io.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.loader.connection.EmbeddedNeo4j;
import io.papergraph.loader.connection.EmbeddedSettings;
import io.papergraph.testsupport.FreePort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/**
 * Passwords never show: for each way of giving one (environment, file, prompt) and each way a connection
 * fails (credentials rejected by an embedded Neo4j with authentication, server unreachable), neither the
 * output nor the messages of the whole exception chain (printed with {@code PAPERGRAPH_DEBUG=1}) contain it;
 * no option takes a password on the command line; the help shows no password. Each way is also shown to work
 * with the right password, so that the password given is really the one used.
 */
class PasswordsIT {

    private static final String RIGHT = "Right-Horse-Battery-77";
    private static final String WRONG = "Wrong-Staple-Secret-31";

    @TempDir
    static Path dir;
    private static EmbeddedNeo4j server;
    private static Path extractOutput;

    @BeforeAll
    static void startServerWithAuthentication() throws IOException {
        server = EmbeddedNeo4j.start(EmbeddedSettings.defaults().withHome(dir.resolve("store")).withPorts(0, -1)
                .withPageCache(16L << 20).withAuth(true, RIGHT));
        extractOutput = LoadCommandIT.extractOutput(Files.createDirectories(dir.resolve("extract")));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static String rejected() {
        return "papergraph: Neo4j at " + server.boltUri() + " rejected the credentials of user 'neo4j' (check NEO4J_USERNAME"
                + " and the password given by NEO4J_PASSWORD, --password-file or --ask-password)";
    }

    private static List<String> load(String uri, String... more) {
        var args = new ArrayList<>(List.of("load", extractOutput.toString(), "--uri", uri));
        args.addAll(List.of(more));
        return args;
    }

    /** Fails with exactly the expected line, and shows the password nowhere, not even in a debug stack trace. */
    private static void assertFailsWithoutShowing(String password, String expected, Map<String, String> env, String stdin, List<String> args) {
        var run = Cli.child(env, stdin, args.toArray(String[]::new));
        assertEquals(1, run.exitCode(), run.output());
        assertEquals(expected, run.err().strip());
        assertFalse(run.output().contains(password), run.output());
        var debug = new java.util.HashMap<>(env);
        debug.put("PAPERGRAPH_DEBUG", "1");
        var traced = Cli.child(debug, stdin, args.toArray(String[]::new));
        assertEquals(1, traced.exitCode(), traced.output());
        assertFalse(traced.output().contains(password), traced.output());
    }

    @Test
    void aPasswordFromTheEnvironment() {
        assertFailsWithoutShowing(WRONG, rejected(), Map.of("NEO4J_PASSWORD", WRONG), "", load(server.boltUri()));
        var ok = Cli.child(Map.of("NEO4J_PASSWORD", RIGHT), "", load(server.boltUri()).toArray(String[]::new));
        assertEquals(0, ok.exitCode(), ok.output());
        assertFalse(ok.output().contains(RIGHT), ok.output());
    }

    @Test
    void aPasswordFromAFile() throws IOException {
        Path wrong = Files.writeString(dir.resolve("wrong-password"), WRONG + "\n");
        Path right = Files.writeString(dir.resolve("right-password"), RIGHT + "\n");
        assertFailsWithoutShowing(WRONG, rejected(), Map.of(), "", load(server.boltUri(), "--password-file", wrong.toString()));
        // The file wins over the environment.
        var ok = Cli.child(Map.of("NEO4J_PASSWORD", WRONG), "",
                load(server.boltUri(), "--password-file", right.toString()).toArray(String[]::new));
        assertEquals(0, ok.exitCode(), ok.output());
        assertFalse(ok.output().contains(RIGHT), ok.output());
    }

    @Test
    void aPasswordFromThePrompt() {
        // No terminal in the child: the prompt reads the first line of standard input.
        assertFailsWithoutShowing(WRONG, rejected(), Map.of(), WRONG + "\n", load(server.boltUri(), "--ask-password"));
        var ok = Cli.child(Map.of("NEO4J_PASSWORD", WRONG), RIGHT + "\n",
                load(server.boltUri(), "--ask-password").toArray(String[]::new));
        assertEquals(0, ok.exitCode(), ok.output());
        assertFalse(ok.output().contains(RIGHT), ok.output());
        var none = Cli.child(Map.of(), "", load(server.boltUri(), "--ask-password").toArray(String[]::new));
        assertEquals("papergraph: --ask-password: there is no terminal, and standard input gave no password on its first line;"
                + " set NEO4J_PASSWORD or use --password-file instead", none.err().strip());
    }

    @Test
    void anUnreachableServer() {
        String uri = "bolt://localhost:" + FreePort.next();
        String expected = "papergraph: cannot reach Neo4j at " + uri + " (is the server running, and is the address right?)";
        assertFailsWithoutShowing(WRONG, expected, Map.of("NEO4J_PASSWORD", WRONG), "", load(uri));
        assertFailsWithoutShowing(WRONG, expected, Map.of(), WRONG + "\n", load(uri, "--ask-password"));
    }

    @Test
    void theHelpOfEveryCommandShowsNoPassword() {
        var run = Cli.child(EveryHelp.class, Map.of("NEO4J_PASSWORD", WRONG, "NEO4J_URI", "bolt://example.org:7687"), "");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.out().contains("--ask-password") && run.out().contains("--password-file"), run.out());
        assertFalse(run.output().contains(WRONG), run.output());
    }

    @Test
    void noOptionTakesAPasswordOnTheCommandLine() {
        var checked = new ArrayList<String>();
        check(PapergraphCommand.commandLine(), checked);
        assertTrue(checked.contains("load --password-file") && checked.contains("load --ask-password"), checked.toString());
    }

    /** Options about passwords either take no value or take a file; none has a default taken from the environment. */
    private static void check(CommandLine command, List<String> checked) {
        for (OptionSpec option : command.getCommandSpec().options()) {
            String name = option.longestName();
            if (name.toLowerCase().contains("password") || name.toLowerCase().contains("secret")) {
                checked.add(command.getCommandName() + " " + name);
                assertTrue(option.arity().max() == 0 || option.type() == Path.class, command.getCommandName() + " " + name
                        + " takes a value on the command line");
                assertFalse(String.valueOf(option.defaultValue()).contains("NEO4J_PASSWORD"), name);
            }
        }
        command.getSubcommands().values().forEach(c -> check(c, checked));
    }
}
