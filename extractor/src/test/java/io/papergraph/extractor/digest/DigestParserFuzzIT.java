package io.papergraph.extractor.digest;

import static io.papergraph.extractor.ParseProperties.FUZZ_INPUT_DEADLINE;
import static io.papergraph.extractor.ParseProperties.assertAccounted;
import static io.papergraph.extractor.ParseProperties.within;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes format detection and each digest parser, the general reader too, on arbitrary text (the bytes decoded as UTF-8, invalid
 * sequences replaced): no exception escapes, each input is parsed within a deadline, and every entry seen is
 * kept as a paper or reported as dropped. Each parser is fuzzed on its own, not only on the inputs that
 * detection hands it, so that text in the other formats reaches it too.
 */
class DigestParserFuzzIT {

    @MethodSource("io.papergraph.extractor.FuzzSeeds#fixtures")
    @FuzzTest(maxDuration = "20s")
    void formatDetection(byte[] input) throws Exception {
        var source = source(input);
        var detected = within(FUZZ_INPUT_DEADLINE, () -> DigestParser.detect(source));
        int best = DigestParser.ALL.stream().mapToInt(p -> p.signature(source)).max().orElseThrow();
        if (best == 0) {
            assertEquals(DigestParser.GENERIC.signature(source) > 0, detected.isPresent(),
                    "no known format matches: the general reader takes the text exactly when it names an arXiv paper");
            if (detected.isPresent()) {
                assertEquals(DigestParser.GENERIC, detected.get());
                parse(DigestParser.GENERIC, source);
            }
            return;
        }
        var parser = detected.orElseThrow();
        assertEquals(best, parser.signature(source), "detected a format that matches less than another");
        assertTrue(best > 0);
        for (var other : DigestParser.ALL.subList(0, DigestParser.ALL.indexOf(parser))) {
            assertTrue(other.signature(source) < best, "ties go to the format listed first");
        }
        parse(parser, source);
    }

    @MethodSource("io.papergraph.extractor.FuzzSeeds#fixtures")
    @FuzzTest(maxDuration = "30s")
    void fieldsParser(byte[] input) throws Exception {
        parse(new FieldsDigestParser(), source(input));
    }

    @MethodSource("io.papergraph.extractor.FuzzSeeds#fixtures")
    @FuzzTest(maxDuration = "30s")
    void categoryTocParser(byte[] input) throws Exception {
        parse(new CategoryTocDigestParser(), source(input));
    }

    @MethodSource("io.papergraph.extractor.FuzzSeeds#fixtures")
    @FuzzTest(maxDuration = "30s")
    void papersForDateParser(byte[] input) throws Exception {
        parse(new PapersForDateDigestParser(), source(input));
    }

    @MethodSource("io.papergraph.extractor.FuzzSeeds#fixtures")
    @FuzzTest(maxDuration = "30s")
    void announcementParser(byte[] input) throws Exception {
        parse(new AnnouncementDigestParser(), source(input));
    }

    @MethodSource("io.papergraph.extractor.FuzzSeeds#fixtures")
    @FuzzTest(maxDuration = "30s")
    void abstractDetailsParser(byte[] input) throws Exception {
        parse(new AbstractDetailsDigestParser(), source(input));
    }

    @MethodSource("io.papergraph.extractor.FuzzSeeds#fixtures")
    @FuzzTest(maxDuration = "30s")
    void genericParser(byte[] input) throws Exception {
        parse(DigestParser.GENERIC, source(input));
    }

    private static DigestSource source(byte[] input) {
        return DigestSource.of("fuzz.md", "fuzz.md", new String(input, StandardCharsets.UTF_8));
    }

    private static void parse(DigestParser parser, DigestSource source) throws Exception {
        var entries = within(FUZZ_INPUT_DEADLINE, () -> parser.parse(source));
        assertAccounted(entries.entries(), entries.papers(), entries.problems(), source.lineCount());
        for (var paper : entries.papers()) {
            assertEquals(parser.format(), paper.listings().get(0).format());
        }
    }
}
