package io.papergraph.cli;

import io.papergraph.testsupport.CommandRun;
import io.papergraph.testsupport.FreePort;
import io.papergraph.testsupport.OncePerTestRun;
import io.papergraph.testsupport.SampleDigests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One {@code build data/digests --map} per build of the tests, into target/sample-map-build/, shared by the test
 * JVMs ({@link OncePerTestRun}): {@link MapCommandIT} and {@link TopicMapBrowserIT} use it, in whichever JVMs they run.
 *
 * @param run    the build's output
 * @param store  the embedded store it built
 * @param map    the folder of the map it wrote
 */
record SampleMapBuild(CommandRun run, Path store, Path map) {

    private static SampleMapBuild built;

    static synchronized SampleMapBuild get() {
        if (built == null) {
            var home = OncePerTestRun.prepare(Path.of("target", "sample-map-build"), dir -> {
                var run = Cli.run("build", SampleDigests.DIRECTORY.toString(), "--db-dir", dir.resolve("db").toString(),
                        "--bolt-port", String.valueOf(FreePort.next()), "--http-port", String.valueOf(FreePort.next()),
                        "--no-progress", "--map", "--map-dir", dir.resolve("built map").toString());
                Files.writeString(dir.resolve("exit-code"), String.valueOf(run.exitCode()));
                Files.writeString(dir.resolve("out.txt"), run.out());
                Files.writeString(dir.resolve("err.txt"), run.err());
            });
            try {
                var run = new CommandRun(Integer.parseInt(Files.readString(home.resolve("exit-code"))),
                        Files.readString(home.resolve("out.txt")), Files.readString(home.resolve("err.txt")));
                built = new SampleMapBuild(run, home.resolve("db"), home.resolve("built map"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return built;
    }
}
