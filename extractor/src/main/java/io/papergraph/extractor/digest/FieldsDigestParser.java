package io.papergraph.extractor.digest;

import io.papergraph.extractor.model.DigestFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code ### N Title} followed by {@code **link**:}, {@code **date**:}, {@code **keywords**:} and
 * {@code **abs**:} lines. A heading is an entry only when field lines follow it, so headings and look-alike
 * {@code **link**:} lines in the text before and after the entries are not taken for papers. Keywords that
 * are arXiv category codes become categories, the others tags; the {@code abs} text is the Chinese summary
 * (or the English abstract when it is written in English).
 */
final class FieldsDigestParser implements DigestParser {

    private static final Pattern HEADING = Pattern.compile("^#{2,4}\\s+(?:(\\d{1,9})[.)]?\\s+)?(.*)$");
    private static final Pattern FIELD = Pattern.compile("^\\s*(?:[-*]\\s+)?\\*\\*([^*]{1,30}?)\\*\\*\\s*[:：]\\s*(.*)$");
    private static final Pattern LINK_FIELD = Pattern.compile("^\\s*(?:[-*]\\s+)?\\*\\*(?:link|url|pdf)\\*\\*\\s*[:：]\\s*\\S*arxiv\\.org/.*",
            Pattern.CASE_INSENSITIVE);

    @Override
    public DigestFormat format() {
        return DigestFormat.FIELDS;
    }

    @Override
    public int signature(DigestSource source) {
        return (int) source.lines().stream().filter(l -> LINK_FIELD.matcher(l).matches()).count();
    }

    @Override
    public DigestEntries parse(DigestSource source) {
        var headings = new ArrayList<Integer>();
        for (int n = 1; n <= source.lineCount(); n++) {
            if (HEADING.matcher(source.line(n)).matches()) {
                headings.add(n);
            }
        }
        var drafts = new ArrayList<EntryDraft>();
        for (int h = 0; h < headings.size(); h++) {
            int start = headings.get(h);
            int end = h + 1 < headings.size() ? headings.get(h + 1) : source.lineCount() + 1;
            if (!hasFields(source, start + 1, end)) {
                continue;
            }
            var m = HEADING.matcher(source.line(start));
            m.matches();
            var draft = new EntryDraft(source, format(), start, Drafts.rank(m.group(1), drafts.size() + 1));
            draft.title(Drafts.headingText(m.group(2)));
            readFields(source, draft, start + 1, end);
            drafts.add(draft);
        }
        return Drafts.finish(source, null, drafts, List.of());
    }

    private static boolean hasFields(DigestSource source, int from, int to) {
        for (int n = from; n < to; n++) {
            var line = source.line(n);
            if (Drafts.SEPARATOR.matcher(line).matches()) {
                return false;
            }
            if (FIELD.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    private void readFields(DigestSource source, EntryDraft draft, int from, int to) {
        String field = null;
        int fieldLine = 0;
        var value = new ArrayList<String>();
        for (int n = from; n <= to; n++) {
            var line = n < to ? source.line(n) : "";
            var m = FIELD.matcher(line);
            boolean fieldStart = n < to && m.matches();
            boolean separator = Drafts.SEPARATOR.matcher(line).matches();
            if (fieldStart || line.isBlank() || separator) {
                if (field != null) {
                    apply(draft, field, fieldLine, value);
                    field = null;
                    value.clear();
                }
            } else if (field != null) {
                value.add(line);
            }
            if (separator) {
                return;
            }
            if (fieldStart) {
                field = m.group(1).strip().toLowerCase(Locale.ROOT);
                fieldLine = n;
                value.add(m.group(2));
            }
        }
    }

    private static void apply(EntryDraft draft, String field, int line, List<String> value) {
        var text = DigestText.collapse(String.join(" ", value));
        switch (field) {
            case "link", "url", "pdf", "链接" -> draft.link(text, line);
            case "date", "日期" -> {
                if (!text.isEmpty()) {
                    draft.date(text, line);
                }
            }
            case "keywords", "keyword", "tags", "tag", "topics", "关键词" -> draft.topics(text);
            case "categories", "category" -> draft.topics(text);
            case "authors", "author", "作者" -> draft.authors(text);
            case "abs", "abstract", "summary", "摘要" -> {
                if (DigestText.isMostlyChinese(text)) {
                    draft.zh(ZhField.SUMMARY, value, line);
                } else {
                    draft.englishAbstract(value, line);
                }
            }
            case "tldr", "tl;dr" -> draft.zh(ZhField.TLDR, value, line);
            case "title", "标题" -> {
                // the heading already holds the title
            }
            default -> draft.warn(line, "expected one of the fields link, date, keywords, abs (field ignored)",
                    "**" + field + "**: " + text);
        }
    }
}
