package io.papergraph.bench.synthetic;

import java.util.List;

/**
 * Author names of a synthetic corpus, computed from an author's number: given and family names of the sample
 * recombined (with a middle initial once the combinations run out), so that distinct numbers always give
 * distinct names, also after folding case and spacing. Takes no memory per author.
 */
final class AuthorPool {

    private static final long SCRAMBLE = 1_000_003L;

    private final List<String> givenNames;
    private final List<String> familyNames;
    private final long combinations;

    AuthorPool(List<String> givenNames, List<String> familyNames) {
        this.givenNames = List.copyOf(givenNames);
        this.familyNames = List.copyOf(familyNames);
        this.combinations = (long) givenNames.size() * familyNames.size();
    }

    String name(long number) {
        long round = number / combinations;
        long within = number % combinations;
        // Spread neighbouring numbers over different family names; SCRAMBLE is a prime above any pool size
        // we build, hence coprime with it, so this is a permutation.
        long slot = combinations % SCRAMBLE == 0 ? within : Math.floorMod(within * SCRAMBLE + round, combinations);
        var given = givenNames.get((int) (slot % givenNames.size()));
        var family = familyNames.get((int) (slot / givenNames.size()));
        return round == 0 ? given + " " + family : given + " " + initials(round - 1) + " " + family;
    }

    /** A, B, ..., Z, A.A., A.B., ...: middle initials that tell the rounds apart. */
    private static String initials(long n) {
        var out = new StringBuilder();
        do {
            out.insert(0, (char) ('A' + n % 26) + ".");
            n = n / 26 - 1;
        } while (n >= 0);
        return out.toString();
    }
}
