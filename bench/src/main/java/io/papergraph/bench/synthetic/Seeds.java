package io.papergraph.bench.synthetic;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Derives independent random streams from the corpus seed. Each paper, author group and day draws from its
 * own stream, so a paper can be generated again (for a later listing) without keeping it in memory, and the
 * output does not depend on the order in which things are generated. The generator (XoRoShiRo128++) is
 * Commons RNG's, whose sequence for a given seed is fixed across versions and platforms.
 */
final class Seeds {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /** A random stream for one thing ({@code kind} says which family, {@code index} which member). */
    static UniformRandomProvider stream(long seed, long kind, long index) {
        long s0 = mix64(seed + GOLDEN * (kind * 0x100000001B3L + 1));
        long s1 = mix64(s0 ^ mix64(index + GOLDEN));
        long s2 = mix64(s1 + GOLDEN);
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {s1, s2 == 0 ? GOLDEN : s2});
    }

    /** A well-mixed hash of a value (SplitMix64's finaliser). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A number in {@code [0, bound)} derived from a hash, for choices that need no stream. */
    static int pick(long hash, int bound) {
        return (int) Long.remainderUnsigned(mix64(hash), bound);
    }
}
