package io.papergraph.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OncePerTestRunTests {

    private final String before = System.getProperty(OncePerTestRun.RUN_PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(OncePerTestRun.RUN_PROPERTY);
        } else {
            System.setProperty(OncePerTestRun.RUN_PROPERTY, before);
        }
    }

    @Test
    void theWorkIsDoneOncePerBuildAndAgainForTheNextBuild(@TempDir Path tmp) throws Exception {
        var folder = tmp.resolve("shared");
        var done = new AtomicInteger();
        OncePerTestRun.FolderWork work = dir -> Files.writeString(dir.resolve("made-" + done.incrementAndGet()), "x");

        System.setProperty(OncePerTestRun.RUN_PROPERTY, "build-1");
        assertEquals(folder.toAbsolutePath(), OncePerTestRun.prepare(folder, work));
        OncePerTestRun.prepare(folder, work);
        assertEquals(1, done.get(), "a second ask in the same build finds it done");

        System.setProperty(OncePerTestRun.RUN_PROPERTY, "build-2");
        OncePerTestRun.prepare(folder, work);
        assertEquals(2, done.get(), "the next build does it again");
        assertFalse(Files.exists(folder.resolve("made-1")), "from an empty folder");
        assertTrue(Files.exists(folder.resolve("made-2")));
    }

    @Test
    void workThatFailsIsDoneAgainByTheNextToAsk(@TempDir Path tmp) {
        var folder = tmp.resolve("shared");
        System.setProperty(OncePerTestRun.RUN_PROPERTY, "build-1");
        var failed = assertThrows(java.io.UncheckedIOException.class, () -> OncePerTestRun.prepare(folder, dir -> {
            throw new java.io.IOException("disk full");
        }));
        assertEquals("disk full", failed.getCause().getMessage());
        var done = new AtomicInteger();
        OncePerTestRun.prepare(folder, dir -> done.incrementAndGet());
        assertEquals(1, done.get());
    }
}
