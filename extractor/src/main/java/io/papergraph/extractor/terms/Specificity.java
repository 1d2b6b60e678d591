package io.papergraph.extractor.terms;

/**
 * Whether a kept candidate is specific to the literature rather than a word of general English: contrastive
 * term-hood (Weirdness, Ahmad et al. 1999) of single words against {@link GeneralEnglish}, counting a word's
 * occurrences in all and where it stands alone. A word frequent here only inside longer terms ("language" in "language
 * model", "learning" in "machine learning", "foundation" in "foundation model") is frequent for them: on its own it is
 * no more specific than in general English. A phrase of several words is judged by the ranking's other rules; a word
 * written as an acronym or a name (two capitals or a digit: "LLaMA", "GPT-4") at least half the time is specific
 * whatever its general frequency ("CLIP", "ARM").
 */
final class Specificity {

    /**
     * A single word must be at least e^4.5, about 90, times more frequent among the corpus's candidate words than in
     * general English, in all its occurrences and in those where it stands alone. Below it lie words such as
     * "information", "questions", "control", "risk".
     */
    static final double MIN_WEIRDNESS = 4.5;

    /**
     * The corpus side of the comparison: the occurrences of single-word candidates, in all and standing alone, counted
     * as the papers write them (before the thesaurus, which must not move other words' shares).
     */
    record WordTotals(long all, long alone) {
    }

    private Specificity() {
    }

    /**
     * @param key        the resolved key
     * @param words      its words
     * @param freq       its occurrences in the corpus, inside longer candidates too
     * @param standalone those of them where it is a whole noun phrase
     * @param named      those of them written as an acronym or a name
     * @param totals     occurrences of the corpus's single-word candidates
     */
    static boolean isSpecific(String key, int words, long freq, long standalone, long named, WordTotals totals) {
        if (words > 1 || named * 2 >= freq || freq <= 0 || totals.all() <= 0) {
            return true;
        }
        return standalone > 0 && totals.alone() > 0 && weirdness(key, freq, totals.all()) >= MIN_WEIRDNESS
                && weirdness(key, standalone, totals.alone()) >= MIN_WEIRDNESS;
    }

    /** ln(share of the word among the corpus's single-word occurrences / its share of general English). */
    static double weirdness(String word, long freq, long singleWords) {
        return Math.log(freq / (double) singleWords) - GeneralEnglish.reference().logShare(word);
    }

    /** Whether a surface form is written as an acronym or a name: two capital letters or a digit ("LoRA", "GPT-4"). */
    static boolean isNamedForm(String form) {
        int capitals = 0;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (Character.isDigit(c)) {
                return true;
            }
            if (Character.isUpperCase(c) && ++capitals >= 2) {
                return true;
            }
        }
        return false;
    }
}
