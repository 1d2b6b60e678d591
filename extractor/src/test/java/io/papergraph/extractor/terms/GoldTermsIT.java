package io.papergraph.extractor.terms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.terms.TermScorer.Match;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The quality bars on the gold term sets beside the repository ({@code ../shared/eval/}, not part of it):
 * exact match, macro average. Skipped with a message where the files are absent.
 */
class GoldTermsIT {

    private static final Path EVAL = Path.of("..", "..", "shared", "eval");

    private static GoldEvaluation.Predictions predict(Path gold, TermOptions options) {
        Assumptions.assumeTrue(Files.isReadable(gold), () -> "gold file " + gold.toAbsolutePath().normalize()
                + " is absent: the evaluation bars are not checked");
        return GoldEvaluation.predict(Fixtures.EXTRACTOR, GoldEvaluation.read(gold), options);
    }

    @Test
    void aclRdTecF1At10AndCorpusAveragePrecision() {
        var gold = EVAL.resolve("aclrdtec2_all.jsonl");
        var options = TermOptions.defaults();
        var predictions = predict(gold, options);
        var goldTerms = GoldEvaluation.goldTerms(GoldEvaluation.read(gold));
        var documents = TermScorer.documents(goldTerms, predictions.documents(), Match.EXACT);
        var corpus = TermScorer.corpus(goldTerms, predictions.corpus(), 2, Match.EXACT);
        assertTrue(documents.at10().f1() >= 0.40, () -> "ACL RD-TEC F1@10 " + documents.at10().f1());
        assertTrue(corpus.averagePrecision() >= 0.40, () -> "ACL RD-TEC corpus AvP " + corpus.averagePrecision());
    }

    @Test
    void sciercDevF1At10() {
        var gold = EVAL.resolve("scierc_dev.jsonl");
        var predictions = predict(gold, TermOptions.defaults());
        var documents = TermScorer.documents(GoldEvaluation.goldTerms(GoldEvaluation.read(gold)),
                predictions.documents(), Match.EXACT);
        assertTrue(documents.at10().f1() >= 0.38, () -> "SciERC dev F1@10 " + documents.at10().f1());
    }
}
