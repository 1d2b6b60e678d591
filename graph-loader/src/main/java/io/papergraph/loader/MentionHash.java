package io.papergraph.loader;

import io.papergraph.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A hash of the mentions of one paper (term, count, in title, weight, forms), stored on the paper as
 * {@code mentionsHash}: a load compares it with the hash of the mentions it wants and reads and rewrites the
 * mentions of changed papers only, instead of reading back every mention of the graph.
 */
final class MentionHash {

    /** The hash of a paper without mentions. */
    static final String NONE = of(List.of());

    private MentionHash() {
    }

    /** The hash of mention rows ({@code term}, {@code count}, {@code inTitle}, {@code weight}, {@code forms}) in term order. */
    static String of(Collection<Map<String, Object>> mentions) {
        var text = new StringBuilder();
        for (var m : mentions) {
            text.append(m.get("term")).append('\u0001').append(m.get("count")).append('\u0001').append(m.get("inTitle"))
                    .append('\u0001').append(m.get("weight")).append('\u0001');
            for (Object form : (List<?>) m.get("forms")) {
                text.append(form).append('\u0002');
            }
            text.append('\u0000');
        }
        byte[] digest = Sha256.digest().digest(text.toString().getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
    }
}
