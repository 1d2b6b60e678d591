package io.papergraph.extractor.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Author names as Papergraph stores them. Digests print only names, so for now the same name is the same
 * author: {@link #of} folds case and spacing ({@code "Min sung Choi"}, {@code "MIN  SUNG CHOI"} and
 * {@code "Minsung Choi"} share one key), while {@link #displayName} keeps the name as printed, only
 * normalised to Unicode NFC with its spacing tidied.
 */
public final class AuthorKey {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u3000]+");

    private AuthorKey() {
    }

    /** The display form: NFC, trimmed, inner runs of spaces reduced to one. */
    public static String displayName(String name) {
        Objects.requireNonNull(name, "name");
        var nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        return SPACES.matcher(nfc).replaceAll(" ").strip();
    }

    /** The identity key: the display form in lower case (root locale) with every space removed. */
    public static String of(String name) {
        var display = displayName(name);
        return SPACES.matcher(display.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
