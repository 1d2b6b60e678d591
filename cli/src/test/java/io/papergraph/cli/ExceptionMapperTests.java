package io.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.PapergraphException;
import io.papergraph.testsupport.CommandRun;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine;

class ExceptionMapperTests {

    @Command(name = "failing")
    static final class Failing implements Callable<Integer> {

        private final RuntimeException failure;

        Failing(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() {
            throw failure;
        }
    }

    private static CommandRun run(RuntimeException failure) {
        var cmd = new CommandLine(new Failing(failure));
        cmd.setExecutionExceptionHandler(new ExceptionMapper());
        return CommandRun.inProcess(cmd);
    }

    @Test
    void aUserErrorIsItsMessageOnOneLine() {
        var run = run(new PapergraphException("data/x.md is not a digest"));
        assertEquals(ExceptionMapper.EXIT_ERROR, run.exitCode());
        assertEquals("papergraph: data/x.md is not a digest", run.err().strip());
    }

    @Test
    void aWorkerThatRanOutOfHeapIsReportedAsOutOfMemoryWithWhatToDo() {
        var run = run(new PapergraphException("a writer failed", new OutOfMemoryError("Java heap space")));
        assertEquals(ExceptionMapper.EXIT_ERROR, run.exitCode());
        var message = run.err().strip();
        assertTrue(message.startsWith("papergraph: out of memory: the Java heap (at most "), message);
        assertTrue(message.contains("PAPERGRAPH_JAVA_OPTS=\"-Xmx8g"), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void aServerThatRanOutOfHeapIsReportedAsSuchWithWhatToDoForBothKindsOfServer() {
        var run = run(new org.neo4j.driver.exceptions.TransientException("Neo.TransientError.General.OutOfMemoryError",
                "GC overhead limit exceeded"));
        assertEquals(ExceptionMapper.EXIT_ERROR, run.exitCode());
        var message = run.err().strip();
        assertTrue(message.startsWith("papergraph: the Neo4j server ran out of memory (GC overhead limit exceeded);"), message);
        assertTrue(message.contains("PAPERGRAPH_JAVA_OPTS=") && message.contains("server.memory.heap.max_size"), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void aTransactionOverTheServersMemoryLimitIsReportedWithTheSettingToRaise() {
        // The message the embedded 5.26 server gave when one transaction outgrew its 2.5 GiB limit.
        var run = run(new PapergraphException("clustering failed", new org.neo4j.driver.exceptions.TransientException(
                "Neo.TransientError.General.MemoryPoolOutOfMemoryError", "The allocation of an extra 2.0 MiB would use"
                + " more than the limit 2.5 GiB. Currently using 2.5 GiB. dbms.memory.transaction.total.max threshold reached")));
        assertEquals(ExceptionMapper.EXIT_ERROR, run.exitCode());
        var message = run.err().strip();
        assertTrue(message.startsWith("papergraph: the Neo4j server refused a transaction that needed more memory than its"
                + " limit (The allocation of an extra 2.0 MiB"), message);
        assertTrue(message.contains("PAPERGRAPH_JAVA_OPTS=") && message.contains("dbms.memory.transaction.total.max or"), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void aBugIsNamedAsAnInternalErrorWithoutAStackTrace() {
        var run = run(new IllegalStateException("broken"));
        assertEquals(ExceptionMapper.EXIT_ERROR, run.exitCode());
        assertEquals("papergraph: internal error: IllegalStateException: broken (set PAPERGRAPH_DEBUG=1 for the stack trace)",
                run.err().strip());
        assertFalse(run.err().contains("\tat "));
    }
}
