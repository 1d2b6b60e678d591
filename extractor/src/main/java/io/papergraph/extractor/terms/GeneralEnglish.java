package io.papergraph.extractor.terms;

import io.papergraph.PapergraphException;
import io.papergraph.Resources;
import java.util.HashMap;
import java.util.Map;

/**
 * How often words occur in general English: the reference a word's frequency in the papers is held against, so that
 * a word as common everywhere as in research ("information", "questions") is not taken for a term of the field. The
 * counts are SUBTLEX-US (Brysbaert &amp; New 2009), from the resource {@code general-english-frequencies.tsv}.
 */
final class GeneralEnglish {

    private static final String RESOURCE = "general-english-frequencies.tsv";

    private static final GeneralEnglish INSTANCE = read();

    private final Map<String, Integer> counts;
    private final long total;

    private GeneralEnglish(Map<String, Integer> counts, long total) {
        this.counts = counts;
        this.total = total;
    }

    static GeneralEnglish reference() {
        return INSTANCE;
    }

    /** The natural logarithm of a lower-case word's share of general English (half a count when never seen). */
    double logShare(String word) {
        Integer n = counts.get(word);
        return Math.log((n == null ? 0.5 : n) / (double) total);
    }

    private static GeneralEnglish read() {
        var counts = new HashMap<String, Integer>(1 << 17);
        long total = 0;
        var lines = Resources.lines(GeneralEnglish.class, RESOURCE);
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (line.startsWith("# total\t")) {
                try {
                    total = Long.parseLong(line.substring("# total\t".length()).strip());
                } catch (NumberFormatException e) {
                    throw new PapergraphException(RESOURCE + ":" + (i + 1) + ": expected '# total<TAB>count', found \"" + line + "\"");
                }
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            try {
                counts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
            } catch (IndexOutOfBoundsException | NumberFormatException e) {
                throw new PapergraphException(RESOURCE + ":" + (i + 1) + ": expected word<TAB>count, found \"" + line + "\"");
            }
        }
        if (total <= 0) {
            throw new PapergraphException("resource " + RESOURCE + " has no '# total' line");
        }
        return new GeneralEnglish(Map.copyOf(counts), total);
    }
}
