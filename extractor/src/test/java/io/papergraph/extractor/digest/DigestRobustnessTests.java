package io.papergraph.extractor.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.Fixtures;
import io.papergraph.extractor.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged copies of the sample digests (lines dropped, duplicated, cut in half) must still parse without
 * an exception, and every entry must be accounted for: kept as a paper or reported as dropped.
 */
class DigestRobustnessTests {

    @ParameterizedTest
    @ValueSource(strings = {"000_58d367911e4c672a.txt", "001_7d4dfe1d692b6f6f.txt", "002_1f9b1230fff0d1d4.txt",
        "003_15443def748f1dbe.txt", "004_550b361b9cc0b56f.txt"})
    void damagedDigestsParseAndAccountForEveryEntry(String file) throws IOException {
        var lines = Files.readAllLines(Fixtures.SAMPLE_CORPUS.resolve(file));
        var random = new Random(file.hashCode());
        for (int round = 0; round < 30; round++) {
            var damaged = new ArrayList<String>();
            for (var line : lines) {
                int dice = random.nextInt(40);
                if (dice == 0) {
                    continue;
                }
                if (dice == 1) {
                    damaged.add(line.substring(0, line.length() / 2));
                    continue;
                }
                damaged.add(line);
                if (dice == 2) {
                    damaged.add(line);
                }
            }
            var source = new DigestSource(file, file, damaged);
            var parser = DigestParser.detect(source).orElseThrow();
            var entries = parser.parse(source);
            long dropped = entries.problems().stream().filter(Problem::entryDropped).count();
            assertEquals(entries.entries(), entries.papers().size() + dropped);
            for (var problem : entries.problems()) {
                assertTrue(problem.line() >= 1 && problem.line() <= damaged.size(), problem::describe);
            }
        }
    }
}
