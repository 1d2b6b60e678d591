package io.papergraph.bench.synthetic;

import io.papergraph.bench.synthetic.SourceMaterial.TermName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The technical terms of a synthetic corpus, ranked: the sample's acronym-defined terms first (most frequent
 * first), then a long tail of terms recombined from their words ({@code head word + rest of another term}).
 * Papers draw terms by rank with a Zipf distribution, so a few terms recur everywhere and most are rare.
 * Tail terms are computed from their rank, so the vocabulary takes no memory however large it is.
 */
final class TermVocabulary {

    private final List<TermName> sampleTerms;
    private final List<String> heads;
    private final List<String> rests;
    private final int size;

    TermVocabulary(List<TermName> sampleTerms, int wanted) {
        this.sampleTerms = List.copyOf(sampleTerms);
        var headSet = new LinkedHashSet<String>();
        var restSet = new LinkedHashSet<String>();
        for (var term : sampleTerms) {
            int space = term.name().indexOf(' ');
            if (space > 0 && acronymOf(term.name()).length() >= 2) {
                headSet.add(capitalise(term.name().substring(0, space)));
                restSet.add(term.name().substring(space + 1));
            }
        }
        this.heads = new ArrayList<>(headSet);
        this.rests = new ArrayList<>(restSet);
        long capacity = sampleTerms.size() + (long) heads.size() * rests.size();
        this.size = (int) Math.max(1, Math.min(capacity, Math.max(wanted, sampleTerms.size())));
    }

    int size() {
        return size;
    }

    /** The term of a rank ({@code 0 <= rank < size()}). */
    TermName term(int rank) {
        if (rank < sampleTerms.size()) {
            return sampleTerms.get(rank);
        }
        int tail = rank - sampleTerms.size();
        var name = heads.get(tail % heads.size()) + " " + rests.get((tail / heads.size()) % rests.size());
        return new TermName(name, acronymOf(name), null);
    }

    /** The capitals of a term's words and hyphenated parts: {@code Retrieval-Augmented Generation} gives RAG. */
    static String acronymOf(String name) {
        var acronym = new StringBuilder();
        for (var word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isLetterOrDigit(word.charAt(0))) {
                acronym.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return acronym.toString();
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
