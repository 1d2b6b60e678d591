package io.papergraph.extractor.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Identity keys of tags, beside {@link AuthorKey} for authors: Unicode NFC, trimmed, runs of white space folded to
 * one space, lower case. Two tags with the same key are one {@code Tag} node.
 */
public final class TagKey {

    private TagKey() {
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
