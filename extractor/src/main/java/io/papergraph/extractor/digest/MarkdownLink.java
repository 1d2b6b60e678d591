package io.papergraph.extractor.digest;

import java.util.Optional;

/**
 * A heading's {@code [text](url)}, read leniently: the text may hold brackets of its own
 * ({@code [[De|Re]constructing ...](url)}), and a missing closing parenthesis is tolerated ({@code closed}
 * says whether it was there). Without {@code ](} the whole bracketed text is the title and the link is null.
 */
record MarkdownLink(String text, String url, boolean closed) {

    /** Reads {@code s}, which starts with {@code [}; empty when it does not. */
    static Optional<MarkdownLink> parse(String s) {
        var value = s.strip();
        if (!value.startsWith("[")) {
            return Optional.empty();
        }
        int split = value.lastIndexOf("](http");
        if (split < 0) {
            split = value.lastIndexOf("](");
        }
        if (split < 0) {
            int end = value.lastIndexOf(']');
            return Optional.of(new MarkdownLink(value.substring(1, end > 0 ? end : value.length()), null, true));
        }
        var text = value.substring(1, split);
        var rest = value.substring(split + 2);
        int close = rest.indexOf(')');
        var url = close >= 0 ? rest.substring(0, close) : rest.split("\\s", 2)[0];
        return Optional.of(new MarkdownLink(text, url.strip(), close >= 0));
    }
}
