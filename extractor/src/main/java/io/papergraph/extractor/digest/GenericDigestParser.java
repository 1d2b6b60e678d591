package io.papergraph.extractor.digest;

import io.papergraph.extractor.model.DigestFormat;
import io.papergraph.extractor.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The general reader, for digests of generators Papergraph does not know: any markdown or text that ties a
 * heading, a bold line or a list item (the title) to an arXiv abstract or PDF link or an {@code arXiv:ID}, on
 * the same line or on a line after it. Id, version, title and link are always taken; the byline, abstract,
 * categories and Chinese texts where the markers digests commonly use show them ({@code *Name,Name*},
 * {@code Authors:}, {@code <details>}, {@code Abstract:}, {@code Main category:}, {@code 摘要}). It is tried
 * only when no known layout matches, so its guesses never change how a known digest is read.
 */
final class GenericDigestParser implements DigestParser {

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
    private static final Pattern ITEM = Pattern.compile("^\\s{0,3}(?:[-*+•]|\\d{1,9}[.)])\\s+(.*)$");
    private static final Pattern BOLD = Pattern.compile("^\\s*(?:\\*\\*|__)(?![*_])");
    /** The first bold span of a line. */
    private static final Pattern BOLD_SPAN = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    /** A rank printed before a title: {@code 3. }, {@code [3] }, {@code 3) }, {@code 1.[Title]}. */
    private static final Pattern RANK = Pattern.compile("^\\[?(\\d{1,9})(?:]|[.)])(?:\\s+|(?=\\[))");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\[\\]]*)]\\([^()\\s]*\\)");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*]");
    /** Labelled fields: {@code Abstract: …}, {@code **Authors**: …}, {@code - 摘要：…}. */
    private static final Pattern LABEL = Pattern.compile("^\\s*+(?:[-*+•]\\s++)?(?:\\*\\*|__)?\\s*+(authors?|abstract|summary"
            + "|tl;?dr|main category|primary category|categories|category|subjects?|links?|pdf|arxiv|code|keywords?"
            + "|motivation|methods?|results?|conclusions?|中文摘要|摘要|作者|链接|关键词)\\s*+(?:[:：]\\s*+(?:\\*\\*|__)?"
            + "|(?:\\*\\*|__)\\s*+[:：])\\s*+(.*)$", Pattern.CASE_INSENSITIVE);
    /** Headings that open a field ({@code ### Abstract}, {@code ### 摘要}) rather than name a paper. */
    private static final Pattern LABEL_HEADING = Pattern.compile("^#{1,6}\\s+(abstract|summary|authors?|tl;?dr|links?"
            + "|details|中文摘要|摘要|作者)\\s*+#*+\\s*+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DETAILS_TAG = Pattern.compile("</?details>", Pattern.CASE_INSENSITIVE);
    /** What a link to a paper says instead of its title ({@code [PDF](…)}, {@code [arXiv](…)}). */
    private static final Set<String> LINK_WORDS = Set.of("arxiv", "pdf", "abs", "abstract", "link", "links", "paper",
            "html", "here", "code", "project page", "arxiv link", "arxiv page", "view", "download", "全文", "链接", "论文");
    private static final String ENDS = " \t-–—|:：,;·•*_";
    /** A word, each Chinese character counting as one. */
    private static final Pattern WORD = Pattern.compile("\\p{IsHan}|\\p{L}+");
    private static final int PROSE_WORDS = 5;

    @Override
    public DigestFormat format() {
        return DigestFormat.GENERIC;
    }

    /** The lines that name an arXiv paper; a file with none is not a digest at all. */
    @Override
    public int signature(DigestSource source) {
        int score = 0;
        for (var line : source.lines()) {
            if (ArxivId.MENTION.matcher(line).find()) {
                score++;
            }
        }
        return score;
    }

    private enum Kind { HEADING, BOLD, ITEM }

    /** A line that may title a paper: where, what kind, its printed rank and its title as printed. */
    private record Anchor(int line, Kind kind, String rank, String title) {
    }

    /** An entry while its lines are found: its title line and the line of its arXiv id. */
    private record Found(Anchor anchor, int idLine, String link, ArxivId id) {
    }

    @Override
    public DigestEntries parse(DigestSource source) {
        var found = new ArrayList<Found>();
        var orphans = new ArrayList<Problem>();
        var mentions = new ArrayList<Problem>();
        var available = new ArrayList<Anchor>();
        for (int n = 1; n <= source.lineCount(); n++) {
            var line = source.line(n);
            var anchor = anchor(n, line);
            var mention = ArxivId.MENTION.matcher(line);
            if (!mention.find()) {
                if (anchor != null) {
                    available.add(anchor);
                }
                continue;
            }
            var link = mention.group("link") != null ? mention.group("link") : "arXiv:" + mention.group("text");
            var id = mention.group("link") != null ? ArxivId.fromLink(link) : ArxivId.fromText(mention.group("text"));
            if (id.isEmpty()) {
                continue;
            }
            var current = found.isEmpty() ? null : found.get(found.size() - 1);
            if (anchor != null) {
                found.add(new Found(anchor, n, link, id.get()));
            } else if (current != null && current.id().id().equals(id.get().id())) {
                // another link to the entry's paper (abstract page and PDF)
            } else if (isProse(line)) {
                mentions.add(Problem.of(source.file(), n, Problem.Severity.WARNING, "expected a heading, bold line or list "
                        + "item titling this arXiv paper; a paper named in running text is not read as an entry",
                        DigestText.excerpt(line)));
                continue;
            } else {
                var title = title(available, n, source);
                if (title != null) {
                    found.add(new Found(title, n, link, id.get()));
                } else {
                    orphans.add(Problem.dropped(source.file(), n, "expected a heading, bold line or list item with the "
                            + "title of the paper this arXiv link names, after the previous paper's link", DigestText.excerpt(line)));
                }
            }
            available.clear();
        }
        var drafts = new ArrayList<EntryDraft>();
        for (int i = 0; i < found.size(); i++) {
            var entry = found.get(i);
            int start = entry.anchor().line();
            int end = i + 1 < found.size() ? found.get(i + 1).anchor().line() : source.lineCount() + 1;
            var draft = new EntryDraft(source, format(), start, Drafts.rank(entry.anchor().rank(), drafts.size() + 1));
            draft.title(entry.anchor().title());
            if (entry.link().startsWith("arXiv:")) {
                draft.announcedId(entry.link(), entry.idLine());
            } else {
                draft.link(entry.link(), entry.idLine());
            }
            readBody(source, draft, start + 1, end);
            drafts.add(draft);
        }
        var entries = Drafts.finish(source, null, drafts, mentions);
        if (orphans.isEmpty()) {
            return entries;
        }
        var problems = new ArrayList<>(entries.problems());
        problems.addAll(orphans);
        problems.sort(Comparator.comparingInt(Problem::line));
        return new DigestEntries(entries.date(), entries.entries() + orphans.size(), entries.papers(), problems);
    }

    /**
     * Whether the line is running text that names a paper in passing (five words or more besides its links and
     * label) rather than an entry's link line ({@code [PDF](…) | [Code](…)}, {@code **arXiv**: …}).
     */
    private static boolean isProse(String line) {
        var rest = MARKDOWN_LINK.matcher(ArxivId.MENTION.matcher(line).replaceAll("")).replaceAll("");
        var label = LABEL.matcher(rest);
        if (label.lookingAt()) {
            rest = label.group(2);
        }
        var word = WORD.matcher(rest);
        int words = 0;
        while (words < PROSE_WORDS && word.find()) {
            words++;
        }
        return words >= PROSE_WORDS;
    }

    /**
     * The title line of a link that names no title itself: the nearest candidate since the last link, except that a
     * list item gives way to a heading or bold line before it unless the link is the item's own (right under it,
     * indented or the only item): an abstract's list of contributions is not the title.
     */
    private static Anchor title(List<Anchor> available, int idLine, DigestSource source) {
        if (available.isEmpty()) {
            return null;
        }
        var nearest = available.get(available.size() - 1);
        if (nearest.kind() != Kind.ITEM || ownItem(available, nearest, idLine, source)) {
            return nearest;
        }
        for (int i = available.size() - 1; i >= 0; i--) {
            if (available.get(i).kind() != Kind.ITEM) {
                return available.get(i);
            }
        }
        return nearest;
    }

    private static boolean ownItem(List<Anchor> available, Anchor item, int idLine, DigestSource source) {
        var link = source.line(idLine);
        boolean indented = !link.isEmpty() && Character.isWhitespace(link.charAt(0));
        return adjacent(item.line(), idLine, source)
                && (indented || available.stream().filter(a -> a.kind() == Kind.ITEM).count() == 1);
    }

    /** Whether only blank or indented lines (the item's own continuation) stand between the item and the link. */
    private static boolean adjacent(int item, int idLine, DigestSource source) {
        for (int n = item + 1; n < idLine; n++) {
            var line = source.line(n);
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The line as a possible title: a heading, a bold line or a list item whose text is a title; null otherwise. */
    private static Anchor anchor(int n, String line) {
        if (LABEL.matcher(line).lookingAt() || LABEL_HEADING.matcher(line).matches()) {
            return null;
        }
        Kind kind;
        String text;
        var heading = HEADING.matcher(line);
        var item = ITEM.matcher(line);
        if (heading.matches()) {
            kind = Kind.HEADING;
            text = Drafts.headingText(heading.group(1));
        } else if (BOLD.matcher(line).lookingAt() && !Drafts.SEPARATOR.matcher(line).matches()) {
            kind = Kind.BOLD;
            text = line.strip();
        } else if (item.matches() && !Drafts.SEPARATOR.matcher(line).matches()) {
            kind = Kind.ITEM;
            text = item.group(1);
        } else {
            return null;
        }
        String rank = null;
        var printed = RANK.matcher(text);
        if (printed.lookingAt()) {
            rank = printed.group(1);
            text = text.substring(printed.end());
        }
        var title = titleIn(text);
        return title.isEmpty() || LINK_WORDS.contains(title.toLowerCase(Locale.ROOT)) ? null : new Anchor(n, kind, rank, title);
    }

    /**
     * The title a line's text gives: the text of a markdown link to arXiv, else the first bold span the text starts
     * with, else the text without its arXiv links, other links' targets, emphasis and dangling punctuation.
     */
    private static String titleIn(String text) {
        var mention = ArxivId.MENTION.matcher(text);
        if (mention.find()) {
            var linkText = linkTextBefore(text, mention.start());
            if (linkText != null && !LINK_WORDS.contains(trimEnds(linkText.replace("**", "")).toLowerCase(Locale.ROOT))) {
                return trimEnds(linkText.replace("**", "").replace("__", ""));
            }
        }
        var bold = BOLD_SPAN.matcher(text);
        if (bold.lookingAt() && !LINK_WORDS.contains(trimEnds(bold.group(2)).toLowerCase(Locale.ROOT))) {
            return trimEnds(bold.group(2));
        }
        var s = ArxivId.MENTION.matcher(text).replaceAll("");
        s = MARKDOWN_LINK.matcher(s).replaceAll(m -> LINK_WORDS.contains(trimEnds(m.group(1)).toLowerCase(Locale.ROOT))
                ? "" : Matcher.quoteReplacement(m.group(1)));
        s = EMPTY_BRACKETS.matcher(s.replace("**", "").replace("__", "")).replaceAll("");
        return trimEnds(s);
    }

    /**
     * The text of the markdown link whose target starts at {@code target} ({@code [text](target)}), found by
     * matching brackets back from {@code ](}, so that brackets inside the text stay; null when there is no such link.
     */
    private static String linkTextBefore(String text, int target) {
        int close = target - 2;
        if (close < 0 || text.charAt(close) != ']' || text.charAt(close + 1) != '(') {
            return null;
        }
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ']') {
                depth++;
            } else if (c == '[' && --depth == 0) {
                return text.substring(i + 1, close);
            }
        }
        return null;
    }

    private static String trimEnds(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && ENDS.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ENDS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return DigestText.collapse(text.substring(start, end));
    }

    /** What a field's text becomes. */
    private enum Field { ABSTRACT, CHINESE, TLDR, MOTIVATION, METHOD, RESULT, CONCLUSION }

    /**
     * Reads the markers of the entry's lines {@code from} to {@code to} (exclusive): the first byline or
     * {@code Authors:} line, {@code Main category:} and {@code Categories:}/{@code Subjects:} codes, and fields that
     * run from their label (or {@code <summary>} or label heading) to the next label, heading, link, separator or
     * details tag.
     */
    private static void readBody(DigestSource source, EntryDraft draft, int from, int to) {
        boolean authors = false;
        Field field = null;
        int fieldLine = 0;
        var value = new ArrayList<String>();
        for (int n = from; n <= to; n++) {
            var line = n < to ? source.line(n) : "";
            var label = LABEL.matcher(line);
            var labelHeading = LABEL_HEADING.matcher(line);
            var summary = Drafts.SUMMARY.matcher(line);
            boolean labelled = label.lookingAt();
            boolean opens = labelled || labelHeading.matches() || summary.find();
            boolean closes = n == to || opens || HEADING.matcher(line).matches() || Drafts.SEPARATOR.matcher(line).matches()
                    || DETAILS_TAG.matcher(line).find() || ArxivId.MENTION.matcher(line).find()
                    || (!authors && Drafts.BYLINE.matcher(line).matches());
            if (!closes) {
                if (field != null) {
                    value.add(line);
                }
                continue;
            }
            var tag = DETAILS_TAG.matcher(line);
            if (field != null && !opens && tag.find()) {
                value.add(line.substring(0, tag.start()));
            }
            if (field != null) {
                apply(draft, field, fieldLine, value);
                field = null;
                value.clear();
            }
            String name;
            String rest;
            if (labelled) {
                name = label.group(1);
                rest = label.group(2);
            } else if (labelHeading.matches()) {
                name = labelHeading.group(1);
                rest = "";
            } else if (summary.find(0)) {
                name = Drafts.summaryName(summary.group(1));
                rest = line.substring(summary.end());
            } else {
                var byline = Drafts.BYLINE.matcher(line);
                if (!authors && byline.matches()) {
                    draft.authors(byline.group(1));
                    authors = true;
                }
                continue;
            }
            switch (name.toLowerCase(Locale.ROOT)) {
                case "author", "authors", "作者" -> {
                    if (!authors && !rest.isBlank()) {
                        draft.authors(rest.replace("*", ""));
                        authors = true;
                    }
                }
                case "main category", "primary category" -> draft.primaryCategory(rest.replace("*", ""), n);
                case "categories", "category", "subjects", "subject" -> {
                    for (var code : rest.split("[\\s,;()（）；，]+")) {
                        if (DigestText.isCategory(code)) {
                            draft.category(code.strip());
                        }
                    }
                }
                default -> {
                    field = field(name);
                    if (field != null) {
                        var text = DETAILS_TAG.matcher(rest).replaceAll("");
                        fieldLine = text.isBlank() ? n + 1 : n;
                        value.add(text);
                    }
                }
            }
        }
    }

    private static Field field(String label) {
        return switch (label.toLowerCase(Locale.ROOT)) {
            case "abstract", "summary" -> Field.ABSTRACT;
            case "摘要", "中文摘要" -> Field.CHINESE;
            case "tl;dr", "tldr" -> Field.TLDR;
            case "motivation" -> Field.MOTIVATION;
            case "method", "methods" -> Field.METHOD;
            case "result", "results" -> Field.RESULT;
            case "conclusion", "conclusions" -> Field.CONCLUSION;
            default -> null;
        };
    }

    /**
     * Puts a field's text where its language says: an abstract or {@code 摘要} in Chinese is the Chinese summary, in
     * English the abstract; the generated fields (TL;DR, motivation, method, result, conclusion) are kept when in
     * Chinese, as the category digests write them, and left out otherwise, having no English place in a paper.
     */
    private static void apply(EntryDraft draft, Field field, int line, List<String> lines) {
        var chinese = DigestText.isMostlyChinese(String.join("", lines));
        switch (field) {
            case ABSTRACT, CHINESE -> {
                if (chinese) {
                    draft.zh(ZhField.SUMMARY, lines, line);
                } else {
                    draft.englishAbstract(lines, line);
                }
            }
            case TLDR -> zhIf(chinese, draft, ZhField.TLDR, lines, line);
            case MOTIVATION -> zhIf(chinese, draft, ZhField.MOTIVATION, lines, line);
            case METHOD -> zhIf(chinese, draft, ZhField.METHOD, lines, line);
            case RESULT -> zhIf(chinese, draft, ZhField.RESULT, lines, line);
            case CONCLUSION -> zhIf(chinese, draft, ZhField.CONCLUSION, lines, line);
        }
    }

    private static void zhIf(boolean chinese, EntryDraft draft, ZhField field, List<String> lines, int line) {
        if (chinese) {
            draft.zh(field, lines, line);
        }
    }
}
