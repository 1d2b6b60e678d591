package io.papergraph.extractor.terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Title Case, which the part-of-speech tagger misreads: it takes capitalised words for proper nouns or verbs and cuts
 * noun phrases at them, so that lone words such as "Cache" or "Decoupling" become phrases of their own. A title in
 * Title Case ("KV Cache Compression for Long Contexts") is tagged in sentence case instead: its capitalised words lose
 * their capitals, but for acronyms and mixed-case or numbered words ("LoRA", "GPT-4", "Llama-3"), which are not
 * capitalised words here, and the paper's names ({@link Names}). Other text keeps its case, and its Title Case runs
 * ("we propose Polar Coordinate Decoupling (PCD)") are found here so that the analysis reads them as names: lowering
 * their capitals would mislead the tagger the other way ("hugging face", "a digital twin accurately"). Only the case
 * of letters changes, so every offset of a sentence-cased title points at the same word of the original, whose
 * surface forms the candidates keep.
 */
final class TrueCase {

    /** A word: letters and digits, hyphenated or with an apostrophe as one ("Low-Rank", "Mixture-of-Experts"). */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}[\\p{L}\\p{N}]*(?:['’\\-][\\p{L}\\p{N}]+)*(?![\\p{L}\\p{N}])");
    private static final Pattern PART_SEPARATOR = Pattern.compile("['’\\-]");
    /** A part of a word that Title Case writes: a capital and lower-case letters. */
    private static final Pattern CAPITALISED_PART = Pattern.compile("\\p{Lu}\\p{Ll}+");
    private static final Pattern LOWER_CASE_PART = Pattern.compile("\\p{Ll}+");
    /** Lower-case words that Title Case leaves between capitalised ones ("Mixture of Experts", "Learning from Feedback"). */
    private static final Set<String> CONNECTIVES = Set.of("of", "for", "and", "from", "with", "in", "on", "to", "via", "the", "a", "an", "by");
    /** What ends a sentence (or a clause a capital may start): the next word is at a sentence start. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]\\s*[\"'“‘(\\[]*\\s*$");

    /** How a word is written. */
    enum Shape { CAPITALISED, LOWER_CASE, OTHER }

    /** A word of a text at {@code [begin, end)}; {@code initial} when it starts a sentence. */
    record Word(int begin, int end, String text, Shape shape, boolean initial) {

        String key() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The words a paper writes as names: capitalised inside a sentence, outside a Title Case run, more often than in
     * lower case, in its prose texts (lower-case keys). The evidence is the paper's own, as everything the analysis
     * gives depends on the paper alone ({@link TermExtractor}).
     */
    record Names(Set<String> keys) {

        Names {
            keys = Set.copyOf(keys);
        }

        static Names of(List<Text> prose) {
            var capitalised = new HashMap<String, Integer>();
            var lowerCase = new HashMap<String, Integer>();
            for (var text : prose) {
                var words = text.words;
                var inRuns = text.inRuns;
                for (int i = 0; i < words.size(); i++) {
                    var w = words.get(i);
                    if (w.shape() == Shape.LOWER_CASE) {
                        lowerCase.merge(w.key(), 1, Integer::sum);
                    } else if (w.shape() == Shape.CAPITALISED && !w.initial() && !inRuns[i]) {
                        capitalised.merge(w.key(), 1, Integer::sum);
                    }
                }
            }
            var names = new HashSet<String>();
            capitalised.forEach((word, n) -> {
                if (n > lowerCase.getOrDefault(word, 0)) {
                    names.add(word);
                }
            });
            return new Names(names);
        }

        boolean contains(Word word) {
            return keys.contains(word.key());
        }
    }

    /**
     * A text and its words, read once: the checks and rewrites below all work on the same words (and the same Title
     * Case runs), which the analysis of a paper asks for several times per text.
     */
    static final class Text {

        private final String text;
        private final List<Word> words;
        /** Which words are in a Title Case run ({@link TrueCase#inRuns}). */
        private final boolean[] inRuns;

        private Text(String text) {
            this.text = text;
            this.words = TrueCase.words(text);
            this.inRuns = TrueCase.inRuns(text, words, false);
        }

        static Text of(String text) {
            return new Text(text);
        }

        String text() {
            return text;
        }

        /**
         * Whether the text is a title in Title Case: three words or more, of which the capitalised ones are at least
         * as many as the lower-case ones (acronyms and names with digits count for neither: "LoRA for KV Cache
         * Compression" is in Title Case).
         */
        boolean isTitleCase() {
            long capitalised = words.stream().filter(w -> w.shape() == Shape.CAPITALISED).count();
            long lowerCase = words.stream().filter(w -> w.shape() == Shape.LOWER_CASE).count();
            return words.size() >= 3 && capitalised > 0 && capitalised >= lowerCase;
        }

        /** The text (a title in Title Case) in sentence case: every capitalised word but the names goes to lower case. */
        String sentenceCase(Names names) {
            var chars = text.toCharArray();
            for (var w : words) {
                if (w.shape() == Shape.CAPITALISED && !names.contains(w)) {
                    lowerCase(chars, w);
                }
            }
            return new String(chars);
        }

        /** The capitalised words of the text's Title Case runs. */
        List<Word> runs() {
            var out = new ArrayList<Word>();
            for (int i = 0; i < words.size(); i++) {
                if (inRuns[i] && words.get(i).shape() == Shape.CAPITALISED) {
                    out.add(words.get(i));
                }
            }
            return out;
        }

        /**
         * Where the "of"s of the text's Title Case runs begin, runs at a sentence start included ("Mixture of Experts
         * (MoE) models ..."); where all its "of"s begin when {@code titleCase}. The noun before such an "of" is the
         * head of a name ("Mixture of Experts", "Pitfalls of Reinforcement Learning"), not a phrase of its own.
         */
        Set<Integer> namedOfs(boolean titleCase) {
            var fromSentenceStart = titleCase ? null : TrueCase.inRuns(text, words, true);
            var out = new HashSet<Integer>();
            for (int i = 0; i < words.size(); i++) {
                if ((titleCase || fromSentenceStart[i]) && words.get(i).text().equals("of")) {
                    out.add(words.get(i).begin());
                }
            }
            return out;
        }
    }

    private TrueCase() {
    }

    static List<Word> words(String text) {
        var words = new ArrayList<Word>();
        var m = WORD.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            boolean initial = words.isEmpty() || SENTENCE_END.matcher(text.substring(previousEnd, m.start())).find();
            words.add(new Word(m.start(), m.end(), m.group(), shape(m.group()), initial));
            previousEnd = m.end();
        }
        return words;
    }

    /** Capitalised when it starts with a capitalised part and every other part is capitalised or lower-case. */
    static Shape shape(String word) {
        var parts = PART_SEPARATOR.split(word);
        if (LOWER_CASE_PART.matcher(parts[0]).matches()) {
            for (var part : parts) {
                if (!LOWER_CASE_PART.matcher(part).matches()) {
                    return Shape.OTHER;
                }
            }
            return Shape.LOWER_CASE;
        }
        if (!CAPITALISED_PART.matcher(parts[0]).matches()) {
            return Shape.OTHER;
        }
        for (var part : parts) {
            if (!CAPITALISED_PART.matcher(part).matches() && !LOWER_CASE_PART.matcher(part).matches()) {
                return Shape.OTHER;
            }
        }
        return Shape.CAPITALISED;
    }

    /**
     * Which words are in a Title Case run: two capitalised words or more, each next to the other or with connectives
     * between them, separated by white space only. A run starts inside a sentence: the capital of a sentence's first
     * word says nothing ("The Transformer" gives no run, "Large Language Models" one of two words), unless
     * {@code fromSentenceStart}.
     */
    private static boolean[] inRuns(String text, List<Word> words, boolean fromSentenceStart) {
        var in = new boolean[words.size()];
        int i = 0;
        while (i < words.size()) {
            if (words.get(i).shape() != Shape.CAPITALISED || words.get(i).initial() && !fromSentenceStart) {
                i++;
                continue;
            }
            int last = i;
            int capitalised = 1;
            int j = i + 1;
            while (j < words.size() && isBlank(text, words.get(j - 1).end(), words.get(j).begin())) {
                var w = words.get(j);
                if (w.shape() == Shape.CAPITALISED) {
                    last = j;
                    capitalised++;
                } else if (!(w.shape() == Shape.LOWER_CASE && CONNECTIVES.contains(w.text()))) {
                    break;
                }
                j++;
            }
            if (capitalised >= 2) {
                for (int k = i; k <= last; k++) {
                    in[k] = true;
                }
            }
            i = last + 1;
        }
        return in;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int c = from; c < to; c++) {
            if (!Character.isWhitespace(text.charAt(c))) {
                return false;
            }
        }
        return from < to;
    }

    /** Lower-cases the first letter of each capitalised part of a word, in place. */
    private static void lowerCase(char[] chars, Word word) {
        boolean partStart = true;
        for (int c = word.begin(); c < word.end(); c++) {
            char ch = chars[c];
            if (partStart && Character.isUpperCase(ch)) {
                chars[c] = Character.toLowerCase(ch);
            }
            partStart = ch == '-' || ch == '\'' || ch == '’';
        }
    }
}
