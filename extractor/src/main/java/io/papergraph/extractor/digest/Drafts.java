package io.papergraph.extractor.digest;

import io.papergraph.extractor.model.DigestFormat;
import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.model.Problem;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What all parsers do once their entries are drafted, and the line patterns they share. */
final class Drafts {

    static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:-{3,}|\\*{3,}|_{3,})\\s*$");
    static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final Pattern ANY_HEADING = Pattern.compile("^#{1,6}\\s.*");
    /**
     * A {@code <summary>} tag and its text ({@link #summaryName}); bounded, so that a tag left open before a long run
     * of text costs little.
     */
    static final Pattern SUMMARY = Pattern.compile("<summary>(.{0,200}?)</summary>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^<>]{0,20}>");
    /** A byline on a line of its own: names between single asterisks ({@code *Name,Name*}). */
    static final Pattern BYLINE = Pattern.compile("^\\s*\\*([^*\\s][^*]*?)\\*\\s*$");

    private Drafts() {
    }

    /**
     * Turns drafts into papers. The digest's date is the header's, else the date most entries give (the
     * earliest among equally common ones), else the {@linkplain #fallbackDate fallback date} of the file,
     * else null; entries without a date of their own get it.
     */
    static DigestEntries finish(DigestSource source, LocalDate headerDate, List<EntryDraft> drafts, List<Problem> fileProblems) {
        var date = headerDate != null ? headerDate : drafts.stream().map(EntryDraft::date).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream()
                .max(Map.Entry.<LocalDate, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElseGet(() -> fallbackDate(source, drafts.isEmpty() ? source.lineCount() + 1 : drafts.get(0).line()));
        var papers = new ArrayList<Paper>();
        var problems = new ArrayList<>(fileProblems);
        for (var draft : drafts) {
            draft.finish(date, papers, problems);
        }
        problems.sort(Comparator.comparingInt(Problem::line));
        return new DigestEntries(date, drafts.size(), papers, problems);
    }

    /** The name a {@code <summary>} gives its block: its text without tags ({@code <b>}), spaces and a final colon. */
    static String summaryName(String text) {
        var name = TAG.matcher(text).replaceAll("").strip();
        return name.endsWith(":") || name.endsWith("：") ? name.substring(0, name.length() - 1).strip() : name;
    }

    /**
     * A heading's text without its trailing spaces and closing {@code #}s ({@code Title ##}; a {@code #} that
     * ends a word, as in {@code C#}, stays). Done by hand: a pattern such as {@code (.*?)\s*#*\s*$} backtracks
     * cubically on a heading with a long run of spaces inside.
     */
    static String headingText(String text) {
        var s = text.stripTrailing();
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '#') {
            end--;
        }
        if (end < s.length() && (end == 0 || Character.isWhitespace(s.charAt(end - 1)))) {
            s = s.substring(0, end).stripTrailing();
        }
        return s;
    }

    /** Reads the lines {@code from} (inclusive) to {@code to} (exclusive) of an entry's body into its draft. */
    @FunctionalInterface
    interface BodyReader {
        void read(DigestSource source, EntryDraft draft, int from, int to);
    }

    /**
     * Parses a digest of a dated header and entries headed by a markdown link, each running to the next line
     * {@code boundary} matches: the shape the announcement and papers-for-date layouts share.
     */
    static DigestEntries parseDatedLinkedEntries(DigestSource source, DigestFormat format, Pattern header,
            Pattern entry, Pattern boundary, BodyReader body) {
        LocalDate headerDate = null;
        var fileProblems = new ArrayList<Problem>();
        var drafts = new ArrayList<EntryDraft>();
        for (int n = 1; n <= source.lineCount(); n++) {
            var line = source.line(n);
            var headerMatch = header.matcher(line);
            if (headerMatch.matches() && headerDate == null) {
                headerDate = headerDate(source, n, headerMatch.group(1), fileProblems);
                continue;
            }
            var entryMatch = entry.matcher(line);
            if (!entryMatch.matches()) {
                continue;
            }
            int end = entryEnd(source, n, boundary);
            var draft = linkedEntry(source, format, n, entryMatch.group(1), entryMatch.group(2), drafts.size() + 1);
            body.read(source, draft, n + 1, end);
            drafts.add(draft);
            n = end - 1;
        }
        return finish(source, headerDate, drafts, fileProblems);
    }

    /** The line after the entry whose heading is at {@code line}: the next line {@code boundary} matches, or the end. */
    static int entryEnd(DigestSource source, int line, Pattern boundary) {
        int end = line + 1;
        while (end <= source.lineCount() && !boundary.matcher(source.line(end)).matches()) {
            end++;
        }
        return end;
    }

    /**
     * Starts the draft of an entry whose heading is a markdown link ({@code [Title](url)}): rank, title and
     * link, with a warning when the link's closing parenthesis is missing.
     */
    static EntryDraft linkedEntry(DigestSource source, DigestFormat format, int line, String printedRank,
            String linkMarkdown, int position) {
        var draft = new EntryDraft(source, format, line, rank(printedRank, position));
        var link = MarkdownLink.parse(linkMarkdown).orElseThrow();
        draft.title(link.text());
        draft.link(link.url(), line);
        if (!link.closed()) {
            draft.warn(line, "expected a closing parenthesis after the link", source.line(line));
        }
        return draft;
    }

    /** The rank a heading prints, else the entry's position in the digest. */
    static Integer rank(String printed, int position) {
        return printed != null ? Integer.valueOf(printed) : position;
    }

    /** The date in a digest header; a header without a valid date is reported and gives none. */
    /**
     * A date in a file name: {@code 2026-01-06}, {@code 2026_01_06}, {@code 2026.01.06} or {@code 20260106},
     * not touching other letters or digits (so a hash such as {@code 7d4dfe1d692b6f6f} never gives one).
     */
    private static final Pattern NAME_DATE = Pattern.compile(
            "(?<![A-Za-z0-9])(\\d{4})([-_.]?)(\\d{2})\\2(\\d{2})(?![A-Za-z0-9])");

    /**
     * The date of a digest whose text names none in the place its format keeps it: the first valid date in
     * the file name, else the first ISO date ({@code YYYY-MM-DD}) in a heading above the first entry; null
     * when neither has one. Dates implied by the papers' arXiv ids are not used: an id gives only the month.
     */
    static LocalDate fallbackDate(DigestSource source, int firstEntryLine) {
        var m = NAME_DATE.matcher(source.name());
        while (m.find()) {
            var date = date(m.group(1), m.group(3), m.group(4));
            if (date != null) {
                return date;
            }
        }
        for (int n = 1; n < firstEntryLine && n <= source.lineCount(); n++) {
            var line = source.line(n);
            if (!ANY_HEADING.matcher(line).matches()) {
                continue;
            }
            var iso = ISO_DATE.matcher(line);
            while (iso.find()) {
                var text = iso.group();
                var date = date(text.substring(0, 4), text.substring(5, 7), text.substring(8, 10));
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    private static LocalDate date(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < 1991 || y > 2999) {
            return null;
        }
        try {
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    static LocalDate headerDate(DigestSource source, int line, String text, List<Problem> problems) {
        var m = ISO_DATE.matcher(text);
        if (m.find()) {
            try {
                return LocalDate.parse(m.group());
            } catch (DateTimeException e) {
                // an impossible date such as 2025-13-40: reported below
            }
        }
        problems.add(Problem.of(source.file(), line, Problem.Severity.WARNING,
                "expected the digest date as YYYY-MM-DD in the header", DigestText.excerpt(source.line(line))));
        return null;
    }

}
