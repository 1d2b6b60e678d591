package io.papergraph.extractor.terms;

import io.papergraph.Resources;
import java.util.Set;
import java.util.TreeSet;

/** The curated word lists of term extraction, read from resource files (one lower-case word a line, {@code #} comments). */
final class Lexicon {

    /** Words stripped from the start of a candidate ("novel", "existing"). */
    static final Set<String> GENERIC_MODIFIERS = read("generic-modifiers.txt");

    /** Generic academic words: a candidate made only of these is no term ("experimental results"). */
    static final Set<String> GENERIC_WORDS = read("generic-words.txt");

    /** Words that join the words of a phrase ("state of the art"). */
    static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "a", "an", "and", "or", "to", "in", "for", "on", "with", "by");

    private Lexicon() {
    }

    static boolean isGeneric(String key) {
        for (var word : key.split(" ")) {
            if (!GENERIC_WORDS.contains(word) && !FUNCTION_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> read(String name) {
        var words = new TreeSet<String>();
        for (var line : Resources.lines(Lexicon.class, name)) {
            line = line.strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                words.add(line.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return Set.copyOf(words);
    }
}
