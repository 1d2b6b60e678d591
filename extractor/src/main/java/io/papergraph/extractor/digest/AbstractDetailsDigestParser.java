package io.papergraph.extractor.digest;

import io.papergraph.extractor.model.DigestFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The earlier layout of the generator that now writes the category digests (spring 2025):
 * {@code ### [Title](abs link)} with no number, the byline as {@code *Name,Name*} on the next line, and the
 * English abstract in a {@code <details><summary>Abstract</summary> … </details>} block, on one line or many; no
 * categories, no generated fields. Its signature is its unnumbered linked {@code ###} headings: the category layout
 * numbers them, and wins a tie. As the byline and the abstract are all an entry has, a missing one is a warning.
 */
final class AbstractDetailsDigestParser implements DigestParser {

    private static final Pattern ENTRY = Pattern.compile("^###\\s+(\\[.*)$");
    /** An entry heading that is not the category layout's {@code ### [N] [Title](link)}. */
    private static final Pattern UNNUMBERED = Pattern.compile("^###\\s+\\[(?!\\d{1,9}]\\s*\\[)");
    private static final String DETAILS_END = "</details>";
    private static final String EXPECTED_BYLINE = "expected the authors as *Name,Name* on the line after the heading; "
            + "the entry is kept without authors";
    private static final String EXPECTED_ABSTRACT = "expected the abstract as <details><summary>Abstract</summary> … "
            + "</details>; the entry is kept without it";

    @Override
    public DigestFormat format() {
        return DigestFormat.ABSTRACT_DETAILS;
    }

    @Override
    public int signature(DigestSource source) {
        int score = 0;
        for (var line : source.lines()) {
            if (UNNUMBERED.matcher(line).lookingAt() && line.toLowerCase(Locale.ROOT).contains("arxiv.org/")) {
                score++;
            }
        }
        return score;
    }

    @Override
    public DigestEntries parse(DigestSource source) {
        var drafts = new ArrayList<EntryDraft>();
        for (int n = 1; n <= source.lineCount(); n++) {
            var entry = ENTRY.matcher(source.line(n));
            if (!entry.matches()) {
                continue;
            }
            int end = Drafts.entryEnd(source, n, Drafts.ANY_HEADING);
            var draft = Drafts.linkedEntry(source, format(), n, null, entry.group(1), drafts.size() + 1);
            readBody(source, draft, n, end);
            drafts.add(draft);
            n = end - 1;
        }
        return Drafts.finish(source, null, drafts, List.of());
    }

    /** Reads the byline and the abstract of the entry whose heading is at {@code heading}, up to line {@code end}. */
    private static void readBody(DigestSource source, EntryDraft draft, int heading, int end) {
        int first = heading + 1;
        while (first < end && source.line(first).isBlank()) {
            first++;
        }
        var byline = first < end ? Drafts.BYLINE.matcher(source.line(first)) : null;
        if (byline != null && byline.matches()) {
            draft.authors(byline.group(1));
        } else {
            int at = first < end ? first : heading;
            draft.warn(at, EXPECTED_BYLINE, first < end ? source.line(first) : "the end of the entry");
        }
        List<String> text = null;
        int textLine = 0;
        for (int n = first; n < end; n++) {
            var line = source.line(n);
            if (text == null) {
                var summary = Drafts.SUMMARY.matcher(line);
                if (!summary.find() || !Drafts.summaryName(summary.group(1)).equalsIgnoreCase("abstract")) {
                    continue;
                }
                text = new ArrayList<>();
                line = line.substring(summary.end());
                textLine = line.isBlank() && n + 1 < end ? n + 1 : n;
            }
            int close = line.toLowerCase(Locale.ROOT).indexOf(DETAILS_END);
            if (close >= 0) {
                text.add(line.substring(0, close));
                draft.englishAbstract(unindented(text), textLine);
                return;
            }
            text.add(line);
        }
        if (text == null) {
            draft.warn(heading, EXPECTED_ABSTRACT, source.line(heading));
        } else {
            draft.warn(textLine, "expected " + DETAILS_END + " after the abstract; kept the text up to the next entry",
                    textLine < end ? source.line(textLine) : "the end of the entry");
            draft.englishAbstract(unindented(text), textLine);
        }
    }

    /**
     * The lines without the indentation they all share: the block may be indented as a whole, and an indented
     * line would otherwise start a paragraph of its own when the lines are joined.
     */
    private static List<String> unindented(List<String> lines) {
        int common = Integer.MAX_VALUE;
        for (var line : lines) {
            if (!line.isBlank()) {
                common = Math.min(common, line.length() - line.stripLeading().length());
            }
        }
        if (common == 0 || common == Integer.MAX_VALUE) {
            return lines;
        }
        int cut = common;
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(cut)).toList();
    }
}
