package io.papergraph.extractor.digest;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A canonical arXiv identifier without version ({@code 2511.05518}, {@code hep-th/9901001}) and the
 * version a link or announcement named, if any. Digests link to the same paper as {@code /abs/ID},
 * {@code /pdf/ID}, {@code /pdf/ID.pdf} or {@code /pdf/IDvN}, over http or https; all of them name one paper.
 */
public record ArxivId(String id, Integer version) {

    private static final String ID = "(\\d{4}\\.\\d{4,5}|[a-zA-Z][a-zA-Z\\-]*(?:\\.[A-Za-z]{2})?/\\d{7})";
    private static final Pattern LINK = Pattern.compile(
            "^<?(?:https?://)?(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf|html|format)/" + ID
                    + "(?:v(\\d{1,9}))?(?:\\.pdf)?/?(?:[?#]\\S*)?>?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXT = Pattern.compile("^(?:arXiv:)?" + ID + "(?:v(\\d{1,9}))?$", Pattern.CASE_INSENSITIVE);
    /**
     * An arXiv abstract or PDF link ({@code link}) or an {@code arXiv:ID} ({@code text}) anywhere in a line; a
     * longer run of digits is none (no id is cut out of it).
     */
    static final Pattern MENTION = Pattern.compile("(?<link>(?:https?://)?(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/"
            + ID + "(?:v\\d{1,9})?(?![0-9])(?:\\.pdf)?)|(?<![A-Za-z0-9])arXiv:\\s?(?<text>" + ID + "(?:v\\d{1,9})?)(?![0-9])",
            Pattern.CASE_INSENSITIVE);

    public ArxivId {
        Objects.requireNonNull(id, "id");
    }

    /** Reads an arXiv abstract or PDF link in any of the forms digests use; empty when it is not one. */
    public static Optional<ArxivId> fromLink(String link) {
        return match(LINK, link == null ? "" : link.strip());
    }

    /** Reads a bare identifier such as {@code arXiv:2506.05508v1} or {@code hep-th/9901001}. */
    public static Optional<ArxivId> fromText(String text) {
        return match(TEXT, text == null ? "" : text.strip());
    }

    private static Optional<ArxivId> match(Pattern pattern, String value) {
        var m = pattern.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        var id = m.group(1);
        // Old-style archive names are lower case; the subject class (math.GT/...) keeps its capitals.
        int slash = id.indexOf('/');
        if (slash > 0) {
            int dot = id.indexOf('.');
            id = dot > 0 && dot < slash
                    ? id.substring(0, dot).toLowerCase(Locale.ROOT) + "." + id.substring(dot + 1, slash).toUpperCase(Locale.ROOT) + id.substring(slash)
                    : id.substring(0, slash).toLowerCase(Locale.ROOT) + id.substring(slash);
        }
        return Optional.of(new ArxivId(id, m.group(2) == null ? null : Integer.valueOf(m.group(2))));
    }

    /** The canonical abstract page. */
    public String url() {
        return "https://arxiv.org/abs/" + id;
    }
}
