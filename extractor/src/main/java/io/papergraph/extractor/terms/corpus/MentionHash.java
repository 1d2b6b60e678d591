package io.papergraph.extractor.terms.corpus;

import io.papergraph.Sha256;
import io.papergraph.extractor.terms.TermMention;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/**
 * A hash of the mentions of one paper (term, count, in title, weight, forms), stored on the paper as
 * {@code mentionsHash}: a load compares it with the hash of the mentions it wants and reads and rewrites the
 * mentions of changed papers only, instead of reading back every mention of the graph.
 */
public final class MentionHash {

    /** The hash of a paper without mentions. */
    public static final String NONE = of(List.of());

    private MentionHash() {
    }

    /** The hash of one paper's mentions in term order. */
    public static String of(Collection<TermMention> mentions) {
        var text = new StringBuilder();
        for (var m : mentions) {
            text.append(m.termKey()).append('\u0001').append(m.count()).append('\u0001').append(m.inTitle())
                    .append('\u0001').append(m.weight()).append('\u0001');
            for (String form : m.forms()) {
                text.append(form).append('\u0002');
            }
            text.append('\u0000');
        }
        byte[] digest = Sha256.digest().digest(text.toString().getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
    }
}
