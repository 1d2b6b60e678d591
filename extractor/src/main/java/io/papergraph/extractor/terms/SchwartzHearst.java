package io.papergraph.extractor.terms;

/**
 * The long-form search of Schwartz &amp; Hearst (2003): every letter and digit of the short form must appear in
 * the long form in order, the first one at the start of a word, scanning from the end.
 */
final class SchwartzHearst {

    private SchwartzHearst() {
    }

    /**
     * Where in {@code text} (the words before the parenthesis) the long form of {@code shortForm} starts,
     * or -1 when there is none.
     */
    static int longFormStart(String shortForm, String text) {
        var sf = shortForm.toLowerCase(java.util.Locale.ROOT);
        var lf = text.toLowerCase(java.util.Locale.ROOT);
        if (sf.endsWith("s") && sf.length() > 2 && Character.isUpperCase(shortForm.charAt(shortForm.length() - 2))) {
            sf = sf.substring(0, sf.length() - 1);
        }
        int s = sf.length() - 1;
        int l = lf.length() - 1;
        while (s >= 0) {
            char c = sf.charAt(s);
            if (!Character.isLetterOrDigit(c)) {
                s--;
                continue;
            }
            while ((l >= 0 && lf.charAt(l) != c) || (s == 0 && l > 0 && Character.isLetterOrDigit(lf.charAt(l - 1)))) {
                l--;
            }
            if (l < 0) {
                return -1;
            }
            l--;
            s--;
        }
        int start = l + 1;
        while (start > 0 && !Character.isWhitespace(lf.charAt(start - 1))) {
            start--;
        }
        return lf.substring(start).strip().length() <= sf.length() ? -1 : start;
    }
}
