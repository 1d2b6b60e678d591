package io.papergraph.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Work that the test JVMs of one build share, such as building the sample graph: the first JVM to ask does it in a
 * folder, under a file lock; the others wait for the lock and find it done. Work left by an earlier build is done
 * again. The build is told by the system property {@value #RUN_PROPERTY}, which the build sets to the time it
 * started; without it (a test run from an IDE) each JVM does the work once.
 */
public final class OncePerTestRun {

    /** The system property naming the build the test JVMs belong to. */
    public static final String RUN_PROPERTY = "papergraph.test.run";

    private static final String THIS_JVM = "jvm-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    private static final String DONE = ".done";

    /** Work on a folder that may fail with an {@link IOException}. */
    @FunctionalInterface
    public interface FolderWork {
        void fill(Path folder) throws IOException;
    }

    private OncePerTestRun() {
    }

    /** Returns {@code folder} with {@code work} done in it by this build: by this JVM now, or by another before. */
    public static Path prepare(Path folder, FolderWork work) {
        var dir = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir.getParent());
            var lockFile = dir.resolveSibling(dir.getFileName() + ".lock");
            try (var channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 var lock = channel.lock()) {
                var done = dir.resolve(DONE);
                if (Files.isRegularFile(done) && Files.readString(done).equals(run())) {
                    return dir;
                }
                Folders.delete(dir);
                Files.createDirectories(dir);
                work.fill(dir);
                Files.writeString(done, run());
                return dir;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String run() {
        var run = System.getProperty(RUN_PROPERTY);
        return run == null || run.isBlank() ? THIS_JVM : run;
    }
}
