package io.papergraph.extractor.digest;

import io.papergraph.extractor.model.DigestFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code # Papers for DATE}, then {@code ## N.[Title](pdf link)} and a {@code summary:} that starts with
 * the keywords. The keywords come in several spellings ({@code **kw**，**kw**}, {@code **kw, kw**},
 * {@code 核心关键词: kw, kw}, {@code **Core Keywords**: ...}); labelled parts of the summary (one-sentence
 * summary, research question, method, results, implications) also fill the TL;DR, motivation, method, result
 * and conclusion texts.
 */
final class PapersForDateDigestParser implements DigestParser {

    private static final Pattern HEADER = Pattern.compile("^#\\s+Papers for\\s+(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTRY = Pattern.compile("^##\\s+(?:(\\d{1,9})\\s*[.)]\\s*)?(\\[.*)$");
    private static final Pattern SUMMARY = Pattern.compile("^\\s*summary\\s*[:：]\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED_ENTRY = Pattern.compile("^##\\s+\\d+\\s*\\.\\s*\\[.*");
    private static final Pattern BOUNDARY = Pattern.compile("^#{1,2}\\s.*");

    private static final String KEYWORDS = "核心关键词|关键词|Core Keywords|Keywords";
    private static final String TLDR = "1-Sentence (?:Core )?(?:Summary|核心总结|核心摘要)|一句话核心(?:总结|摘要|概要)|一句话(?:总结|摘要|概要)";
    private static final String MOTIVATION = "主要研究问题或目标|Main Research Question or Objective|研究问题或目标|研究目标";
    private static final String METHOD = "关键方法论|关键方法|核心方法|Key Methodology";
    private static final String RESULT = "主要结果|主要成果|Primary Results|Key Results";
    private static final String CONCLUSION = "对AI从业者的主要启示|Principal Implications? for AI Practitioners";
    private static final String NAMES = "(" + String.join("|", KEYWORDS, TLDR, MOTIVATION, METHOD, RESULT, CONCLUSION) + ")";
    /**
     * Any other section head, known by its shape rather than its wording: a bold text of at most 80 characters
     * that ends in a colon ({@code **Label**:} or {@code **Label:**}) and opens the summary, a line, follows a gap of two
     * or more spaces or ends a sentence. A bold phrase inside a section ({@code 1) **战略自博弈框架**：}) is text.
     */
    private static final String SECTION_HEAD =
            "(?:^|(?<=\\s\\s|\\n)|(?<=[。！？!?.]))\\*\\*([^*\\n:：]{1,80})(?:\\*\\*\\s*[:：]|[:：]\\*\\*)";
    /**
     * A label is bold ({@code **主要结果**}, colon optional) or followed by a colon. (Written so that no two
     * {@code \s*} can share a run of spaces: that backtracks quadratically.)
     */
    private static final Pattern LABEL = Pattern.compile(
            "\\*\\*\\s*" + NAMES + "\\s*(?:[:：]\\s*)?\\*\\*\\s*[:：]?|(?<![\\p{L}*])" + NAMES + "\\s*[:：]"
                    + "|" + SECTION_HEAD,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_BOLD = Pattern.compile("^\\s*((?:\\*\\*[^*]+\\*\\*\\s*[,，、;；]?\\s*)+)");

    @Override
    public DigestFormat format() {
        return DigestFormat.PAPERS_FOR_DATE;
    }

    @Override
    public int signature(DigestSource source) {
        int score = 0;
        for (var line : source.lines()) {
            if (HEADER.matcher(line).matches() || SUMMARY.matcher(line).matches()
                    || NUMBERED_ENTRY.matcher(line).matches()) {
                score++;
            }
        }
        return score;
    }

    @Override
    public DigestEntries parse(DigestSource source) {
        return Drafts.parseDatedLinkedEntries(source, format(), HEADER, ENTRY, BOUNDARY, PapersForDateDigestParser::readSummary);
    }

    private static void readSummary(DigestSource source, EntryDraft draft, int from, int to) {
        var lines = new ArrayList<String>();
        int summaryLine = 0;
        for (int n = from; n < to; n++) {
            var line = source.line(n);
            if (Drafts.SEPARATOR.matcher(line).matches()) {
                break;
            }
            var m = SUMMARY.matcher(line);
            if (m.matches() && summaryLine == 0) {
                summaryLine = n;
                lines.add(m.group(1));
            } else if (summaryLine > 0 && !line.isBlank()) {
                lines.add(line);
            }
        }
        if (summaryLine > 0) {
            readSummaryText(draft, summaryLine, DigestText.joinChinese(lines));
        }
    }

    /** Splits a summary into its keywords, the summary text and, when labelled, its parts. */
    static void readSummaryText(EntryDraft draft, int line, String text) {
        var labels = new ArrayList<int[]>();
        var kinds = new ArrayList<String>();
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            labels.add(new int[] {m.start(), m.end()});
            kinds.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3).strip());
        }
        var rest = new StringBuilder();
        String keywordText = null;
        if (labels.isEmpty() || labels.get(0)[0] > 0) {
            var lead = text.substring(0, labels.isEmpty() ? text.length() : labels.get(0)[0]);
            var bold = LEADING_BOLD.matcher(lead);
            if (bold.find()) {
                keywordText = bold.group(1);
                lead = lead.substring(bold.end());
            }
            rest.append(lead);
        }
        for (int i = 0; i < labels.size(); i++) {
            int bodyStart = labels.get(i)[1];
            int bodyEnd = i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length();
            var body = text.substring(bodyStart, bodyEnd);
            var kind = kinds.get(i);
            if (kind.matches("(?i)" + KEYWORDS)) {
                if (i + 1 == labels.size()) {
                    // no label follows: the keywords end at the first wide gap
                    var parts = body.strip().split("\\s{2,}", 2);
                    body = parts[0];
                    if (parts.length > 1) {
                        rest.append(' ').append(parts[1]);
                    }
                }
                keywordText = body;
                continue;
            }
            var clean = clean(body);
            // the label itself is structure, not content: only the section's text goes into the summary
            rest.append(' ').append(body);
            field(kind).ifPresent(f -> draft.zh(f, List.of(clean), line));
        }
        if (keywordText != null) {
            // no \s* on both sides of an optional separator: that backtracks quadratically on long runs of spaces
            draft.keywords(List.of(keywordText.split("\\*\\*\\s*(?:[,，、;；]\\s*)?\\*\\*|[,，、;；]")));
        }
        var summary = clean(rest.toString());
        if (!summary.isEmpty()) {
            draft.zh(ZhField.SUMMARY, List.of(summary), line);
        }
    }

    private static String clean(String text) {
        return DigestText.collapse(text.replace("**", "")).replaceAll("^[:：\\s]+", "");
    }

    private static Optional<ZhField> field(String label) {
        if (label.matches("(?i)" + TLDR)) {
            return Optional.of(ZhField.TLDR);
        }
        if (label.matches("(?i)" + MOTIVATION)) {
            return Optional.of(ZhField.MOTIVATION);
        }
        if (label.matches("(?i)" + METHOD)) {
            return Optional.of(ZhField.METHOD);
        }
        if (label.matches("(?i)" + RESULT)) {
            return Optional.of(ZhField.RESULT);
        }
        if (label.matches("(?i)" + CONCLUSION)) {
            return Optional.of(ZhField.CONCLUSION);
        }
        return Optional.empty();
    }
}
