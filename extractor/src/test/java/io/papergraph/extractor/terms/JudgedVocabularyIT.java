package io.papergraph.extractor.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.DigestCorpusReader;
import io.papergraph.extractor.JsonLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample corpus's vocabulary against its judged strings beside the repository
 * ({@code ../shared/eval/terms-judged/}, not part of it), with the floors this version reaches: a change that lets
 * generic words or fragments back in fails here. Skipped with a message where the labels are absent.
 */
class JudgedVocabularyIT {

    private static final Path JUDGED = Path.of("..", "..", "shared", "eval", "terms-judged");
    private static final List<Integer> TOPS = List.of(50, 100, 200, 500);

    private static List<Term> vocabulary;
    private static JudgedVocabulary judged;

    @BeforeAll
    static void rank() {
        var labels = JUDGED.resolve("sample.tsv");
        Assumptions.assumeTrue(Files.isReadable(labels), () -> "labels " + labels.toAbsolutePath().normalize()
                + " are absent: the vocabulary's floors are not checked");
        judged = JudgedVocabulary.read(labels);
        var papers = new DigestCorpusReader().read(List.of(io.papergraph.extractor.Fixtures.SAMPLE_CORPUS)).papers();
        vocabulary = TermIndex.build(Fixtures.EXTRACTOR.analyzeAll(papers), TermOptions.defaults()).terms();
    }

    @Test
    void theSampleVocabularyKeepsItsFloors() {
        var report = judged.score(vocabulary, TOPS);
        var all = report.slice("all").orElseThrow();
        var top200 = report.slice("top 200").orElseThrow();
        var summary = String.join("\n", report.describe());
        assertTrue(all.share(all.technical()) >= 0.44, summary);
        assertTrue(all.share(all.fragments()) <= 0.04, summary);
        assertTrue(top200.share(top200.technical()) >= 0.34, summary);
        assertTrue(top200.share(top200.fragments()) <= 0.025, summary);
        assertTrue(report.recall() >= 0.83, summary);
    }

    @Test
    void theFiguresAreThoseOfTheReferenceScorer(@TempDir Path dir) throws IOException, InterruptedException {
        var scorer = JUDGED.resolve("score_terms.py");
        Assumptions.assumeTrue(Files.isReadable(scorer), "score_terms.py is absent");
        var terms = dir.resolve("terms.jsonl");
        JsonLines.write(terms, vocabulary);
        Process python;
        try {
            python = new ProcessBuilder("python3", scorer.toString(), terms.toString(), JUDGED.resolve("sample.tsv").toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("python3 is not available to run score_terms.py: " + e.getMessage());
            return;
        }
        var printed = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(python.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, python.exitValue(), printed);
        assertEquals(printed.strip().lines().toList(), judged.score(vocabulary, TOPS).describe());
    }
}
