package io.papergraph.loader;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Identity keys of authors and tags: Unicode NFC, trimmed, runs of white space folded to one space, lower
 * case. Two names with the same key are the same node (for authors: same name = same person, for now).
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
