package io.papergraph.extractor.terms;

import io.papergraph.PapergraphException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
        var in = GeneralEnglish.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new PapergraphException("resource " + RESOURCE + " is missing from the classpath");
        }
        var counts = new HashMap<String, Integer>(1 << 17);
        long total = 0;
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.startsWith("# total\t")) {
                    total = Long.parseLong(line.substring("# total\t".length()).strip());
                    continue;
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 1) {
                    throw new PapergraphException(RESOURCE + ":" + number + ": expected word<TAB>count, found \"" + line + "\"");
                }
                counts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
            }
        } catch (IOException | NumberFormatException e) {
            throw new PapergraphException("cannot read resource " + RESOURCE + ": " + e.getMessage(), e);
        }
        if (total <= 0) {
            throw new PapergraphException("resource " + RESOURCE + " has no '# total' line");
        }
        return new GeneralEnglish(Map.copyOf(counts), total);
    }
}
