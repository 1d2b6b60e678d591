package io.papergraph.cli;

import io.papergraph.testsupport.FreePort;
import io.papergraph.testsupport.SampleDigests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * One {@code build data/digests --map} per test JVM, into target/sample-map-build/ (a folder that outlives each
 * test class, so that {@link MapCommandIT} and {@link TopicMapBrowserIT} share it).
 *
 * @param run    the build's output
 * @param store  the embedded store it built
 * @param map    the folder of the map it wrote
 */
record SampleMapBuild(CliRun run, Path store, Path map) {

    private static SampleMapBuild built;

    static synchronized SampleMapBuild get() {
        if (built == null) {
            var home = Path.of("target", "sample-map-build").toAbsolutePath();
            delete(home);
            var store = home.resolve("db");
            var map = home.resolve("built map");
            var run = CliRun.of("build", SampleDigests.DIRECTORY.toString(), "--db-dir", store.toString(),
                    "--bolt-port", String.valueOf(FreePort.next()), "--http-port", String.valueOf(FreePort.next()),
                    "--no-progress", "--map", "--map-dir", map.toString());
            built = new SampleMapBuild(run, store, map);
        }
        return built;
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
