package io.papergraph.loader;

import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.loader.write.BatchWriter;
import io.papergraph.loader.write.Cypher;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mark a finished load leaves on each of its digests (content hash and ranking fingerprint): until a load marks
 * its digests, in one transaction at its end, they count as pending, so a load that stops half-way is redone.
 */
final class DigestMarks {

    private DigestMarks() {
    }

    /**
     * Each digest of the graph with the content hash and the ranking fingerprint of the load that finished it, as
     * "hash fingerprint" (null when no load finished it).
     */
    static Map<String, String> read(BatchWriter writer) {
        var out = new HashMap<String, String>();
        writer.read("digests-existing", Map.of(), r -> out.put(r.get("file").asString(),
                r.get("contentHash").isNull() ? null : loadedMark(r.get("contentHash").asString(), r.get("ranking").asString(""))));
        return out;
    }

    /**
     * Whether the digest is in the graph, fully loaded, with the same content and ranked with the given fingerprint (its
     * stored hash and ranking are those of a finished load, see {@link #read}).
     */
    static boolean loadedAsIs(DigestInfo d, Map<String, String> stored, String rankingFingerprint) {
        return loadedMark(d.contentHash(), rankingFingerprint).equals(stored.get(d.file()));
    }

    /**
     * Whether a finished load left the digest with this content: when it is not {@link #loadedAsIs}, only its ranking
     * differs.
     */
    static boolean sameContent(DigestInfo d, Map<String, String> stored) {
        var mark = stored.get(d.file());
        return mark != null && mark.startsWith(loadedMark(d.contentHash(), ""));
    }

    /** Marks the digests loaded, in one transaction: they become loaded together, or none does. */
    static void markLoaded(BatchWriter writer, List<DigestInfo> digests, String rankingFingerprint) {
        writer.runStatement(Cypher.statement("digests-mark-loaded"), Map.of("rows", digests.stream()
                .map(d -> Map.of("file", d.file(), "contentHash", d.contentHash(), "ranking", rankingFingerprint)).toList()));
    }

    /** What a finished load leaves on a digest, as {@link #read} gives it: its content hash and ranking fingerprint. */
    private static String loadedMark(String contentHash, String ranking) {
        return contentHash + ' ' + ranking;
    }
}
