package io.papergraph.extractor.terms;

import java.util.regex.Pattern;

/**
 * The prose of a text: links, LaTeX and HTML markup and code tokens blanked out, so that their pieces ("https",
 * "github", "textbf", "href", "max_tokens") never become term candidates. Blanking keeps every other character at its
 * offset, which the analysis uses to recover surface forms.
 */
final class ProseText {

    /** Links with a scheme or a www. host, and bare hosts of common top-level domains with or without a path. */
    private static final Pattern LINK = Pattern.compile(
            "(?i)(?<![A-Za-z0-9])(?:(?:https?|ftp)://|www\\.)[^\\s<>()\\[\\]{}\"'，。；）]+"
                    + "|(?<![A-Za-z0-9.-])[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|io|ai|dev|edu|gov|html?)\\b(?:/[^\\s<>()\\[\\]{}\"'，。；）]*)?");
    /**
     * A LaTeX command name ({@code \textbf}, {@code \mathrm}); the text in its braces stays. A tab before "ext" is a
     * {@code \text...} command whose backslash and t a generator decoded as a tab escape.
     */
    private static final Pattern LATEX_COMMAND = Pattern.compile("\\\\[A-Za-z]+\\*?|\text[a-z]*");
    /** An HTML or XML tag, or a character entity. */
    private static final Pattern HTML = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]{0,300})?/?>|&(?:[A-Za-z]{2,8}|#[0-9]{1,6});");
    /** Code tokens: identifiers with an underscore, calls, and file names with a code or data extension. */
    private static final Pattern CODE = Pattern.compile(
            "\\b[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+\\b|\\b[A-Za-z_][A-Za-z0-9_.]*\\(\\)"
                    + "|\\b[\\w-]+\\.(?:py|ipynb|js|ts|java|cpp|rs|go|json|jsonl|yaml|yml|csv|md|txt|sh)\\b");

    private ProseText() {
    }

    /** The text with its links, markup and code tokens replaced by spaces of the same length. */
    static String blankNonProse(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        var chars = text.toCharArray();
        boolean changed = false;
        for (var pattern : new Pattern[] {LINK, HTML, LATEX_COMMAND, CODE}) {
            var m = pattern.matcher(new String(chars));
            while (m.find()) {
                java.util.Arrays.fill(chars, m.start(), m.end(), ' ');
                changed = true;
            }
        }
        return changed ? new String(chars) : text;
    }
}
