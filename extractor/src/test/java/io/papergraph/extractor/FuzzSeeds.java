package io.papergraph.extractor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The seed corpus of the fuzz tests: every small digest fixture under {@code src/test/resources/digests}
 * (all formats, their variations and damaged files), as raw bytes. In regression mode each seed is one test
 * case; in fuzzing mode Jazzer starts its mutations from them.
 */
public final class FuzzSeeds {

    private FuzzSeeds() {
    }

    public static Stream<Arguments> fixtures() {
        var root = Fixtures.path("");
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted()
                    .map(file -> Arguments.of(Named.of(root.relativize(file).toString(), bytes(file))))
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
