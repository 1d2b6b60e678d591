package io.papergraph.extractor.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.papergraph.extractor.terms.TermScorer.Match;
import io.papergraph.extractor.terms.TermScorer.Prf;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The expected figures were computed by the reference scorer on the same two files:
 * {@code score.py scorer-gold.jsonl scorer-pred.jsonl --json} and {@code --corpus --min-df 1|2 --json}.
 */
class TermScorerTests {

    private static final double EPS = 1e-9;

    private final Map<String, List<String>> gold = GoldEvaluation.goldTerms(GoldEvaluation.read(resource("scorer-gold.jsonl")));
    private final Map<String, List<String>> pred = predictions(resource("scorer-pred.jsonl"));

    @Test
    void documentModeAgreesWithTheReferenceScorer() {
        var exact = TermScorer.documents(gold, pred, Match.EXACT);
        assertEquals(3, exact.documents());
        assertPrf(new Prf(0.6888888889, 0.5555555556, 0.5925925926), exact.at5());
        assertPrf(new Prf(0.6555555556, 0.6388888889, 0.5873015873), exact.at10());
        assertPrf(new Prf(0.6388888889, 0.6388888889, 0.5694444444), exact.all());
        var stem = TermScorer.documents(gold, pred, Match.STEM);
        assertPrf(new Prf(0.9333333333, 0.8333333333, 0.8518518519), stem.at5());
        assertPrf(new Prf(0.8, 0.8333333333, 0.746031746), stem.at10());
        assertPrf(new Prf(0.7878787879, 0.8333333333, 0.7333333333), stem.all());
    }

    @Test
    void corpusModeAgreesWithTheReferenceScorer() {
        var corpus = pred.get("__corpus__");
        var exact = TermScorer.corpus(gold, corpus, 1, Match.EXACT);
        assertEquals(8, exact.goldTerms());
        assertEquals(7, exact.predictions());
        assertEquals(0.5714285714, exact.precisionAt().get(50), EPS);
        assertEquals(0.5, exact.recall(), EPS);
        assertEquals(0.2922619048, exact.averagePrecision(), EPS);
        var stem = TermScorer.corpus(gold, corpus, 1, Match.STEM);
        assertEquals(0.625, stem.recall(), EPS);
        assertEquals(0.4288690476, stem.averagePrecision(), EPS);
        var recurring = TermScorer.corpus(gold, corpus, 2, Match.EXACT);
        assertEquals(1, recurring.goldTerms());
        assertEquals(0.5, recurring.averagePrecision(), EPS);
    }

    @Test
    void stemKeysFoldHyphensAndInflections() {
        assertEquals(TermScorer.key("KV-caches", Match.STEM), TermScorer.key("kv caching", Match.STEM));
        assertEquals("kv-caches", TermScorer.key(" KV\u2011Caches ", Match.EXACT));
        assertEquals("gener", PorterStemmer.stem("generalization"));
        assertEquals("reinforc learn", TermScorer.key("reinforcement learning", Match.STEM));
    }

    private static void assertPrf(Prf expected, Prf actual) {
        assertEquals(expected.precision(), actual.precision(), EPS, "precision");
        assertEquals(expected.recall(), actual.recall(), EPS, "recall");
        assertEquals(expected.f1(), actual.f1(), EPS, "f1");
    }

    private static Path resource(String name) {
        try {
            return Path.of(TermScorerTests.class.getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<String>> predictions(Path file) {
        var mapper = new ObjectMapper();
        var out = new LinkedHashMap<String, List<String>>();
        try {
            for (var line : java.nio.file.Files.readAllLines(file)) {
                var node = mapper.readTree(line);
                var terms = new ArrayList<String>();
                node.get("terms").forEach(t -> terms.add(t.asText()));
                out.put(node.get("id").asText(), terms);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
