package io.papergraph.extractor.digest;

import io.papergraph.extractor.model.DigestFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A table of contents by arXiv category, then per category {@code ### [N] [Title](abs link)}, the byline in
 * {@code *...*}, {@code Main category:}, {@code TL;DR:} and a {@code <details>} block with Motivation,
 * Method, Result, Conclusion and {@code Abstract:}. Also reads the older layout: {@code TLDR:}, a
 * {@code Task:} field, and the abstract directly under {@code <summary>Abstract</summary>}.
 */
final class CategoryTocDigestParser implements DigestParser {

    private static final Pattern SECTION = Pattern.compile("^#\\s+(\\S+)\\s*(?:\\[\\[Back]].*)?$");
    private static final Pattern ENTRY = Pattern.compile("^###\\s+(?:\\[(\\d{1,9})]\\s*)?(\\[.*)$");
    private static final Pattern MAIN_CATEGORY = Pattern.compile("^\\s*Main category\\s*[:：]\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL = Pattern.compile(
            "^\\s*(TL;DR|TLDR|TL-DR|Task|Motivation|Methods?|Results?|Conclusions?|Abstract)\\s*[:：]\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUMMARY_TAG = Pattern.compile("^\\s*<summary>(.*)</summary>\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DETAILS_END = Pattern.compile("^\\s*</details>\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DETAILS_START = Pattern.compile("^\\s*<details>\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGNATURE = Pattern.compile(
            "^###\\s+\\[\\d+]\\s+\\[.*|^Main category\\s*:.*|^#\\s+Table of Contents\\s*$|^#\\s+\\S+\\s+\\[\\[Back]].*");

    @Override
    public DigestFormat format() {
        return DigestFormat.CATEGORY_TOC;
    }

    @Override
    public int signature(DigestSource source) {
        return (int) source.lines().stream().filter(l -> SIGNATURE.matcher(l).matches()).count();
    }

    @Override
    public DigestEntries parse(DigestSource source) {
        var drafts = new ArrayList<EntryDraft>();
        String section = null;
        for (int n = 1; n <= source.lineCount(); n++) {
            var line = source.line(n);
            var sectionMatch = SECTION.matcher(line);
            if (sectionMatch.matches()) {
                section = DigestText.isCategory(sectionMatch.group(1)) ? sectionMatch.group(1) : null;
                continue;
            }
            var entry = ENTRY.matcher(line);
            if (!entry.matches()) {
                continue;
            }
            int end = Drafts.entryEnd(source, n, Drafts.ANY_HEADING);
            var draft = Drafts.linkedEntry(source, format(), n, entry.group(1), entry.group(2), drafts.size() + 1);
            readBody(source, draft, n + 1, end);
            if (section != null) {
                draft.category(section);
            }
            drafts.add(draft);
            n = end - 1;
        }
        return Drafts.finish(source, null, drafts, List.of());
    }

    private static void readBody(DigestSource source, EntryDraft draft, int from, int to) {
        String label = null;
        int labelLine = 0;
        var value = new ArrayList<String>();
        boolean bylineSeen = false;
        String task = null;
        int taskLine = 0;
        for (int n = from; n <= to; n++) {
            var line = n < to ? source.line(n) : "</details>";
            var labelMatch = LABEL.matcher(line);
            var summaryTag = SUMMARY_TAG.matcher(line);
            var mainCategory = MAIN_CATEGORY.matcher(line);
            var byline = Drafts.BYLINE.matcher(line);
            boolean boundary = labelMatch.matches() || summaryTag.matches() || mainCategory.matches()
                    || DETAILS_END.matcher(line).matches() || DETAILS_START.matcher(line).matches()
                    || (label == null && !bylineSeen && byline.matches());
            if (!boundary) {
                if (label != null) {
                    value.add(line);
                }
                continue;
            }
            if (label != null) {
                if (label.equals("task")) {
                    task = String.join("\n", value);
                    taskLine = labelLine;
                } else {
                    apply(draft, label, labelLine, value);
                }
                label = null;
                value.clear();
            }
            if (labelMatch.matches()) {
                label = labelMatch.group(1).toLowerCase(Locale.ROOT);
                labelLine = n;
                value.add(labelMatch.group(2));
            } else if (summaryTag.matches() && summaryTag.group(1).strip().equalsIgnoreCase("abstract")) {
                label = "abstract";
                labelLine = n + 1;
            } else if (mainCategory.matches()) {
                draft.primaryCategory(mainCategory.group(1), n);
            } else if (byline.matches() && !bylineSeen) {
                draft.authors(byline.group(1));
                bylineSeen = true;
            }
        }
        if (task != null && !draft.hasZh(ZhField.MOTIVATION)) {
            draft.zh(ZhField.MOTIVATION, List.of(task), taskLine);
        }
    }

    private static void apply(EntryDraft draft, String label, int line, List<String> value) {
        switch (label) {
            case "tl;dr", "tldr", "tl-dr" -> draft.zh(ZhField.TLDR, value, line);
            case "motivation" -> draft.zh(ZhField.MOTIVATION, value, line);
            case "method", "methods" -> draft.zh(ZhField.METHOD, value, line);
            case "result", "results" -> draft.zh(ZhField.RESULT, value, line);
            case "conclusion", "conclusions" -> draft.zh(ZhField.CONCLUSION, value, line);
            default -> draft.englishAbstract(value, line);
        }
    }
}
