package io.papergraph.extractor.terms;

import static io.papergraph.extractor.terms.DefaultTermExtractor.ACRONYM;
import static io.papergraph.extractor.terms.DefaultTermExtractor.ACRONYM_PLURAL;
import static io.papergraph.extractor.terms.DefaultTermExtractor.SPACES;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a tagged sentence as the analysis reads them ({@link Unit}): hyphenated compounds joined, keys
 * lemmatised, each word a noun, an adjective, a gerund or something else, with the corrections the tagger needs on
 * Title Case runs and on gerunds that end a noun phrase.
 */
final class WordUnits {

    private WordUnits() {
    }

    enum Kind { NOUN, ADJ, VBG, OTHER }

    /** A word for term purposes: one token, or a hyphenated compound ("retrieval-augmented", "GPT-4"). */
    record Unit(String key, Kind kind, int begin, int end, String surface) {
    }

    static List<Unit> units(List<CoreLabel> tokens, String text) {
        var units = new ArrayList<Unit>(tokens.size());
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 2 < n && "HYPH".equals(tokens.get(j + 1).tag())
                    && tokens.get(j).endPosition() == tokens.get(j + 1).beginPosition()
                    && tokens.get(j + 1).endPosition() == tokens.get(j + 2).beginPosition()
                    && Character.isLetterOrDigit(tokens.get(j + 2).word().charAt(0))) {
                j += 2;
            }
            var unit = unit(tokens.subList(i, j + 1), text);
            if (i == j && i > 0 && "VBN".equals(tokens.get(i).tag()) && AUXILIARY_LEMMAS.contains(tokens.get(i - 1).lemma())) {
                // "have shown promise", "has attracted attention": a verb of the clause, not a modifier of a term
                unit = new Unit(unit.key(), Kind.OTHER, unit.begin(), unit.end(), unit.surface());
            }
            units.add(unit);
            i = j + 1;
        }
        return units;
    }

    /** Lemmas of the auxiliaries after which a past participle is a verb ("has shown", "been used"). */
    private static final Set<String> AUXILIARY_LEMMAS = Set.of("have", "be");

    private static Unit unit(List<CoreLabel> parts, String text) {
        int begin = parts.get(0).beginPosition();
        int end = parts.get(parts.size() - 1).endPosition();
        var surface = text.substring(begin, end);
        var key = new StringBuilder();
        boolean letters = false;
        boolean han = false;
        for (int p = 0; p < parts.size(); p += 2) {
            var token = parts.get(p);
            var word = token.word();
            for (int c = 0; c < word.length(); c++) {
                char ch = word.charAt(c);
                letters |= Character.isLetter(ch);
                han |= Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN;
            }
            String k;
            if (ACRONYM_PLURAL.matcher(word).matches()) {
                k = word.substring(0, word.length() - 1);
            } else if (p == parts.size() - 1 && token.tag().equals("NNPS") && !ACRONYM.matcher(word).matches()) {
                k = Morphology.lemmaStatic(word.toLowerCase(Locale.ROOT), "NNS");
            } else if (p == parts.size() - 1 && token.tag().startsWith("NN") && token.lemma() != null
                    && !ACRONYM.matcher(word).matches()) {
                k = token.lemma();
            } else {
                k = word;
            }
            if (key.length() > 0) {
                key.append(' ');
            }
            var lower = k.toLowerCase(Locale.ROOT);
            key.append(lower.indexOf('-') < 0 ? lower : SPACES.matcher(lower.replace('-', ' ').strip()).replaceAll(" "));
        }
        var tag = parts.get(parts.size() - 1).tag();
        Kind kind;
        if (!letters || han) {
            kind = Kind.OTHER;
        } else if (tag.startsWith("NN") || tag.equals("FW")) {
            kind = Kind.NOUN;
        } else if (tag.startsWith("JJ") || tag.equals("VBN")) {
            kind = Kind.ADJ;
        } else if (tag.equals("VBG")) {
            kind = Kind.VBG;
        } else if (tag.equals("CD") && (parts.size() > 1 || ACRONYM.matcher(surface).matches())) {
            kind = Kind.NOUN;
        } else if (tag.equals("CD")) {
            kind = Kind.ADJ;
        } else {
            kind = Kind.OTHER;
        }
        return new Unit(key.toString().strip(), kind, begin, end, surface);
    }

    /**
     * The units of a sentence with the words of its Title Case runs ({@link TrueCase#runs}) that the tagger read as
     * verbs or gerunds made nouns: a run such as "Polar Coordinate Decoupling" or "Supervised Fine-Tuning" is a name,
     * whose words the tagger, misled by the capitals, would cut into "polar" and a lone "Decoupling" ({@code runStarts}:
     * where the capitalised words of the runs begin).
     */
    static List<Unit> nounsInRuns(List<Unit> units, List<CoreLabel> tokens, Set<Integer> runStarts) {
        if (runStarts.isEmpty()) {
            return units;
        }
        var verbTags = new HashMap<Integer, String>();
        for (var t : tokens) {
            if (t.tag().startsWith("VB")) {
                verbTags.put(t.endPosition(), t.tag());
            }
        }
        var out = new ArrayList<Unit>(units.size());
        for (var u : units) {
            var tag = runStarts.contains(u.begin()) ? verbTags.get(u.end()) : null;
            if (tag == null || u.kind() == Kind.NOUN || u.kind() == Kind.ADJ) {
                out.add(u);
                continue;
            }
            var key = u.key();
            if (tag.equals("VBZ") && key.indexOf(' ') < 0) {
                key = Morphology.lemmaStatic(key, "NNS");
            }
            out.add(new Unit(key, Kind.NOUN, u.begin(), u.end(), u.surface()));
        }
        return out;
    }

    /** Tags of the words after which a gerund ends its noun phrase: prepositions, "to", conjunctions, finite verbs. */
    private static final Set<String> PHRASE_END_TAGS = Set.of("IN", "TO", "CC", "VBZ", "VBP", "VBD", "MD");

    /**
     * The units of a sentence with a gerund that ends a noun phrase right after a noun made the phrase's head noun:
     * the tagger reads "learning" in "reinforcement learning for", "reinforcement learning (RL)" or "Reinforcement
     * Learning Improves ..." as a verb, which would leave "reinforcement" a phrase of its own. The phrase ends where
     * punctuation, a preposition other than "of", "to", a conjunction or a finite verb follows; a gerund with an
     * object or an "of" after it ("a benchmark consisting of", "an improvement exceeding 5%") is a verb of the clause.
     */
    static List<Unit> gerundHeads(List<Unit> units, List<CoreLabel> tokens) {
        List<Unit> out = null;
        for (int i = 1; i < units.size(); i++) {
            var u = units.get(i);
            if (u.kind() != Kind.VBG || units.get(i - 1).kind() != Kind.NOUN
                    || i + 1 < units.size() && !endsPhrase(units.get(i + 1), tokens)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(units);
            }
            out.set(i, new Unit(u.key(), Kind.NOUN, u.begin(), u.end(), u.surface()));
        }
        return out == null ? units : out;
    }

    private static boolean endsPhrase(Unit next, List<CoreLabel> tokens) {
        if (next.kind() != Kind.OTHER) {
            return false;
        }
        if (!Character.isLetterOrDigit(next.surface().charAt(0))) {
            return true;
        }
        if (next.key().equals("of")) {
            return false;
        }
        for (var t : tokens) {
            if (t.beginPosition() == next.begin()) {
                return PHRASE_END_TAGS.contains(t.tag());
            }
        }
        return false;
    }
}
