package io.papergraph.extractor.digest;

import io.papergraph.extractor.model.AuthorKey;
import io.papergraph.extractor.model.ChineseTexts;
import io.papergraph.extractor.model.DigestFormat;
import io.papergraph.extractor.model.Listing;
import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.model.Problem;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One digest entry while its lines are read. Parsers hand it the raw pieces; it cleans them, records
 * warnings, and finally becomes a {@link Paper} with one listing, or a problem saying why it could not.
 */
final class EntryDraft {

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    /**
     * Separates names and topics. The spaces around are trimmed from each item afterwards: {@code \s*} on both
     * sides of the separator backtracks quadratically on a long run of spaces.
     */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,，;；、]");

    private final DigestSource source;
    private final DigestFormat format;
    private final int line;
    private final Integer rank;
    private final List<Problem> warnings = new ArrayList<>();
    private String titleRaw;
    private String link;
    private int linkLine;
    private ArxivId announcedId;
    private List<String> authors = List.of();
    private final Set<String> categories = new LinkedHashSet<>();
    private String primaryCategory;
    private final Set<String> tags = new LinkedHashSet<>();
    private String abstractText;
    private final Map<ZhField, String> zh = new EnumMap<>(ZhField.class);
    private final Set<String> keywords = new LinkedHashSet<>();
    private String announceType;
    private LocalDate date;

    EntryDraft(DigestSource source, DigestFormat format, int line, Integer rank) {
        this.source = source;
        this.format = format;
        this.line = line;
        this.rank = rank;
    }

    LocalDate date() {
        return date;
    }

    /** The line of the entry's heading. */
    int line() {
        return line;
    }

    void warn(int at, String expected, String found) {
        warnings.add(Problem.of(source.file(), at, Problem.Severity.WARNING, expected, DigestText.excerpt(found)));
    }

    void title(String raw) {
        titleRaw = raw == null ? null : raw.strip();
    }

    void link(String url, int at) {
        link = url == null ? null : url.strip();
        linkLine = at;
    }

    /** The id an announcement line names ({@code arXiv:2506.05508v1}); checked against the link. */
    void announcedId(String text, int at) {
        var id = ArxivId.fromText(text);
        if (id.isEmpty()) {
            warn(at, "expected an arXiv id such as arXiv:2506.05508v1 in the announcement line", text);
        } else {
            announcedId = id.get();
        }
    }

    void announceType(String type) {
        announceType = type == null || type.isBlank() ? null : type.strip();
    }

    /** A byline: names separated by commas (ASCII or full-width) or semicolons. */
    void authors(String byline) {
        var names = new ArrayList<String>();
        for (var name : LIST_SEPARATOR.split(byline)) {
            var display = AuthorKey.displayName(name.strip().replaceAll("^(?:and|&)\\s+", ""));
            if (!display.isEmpty()) {
                names.add(display);
            }
        }
        authors = names;
    }

    void primaryCategory(String code, int at) {
        var value = DigestText.collapse(code);
        if (DigestText.isCategory(value)) {
            primaryCategory = value;
            categories.add(value);
        } else if (!value.isEmpty()) {
            warn(at, "expected an arXiv category code such as cs.LG as the main category", value);
            tags.add(value);
        }
    }

    void category(String code) {
        categories.add(code);
    }

    /** A list of topics: arXiv category codes become categories, anything else becomes a tag. */
    void topics(String list) {
        for (var item : LIST_SEPARATOR.split(list)) {
            var value = DigestText.collapse(item.replace("**", ""));
            if (value.isEmpty()) {
                continue;
            }
            if (DigestText.isCategory(value)) {
                categories.add(value);
            } else {
                tags.add(value);
            }
        }
    }

    void keywords(List<String> values) {
        for (var value : values) {
            var clean = DigestText.collapse(trimMarkup(value.replace("**", "")));
            if (!clean.isEmpty()) {
                keywords.add(clean);
            }
        }
    }

    /**
     * The text without emphasis and code markers ({@code *}, {@code _}, {@code `}) and spaces at either end; by
     * hand, since {@code [*_`\s]+$} backtracks quadratically on a long run of spaces inside the text.
     */
    private static String trimMarkup(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isMarkupOrSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isMarkupOrSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isMarkupOrSpace(char c) {
        return c == '*' || c == '_' || c == '`' || c == ' ' || (c >= '\t' && c <= '\r');
    }

    void date(String value, int at) {
        var m = DATE.matcher(value);
        if (m.find()) {
            try {
                date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return;
            } catch (DateTimeException e) {
                // an impossible date such as 2025-13-40: reported below
            }
        }
        warn(at, "expected a date such as 2025-11-12", value);
    }

    /** An English abstract given as hard-wrapped lines; generator failures are reported, not kept. */
    void englishAbstract(List<String> lines, int at) {
        var text = DigestText.dewrap(lines);
        if (text.isEmpty()) {
            return;
        }
        var failure = DigestText.generatorFailure(text);
        if (failure.isPresent()) {
            warn(at, "expected the abstract, not a generator failure (left out)", failure.get());
        } else {
            abstractText = text;
        }
    }

    /** A Chinese text; generator failures are reported, not kept; the first text given for a field wins. */
    void zh(ZhField field, List<String> lines, int at) {
        var text = DigestText.joinChinese(lines);
        if (text.isEmpty()) {
            return;
        }
        var failure = DigestText.generatorFailure(text);
        if (failure.isPresent()) {
            warn(at, "expected the " + field.label + " text, not a generator failure (left out)", failure.get());
        } else if (zh.putIfAbsent(field, text) != null) {
            warn(at, "expected one " + field.label + " text per entry; kept the first", text);
        }
    }

    boolean hasZh(ZhField field) {
        return zh.containsKey(field);
    }

    /**
     * The finished entry: a paper with one listing, or a problem when the entry has no title or no arXiv
     * link. Warnings go to {@code problems} either way.
     */
    void finish(LocalDate digestDate, List<Paper> papers, List<Problem> problems) {
        var heading = DigestText.excerpt(source.line(line));
        if (titleRaw == null || titleRaw.isEmpty()) {
            problems.addAll(warnings);
            problems.add(Problem.dropped(source.file(), line, "expected a paper title in the entry heading", heading));
            return;
        }
        ArxivId id = null;
        if (link == null || link.isEmpty()) {
            if (announcedId == null) {
                problems.addAll(warnings);
                problems.add(Problem.dropped(source.file(), line,
                        "expected an arXiv link (https://arxiv.org/abs/ID or .../pdf/ID) for the entry", heading));
                return;
            }
            id = announcedId;
        } else {
            var parsed = ArxivId.fromLink(link);
            if (parsed.isEmpty()) {
                problems.addAll(warnings);
                problems.add(Problem.dropped(source.file(), linkLine,
                        "expected an arXiv link (https://arxiv.org/abs/ID or .../pdf/ID)", link));
                return;
            }
            id = parsed.get();
            if (announcedId != null && !announcedId.id().equals(id.id())) {
                warn(line, "expected the announcement to name the linked paper " + id.id() + "; kept the link", announcedId.id());
            }
        }
        Integer version = id.version() != null ? id.version()
                : announcedId != null && announcedId.id().equals(id.id()) ? announcedId.version() : null;
        var zhTexts = new ChineseTexts(zh.get(ZhField.SUMMARY), zh.get(ZhField.TLDR), zh.get(ZhField.MOTIVATION),
                zh.get(ZhField.METHOD), zh.get(ZhField.RESULT), zh.get(ZhField.CONCLUSION), List.copyOf(keywords));
        var listing = new Listing(source.name(), date != null ? date : digestDate, rank, line, format);
        papers.add(new Paper(id.id(), version, DigestText.readableTitle(titleRaw), titleRaw, id.url(), authors,
                List.copyOf(categories), primaryCategory, List.copyOf(tags), abstractText, zhTexts, announceType,
                List.of(listing)));
        problems.addAll(warnings);
    }
}
