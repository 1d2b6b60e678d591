package io.papergraph.extractor.digest;

import io.papergraph.extractor.model.DigestFormat;
import java.util.ArrayList;
import java.util.regex.Pattern;

/**
 * {@code # DATE-TIME}, then {@code ## [Title](abs link)}, a {@code ### Abstract} section that copies the
 * arXiv announcement ({@code arXiv:ID vN Announce Type: new}, {@code Abstract: ...}) and a
 * {@code ### 摘要} section with the Chinese translation.
 */
final class AnnouncementDigestParser implements DigestParser {

    private static final Pattern HEADER = Pattern.compile("^#\\s+(\\d{4}-\\d{2}-\\d{2})(?:[-T_ ]\\d{1,2}(?:[-:]\\d{2}){0,2})?\\s*$");
    private static final Pattern ENTRY = Pattern.compile("^##\\s+(?:(\\d{1,9})\\s*[.)]\\s*)?(\\[.*)$");
    private static final Pattern BOUNDARY = Pattern.compile("^#{1,2}\\s.*");
    private static final Pattern CHINESE_ABSTRACT = Pattern.compile("^###\\s+摘要\\s*$");
    private static final Pattern SUBSECTION = Pattern.compile("^###\\s+(.*)$");
    private static final Pattern ANNOUNCEMENT = Pattern.compile("^\\s*(arXiv:\\S+)\\s+Announce Type\\s*:\\s*(\\S*)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ABSTRACT = Pattern.compile("^\\s*Abstract\\s*[:：]\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHINESE = Pattern.compile("摘要|中文摘要|Chinese abstract|Chinese|中文", Pattern.CASE_INSENSITIVE);

    @Override
    public DigestFormat format() {
        return DigestFormat.ANNOUNCEMENT;
    }

    @Override
    public int signature(DigestSource source) {
        int score = 0;
        for (var line : source.lines()) {
            if (HEADER.matcher(line).matches() || ANNOUNCEMENT.matcher(line).matches() || CHINESE_ABSTRACT.matcher(line).matches()) {
                score++;
            }
        }
        return score;
    }

    @Override
    public DigestEntries parse(DigestSource source) {
        return Drafts.parseDatedLinkedEntries(source, format(), HEADER, ENTRY, BOUNDARY, AnnouncementDigestParser::readSections);
    }

    private static void readSections(DigestSource source, EntryDraft draft, int from, int to) {
        String section = null;
        var english = new ArrayList<String>();
        int englishLine = 0;
        var chinese = new ArrayList<String>();
        int chineseLine = 0;
        for (int n = from; n < to; n++) {
            var line = source.line(n);
            if (Drafts.SEPARATOR.matcher(line).matches()) {
                break;
            }
            var sub = SUBSECTION.matcher(line);
            if (sub.matches()) {
                var name = sub.group(1).strip();
                section = name.equalsIgnoreCase("abstract") ? "abstract" : CHINESE.matcher(name).matches() ? "chinese" : null;
                continue;
            }
            if ("abstract".equals(section)) {
                var announcement = ANNOUNCEMENT.matcher(line);
                var label = ABSTRACT.matcher(line);
                if (announcement.matches()) {
                    draft.announcedId(announcement.group(1), n);
                    draft.announceType(announcement.group(2));
                } else if (label.matches()) {
                    englishLine = n;
                    english.add(label.group(1));
                } else if (!line.isBlank() || englishLine > 0) {
                    englishLine = englishLine == 0 ? n : englishLine;
                    english.add(line);
                }
            } else if ("chinese".equals(section)) {
                chineseLine = chineseLine == 0 ? n : chineseLine;
                chinese.add(line);
            }
        }
        if (englishLine > 0) {
            draft.englishAbstract(english, englishLine);
        }
        if (chineseLine > 0) {
            draft.zh(ZhField.SUMMARY, chinese, chineseLine);
        }
    }
}
