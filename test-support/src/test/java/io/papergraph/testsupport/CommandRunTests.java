package io.papergraph.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The runner keeps a command's output, errors and exit code apart, in this JVM and in a child JVM. */
class CommandRunTests {

    /** Prints its word on standard output, the rest on standard error, and exits with the number of the rest. */
    @Command(name = "echo")
    static final class Echo implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters
        List<String> words;

        @Override
        public Integer call() {
            spec.commandLine().getOut().print(words.get(0));
            spec.commandLine().getErr().print(String.join(" ", words.subList(1, words.size())));
            return words.size() - 1;
        }
    }

    /** A main class for the child: echoes its standard input and a variable, says whether it has a PATH, exits with 3. */
    public static final class EchoMain {

        public static void main(String[] args) throws Exception {
            System.out.print(new String(System.in.readAllBytes()) + " " + System.getenv(args[0]));
            System.err.print(System.getenv("PATH") == null ? "no PATH" : "PATH");
            System.exit(3);
        }
    }

    @Test
    void inProcessCapturesOutputErrorsAndExitCode() {
        var run = CommandRun.inProcess(new CommandLine(new Echo()), "out", "err", "or");
        assertEquals(new CommandRun(2, "out", "err or"), run);
        assertEquals("outerr or", run.output());
    }

    @Test
    void aChildJvmGetsItsInputAndTheGivenEnvironmentWithoutTheDroppedVariables() {
        var run = CommandRun.inChildJvm(EchoMain.class, Map.of("COMMAND_RUN_GIVEN", "given"), List.of("PATH"), "input",
                "COMMAND_RUN_GIVEN");
        assertEquals(new CommandRun(3, "input given", "no PATH"), run);
    }
}
