package io.papergraph.extractor;

import static io.papergraph.extractor.ParseProperties.FUZZ_INPUT_DEADLINE;
import static io.papergraph.extractor.ParseProperties.assertAccounted;
import static io.papergraph.extractor.ParseProperties.within;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.papergraph.extractor.digest.DigestSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes {@link DigestCorpusReader} on a file holding arbitrary bytes: invalid UTF-8, truncated files,
 * byte order marks and any line endings, through decoding, format detection, parsing and merging.
 */
class DigestCorpusReaderFuzzIT {

    private static final Path FILE = tempFile();

    private final DigestCorpusReader reader = new DigestCorpusReader();

    private static Path tempFile() {
        try {
            var file = Files.createTempFile("papergraph-fuzz-", ".md");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @MethodSource("io.papergraph.extractor.FuzzSeeds#fixtures")
    @FuzzTest(maxDuration = "20s")
    void readFile(byte[] input) throws Exception {
        Files.write(FILE, input);
        int lines = DigestSource.of("", "", new String(input, StandardCharsets.UTF_8)).lineCount();

        var parsed = within(FUZZ_INPUT_DEADLINE, () -> reader.readFile(FILE));
        assertAccounted(parsed, lines);

        var corpus = within(FUZZ_INPUT_DEADLINE, () -> reader.read(List.of(FILE)));
        assertEquals(corpus.entries(), corpus.entriesKept() + corpus.entriesDropped(),
                "entries seen = papers kept + entries reported, after merging");
        assertEquals(parsed.papers().stream().map(p -> p.arxivId()).distinct().count(), corpus.papers().size(),
                "one merged paper per distinct arXiv id");
    }
}
