package io.papergraph.testsupport;

import java.nio.file.Path;

/** The sample corpus, {@code data/digests}, as the tests of any module see it (they run in the module's folder). */
public final class SampleDigests {

    /** The folder of the sample digests. */
    public static final Path DIRECTORY = Path.of("..", "data", "digests");

    private SampleDigests() {
    }

    /** One sample digest by file name. */
    public static Path file(String name) {
        return DIRECTORY.resolve(name);
    }
}
