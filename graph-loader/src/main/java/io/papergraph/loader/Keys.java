package io.papergraph.loader;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Identity keys of tags: Unicode NFC, trimmed, runs of white space folded to one space, lower case. Two tags
 * with the same key are one {@code Tag} node. (Authors use {@link io.papergraph.extractor.model.AuthorKey}.)
 */
public final class Keys {

    private Keys() {
    }

    /** The folded key of a display name. */
    public static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The display form: NFC, trimmed, white space folded, case kept. */
    public static String display(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }
}
