package io.papergraph.extractor.terms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Scores ranked term predictions against gold terms with the rules of the gold-term scorer {@code score.py}:
 * per document, predictions are de-duplicated under the matching key and cut at 5, 10 and all;
 * P@k divides by the number of predictions kept (at most k), macro averages over gold documents with terms.
 * Corpus mode ranks one list against the distinct gold terms found in at least {@code minDf} documents.
 */
public final class TermScorer {

    /** How a term is compared. */
    public enum Match {
        /** Lower-cased, Unicode dashes unified, whitespace collapsed. */
        EXACT,
        /** Porter-stemmed tokens of letters and digits. */
        STEM
    }

    /** Precision, recall and F1 at one cut-off, each in [0, 1]. */
    public record Prf(double precision, double recall, double f1) {
    }

    /** Document-mode figures: macro averages at 5, 10 and all, over {@code documents} scored documents. */
    public record DocumentScores(int documents, Prf at5, Prf at10, Prf all) {
    }

    /** Corpus-mode figures. */
    public record CorpusScores(int goldTerms, int predictions, Map<Integer, Double> precisionAt, double recall,
            double averagePrecision) {
    }

    private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2212]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ALNUM = Pattern.compile("[a-z0-9]+");

    private TermScorer() {
    }

    public static String key(String term, Match match) {
        var s = DASHES.matcher(term.toLowerCase(Locale.ROOT)).replaceAll("-");
        if (match == Match.EXACT) {
            return WHITESPACE.matcher(s).replaceAll(" ").strip();
        }
        var m = ALNUM.matcher(s);
        var out = new StringBuilder();
        while (m.find()) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(PorterStemmer.stem(m.group()));
        }
        return out.toString();
    }

    private static List<String> dedup(List<String> terms, Match match) {
        var seen = new HashSet<String>();
        var out = new ArrayList<String>();
        for (var t : terms) {
            var k = key(t, match);
            if (!k.isEmpty() && seen.add(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * @param gold gold terms by document id (documents in file order)
     * @param pred ranked predictions by document id; documents missing here count as no predictions
     */
    public static DocumentScores documents(Map<String, List<String>> gold, Map<String, List<String>> pred, Match match) {
        Integer[] ks = {5, 10, null};
        double[][] macro = new double[3][3];
        int docs = 0;
        for (var e : gold.entrySet()) {
            Set<String> g = new HashSet<>(dedup(e.getValue(), match));
            if (g.isEmpty()) {
                continue;
            }
            docs++;
            var p = dedup(pred.getOrDefault(e.getKey(), List.of()), match);
            for (int i = 0; i < ks.length; i++) {
                var top = ks[i] == null ? p : p.subList(0, Math.min(ks[i], p.size()));
                long hits = top.stream().filter(g::contains).count();
                double precision = top.isEmpty() ? 0 : (double) hits / top.size();
                double recall = (double) hits / g.size();
                double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
                macro[i][0] += precision;
                macro[i][1] += recall;
                macro[i][2] += f1;
            }
        }
        var prf = new Prf[3];
        for (int i = 0; i < 3; i++) {
            prf[i] = docs == 0 ? new Prf(0, 0, 0) : new Prf(macro[i][0] / docs, macro[i][1] / docs, macro[i][2] / docs);
        }
        return new DocumentScores(docs, prf[0], prf[1], prf[2]);
    }

    /** One ranked corpus-level list against the distinct gold terms of at least {@code minDf} documents. */
    public static CorpusScores corpus(Map<String, List<String>> gold, List<String> ranked, int minDf, Match match) {
        var df = new TreeMap<String, Integer>();
        for (var terms : gold.values()) {
            for (var k : new HashSet<>(dedup(terms, match))) {
                df.merge(k, 1, Integer::sum);
            }
        }
        var g = new HashSet<String>();
        df.forEach((k, n) -> {
            if (n >= minDf) {
                g.add(k);
            }
        });
        var p = dedup(ranked, match);
        var precisionAt = new LinkedHashMap<Integer, Double>();
        for (int k : new int[] {50, 100, 200, 500}) {
            var top = p.subList(0, Math.min(k, p.size()));
            precisionAt.put(k, top.isEmpty() ? 0.0 : (double) top.stream().filter(g::contains).count() / top.size());
        }
        int hits = 0;
        double ap = 0;
        for (int i = 0; i < p.size(); i++) {
            if (g.contains(p.get(i))) {
                hits++;
                ap += (double) hits / (i + 1);
            }
        }
        return new CorpusScores(g.size(), p.size(), precisionAt, g.isEmpty() ? 0 : (double) hits / g.size(),
                g.isEmpty() ? 0 : ap / g.size());
    }
}
