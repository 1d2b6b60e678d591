package io.papergraph.loader;

import io.papergraph.extractor.terms.corpus.TermRanking;
import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.terms.PaperTerms;
import io.papergraph.extractor.terms.Term;
import io.papergraph.extractor.terms.TermIndex;
import io.papergraph.extractor.terms.TermMention;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A small, deterministic, corpus-level term ranking for tests: the terms are the title words (4+ letters,
 * not in a short stop list) that at least two papers share; a mention's weight depends on the whole corpus
 * (inverse document frequency), so loads that add papers must rewrite weights, as the real ranking does.
 * Titles come from the papers the tests know, looked up by the findings' arxiv ids.
 */
public final class FixtureTermRanking implements TermRanking {

    private static final Set<String> STOP = Set.of("with", "from", "that", "this", "their", "into", "towards", "toward",
            "using", "based", "via", "through", "over", "under", "when", "what", "your", "beyond", "across", "more", "less",
            "than", "between", "which", "while", "does", "large", "model", "models");

    private final Map<String, String> titles = new HashMap<>();

    public FixtureTermRanking(Collection<Paper> knownPapers) {
        knownPapers.forEach(p -> titles.put(p.arxivId(), p.title()));
    }

    /** The findings the fixture papers have: just their ids (the ranking looks up their titles). */
    public static List<PaperTerms> findings(Collection<Paper> papers) {
        return papers.stream().map(p -> new PaperTerms(p.arxivId(), null, null, null)).toList();
    }

    static List<String> words(String title) {
        var out = new ArrayList<String>();
        for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
            if (w.length() >= 4 && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    @Override
    public TermIndex rank(Collection<PaperTerms> papers) {
        var counts = new TreeMap<String, Map<String, Integer>>();
        for (PaperTerms p : papers) {
            var perPaper = new TreeMap<String, Integer>();
            for (String w : words(titles.getOrDefault(p.arxivId(), ""))) {
                perPaper.merge(w, 1, Integer::sum);
            }
            counts.put(p.arxivId(), perPaper);
        }
        var df = new TreeMap<String, Integer>();
        counts.values().forEach(m -> m.keySet().forEach(w -> df.merge(w, 1, Integer::sum)));
        var terms = new ArrayList<Term>();
        df.forEach((w, n) -> {
            if (n >= 2) {
                terms.add(new Term(w, w, List.of(), null, List.of(), n, n * Math.log(1 + w.length())));
            }
        });
        int total = counts.size();
        var mentions = new ArrayList<TermMention>();
        counts.forEach((id, perPaper) -> {
            var weights = new TreeMap<String, Double>();
            perPaper.forEach((w, c) -> {
                if (df.get(w) >= 2) {
                    weights.put(w, c * Math.log(1.0 + (double) total / df.get(w)));
                }
            });
            double max = weights.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
            weights.forEach((w, x) -> mentions.add(new TermMention(id, w, perPaper.get(w), true, x / max, List.of(w))));
        });
        return new TermIndex(terms, mentions);
    }
}
