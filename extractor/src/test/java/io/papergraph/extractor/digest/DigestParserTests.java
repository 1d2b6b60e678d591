package io.papergraph.extractor.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.Fixtures;
import io.papergraph.extractor.model.DigestFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DigestParserTests {

    @ParameterizedTest
    @CsvSource({
        "000_58d367911e4c672a.txt, FIELDS",
        "001_7d4dfe1d692b6f6f.txt, CATEGORY_TOC",
        "002_1f9b1230fff0d1d4.txt, PAPERS_FOR_DATE",
        "003_15443def748f1dbe.txt, CATEGORY_TOC",
        "004_550b361b9cc0b56f.txt, ANNOUNCEMENT",
    })
    void detectsTheFormatOfEverySampleDigestFromItsContent(String file, DigestFormat format) throws IOException {
        var text = Files.readString(Fixtures.SAMPLE_CORPUS.resolve(file), StandardCharsets.UTF_8);
        // the name says nothing: only the content decides
        var source = DigestSource.of("digest.md", "digest.md", text);
        assertEquals(format, DigestParser.detect(source).orElseThrow().format());
    }

    @Test
    void textThatIsNoDigestMatchesNoFormat() {
        var source = DigestSource.of("notes.txt", "notes.txt", "# Meeting notes\n\n**link**: see the wiki\n## Agenda\n");
        assertTrue(DigestParser.detect(source).isEmpty());
    }
}
