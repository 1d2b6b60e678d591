package io.papergraph.extractor.terms;

import io.papergraph.extractor.model.ChineseTexts;
import io.papergraph.extractor.model.Paper;
import java.util.List;

/** Small papers for term tests, and one extractor shared by the test classes (the pipeline takes a second to build). */
final class Fixtures {

    static final TermExtractor EXTRACTOR = TermExtractor.create(TermOptions.defaults().withThreads(2));

    private Fixtures() {
    }

    static Paper paper(String id, String title, String abstractText) {
        return new Paper(id, null, title, title, null, null, null, null, null, abstractText, null, null, null);
    }

    static Paper chinesePaper(String id, String title, String summary, List<String> keywords) {
        var zh = new ChineseTexts(summary, null, null, null, null, null, keywords);
        return new Paper(id, null, title, title, null, null, null, null, null, null, zh, null, null);
    }

    static PaperTerms.Candidate candidate(PaperTerms terms, String key) {
        return terms.candidates().stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }

    static Term term(TermIndex index, String key) {
        return index.terms().stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
    }
}
