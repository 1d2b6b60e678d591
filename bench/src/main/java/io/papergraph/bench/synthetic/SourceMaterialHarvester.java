package io.papergraph.bench.synthetic;

import io.papergraph.bench.synthetic.SourceMaterial.Frame;
import io.papergraph.bench.synthetic.SourceMaterial.TermName;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects {@link SourceMaterial} from digest text. It looks for the fields of the four digest formats line by
 * line and does not need to understand a whole entry: material is only ever recombined, never attributed.
 * Everything is kept in input order, so the material (and the corpus made from it) is the same on every run.
 */
final class SourceMaterialHarvester {

    private static final Pattern BRACKET_TITLE = Pattern.compile("^#{2,3} (?:\\[\\d+] |\\d+\\.)?\\[(.+)]\\(https?://arxiv\\.org/.*$");
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^### \\d+ (.+)$");
    private static final Pattern SYSTEM_NAME_TITLE = Pattern.compile("^([^:\\s]{2,30}): (.{10,})$");
    private static final Pattern AUTHOR_LINE = Pattern.compile("^\\*([^*]+)\\*\\s*$");
    private static final Pattern NAME_TOKEN = Pattern.compile("^\\p{Lu}[\\p{L}'’-]*\\p{L}$");
    private static final Pattern CATEGORY_CODE = Pattern.compile("^[a-z]+(?:-[a-z]+)?(?:\\.[A-Za-z-]+)?$");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern LABEL = Pattern.compile("关键词|总结|摘要|概要|(?i:keywords|summary)");
    private static final Pattern ACRONYM = Pattern.compile("\\(([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\\)");
    private static final Pattern ZH_PAIRING = Pattern.compile("(\\p{IsHan}{2,24})\\s?[（(]([A-Za-z][A-Za-z0-9-]{1,15})[）)]");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final String ZH_STOP_CHARS = "了的和与及在是为种用将对即或把被从向于以其该这此等并而出由中但";
    /** Verbs and adverbs that run into a Chinese name without a break ({@code 通过稀疏自编码器}). */
    private static final List<String> ZH_LEAD_WORDS = List.of("解决", "声称", "通过", "评估", "包含", "提出",
            "采用", "使用", "利用", "引入", "基于", "无法", "有效", "探讨", "研究", "针对", "结合", "作为", "实现",
            "构建", "称为", "名为", "一种", "新型", "新的", "不匹配", "进一步", "同时", "以及", "结果", "表明", "现有",
            "现代", "理解", "分析", "设计", "开发", "支持", "相比", "优于", "超越", "包括", "例如", "如");
    private static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "our", "we", "of", "and", "to", "in",
            "for", "on", "with", "by", "as", "or", "is", "are", "this", "that", "its", "their", "from", "via");

    private final List<String> openings = new ArrayList<>();
    private final List<String> middles = new ArrayList<>();
    private final List<String> closings = new ArrayList<>();
    private final List<Frame> definitionFrames = new ArrayList<>();
    private final List<String> zhSentences = new ArrayList<>();
    private final List<Frame> zhDefinitionFrames = new ArrayList<>();
    private final List<String> tldrs = new ArrayList<>();
    private final List<String> motivations = new ArrayList<>();
    private final List<String> methods = new ArrayList<>();
    private final List<String> results = new ArrayList<>();
    private final List<String> conclusions = new ArrayList<>();
    private final Set<String> zhKeywords = new LinkedHashSet<>();
    private final Set<String> titles = new LinkedHashSet<>();
    private final Set<String> systemNames = new LinkedHashSet<>();
    private final Map<String, String> givenNames = new LinkedHashMap<>();
    private final Map<String, String> familyNames = new LinkedHashMap<>();
    private final Set<String> tags = new LinkedHashSet<>();
    private final Map<String, TermCount> terms = new LinkedHashMap<>();
    private final Map<String, String> zhNamesByAcronym = new LinkedHashMap<>();

    private static final class TermCount {
        final String name;
        final String acronym;
        final int firstSeen;
        int count;

        TermCount(String name, String acronym, int firstSeen) {
            this.name = name;
            this.acronym = acronym;
            this.firstSeen = firstSeen;
        }
    }

    void add(String text) {
        var lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i].strip();
            if (line.startsWith("Abstract: ")) {
                english(line.substring("Abstract: ".length()));
            } else if (line.startsWith("TL;DR: ")) {
                chineseField(tldrs, line.substring("TL;DR: ".length()));
            } else if (line.startsWith("Motivation: ")) {
                chineseField(motivations, line.substring("Motivation: ".length()));
            } else if (line.startsWith("Method: ")) {
                chineseField(methods, line.substring("Method: ".length()));
            } else if (line.startsWith("Result: ")) {
                chineseField(results, line.substring("Result: ".length()));
            } else if (line.startsWith("Conclusion: ")) {
                chineseField(conclusions, line.substring("Conclusion: ".length()));
            } else if (line.startsWith("**abs**:")) {
                chinese(line.substring("**abs**:".length()));
            } else if (line.equals("### 摘要") && i + 1 < lines.length) {
                chinese(lines[i + 1]);
            } else if (line.startsWith("summary:")) {
                summaryWithKeywords(line.substring("summary:".length()));
            } else if (line.startsWith("**keywords**:")) {
                for (var item : line.substring("**keywords**:".length()).split(",")) {
                    var tag = item.strip();
                    if (!tag.isEmpty() && !CATEGORY_CODE.matcher(tag).matches()) {
                        tags.add(tag);
                    }
                }
            } else {
                titleOrAuthors(line);
            }
        }
    }

    private void titleOrAuthors(String line) {
        var bracket = BRACKET_TITLE.matcher(line);
        var numbered = NUMBERED_TITLE.matcher(line);
        String title = bracket.matches() ? bracket.group(1) : numbered.matches() ? numbered.group(1) : null;
        if (title != null) {
            var named = SYSTEM_NAME_TITLE.matcher(title);
            if (named.matches()) {
                systemNames.add(named.group(1));
                titles.add(named.group(2));
            } else {
                titles.add(title);
            }
            return;
        }
        var authors = AUTHOR_LINE.matcher(line);
        if (authors.matches()) {
            for (var author : authors.group(1).split(",")) {
                var tokens = author.strip().split("\\s+");
                if (tokens.length >= 2 && NAME_TOKEN.matcher(tokens[0]).matches()
                        && NAME_TOKEN.matcher(tokens[tokens.length - 1]).matches()) {
                    givenNames.putIfAbsent(tokens[0].toLowerCase(Locale.ROOT), tokens[0]);
                    familyNames.putIfAbsent(tokens[tokens.length - 1].toLowerCase(Locale.ROOT), tokens[tokens.length - 1]);
                }
            }
        }
    }

    private void english(String abstractText) {
        var sentences = new ArrayList<String>();
        var breaker = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        breaker.setText(abstractText);
        for (int start = breaker.first(), end = breaker.next(); end != BreakIterator.DONE; start = end, end = breaker.next()) {
            sentences.add(abstractText.substring(start, end).strip());
        }
        for (int i = 0; i < sentences.size(); i++) {
            var sentence = sentences.get(i);
            if (!usable(sentence)) {
                continue;
            }
            var frame = englishDefinition(sentence);
            if (frame != null) {
                definitionFrames.add(frame);
            } else if (i == 0) {
                openings.add(sentence);
            } else if (i == sentences.size() - 1) {
                closings.add(sentence);
            } else {
                middles.add(sentence);
            }
        }
    }

    private static boolean usable(String sentence) {
        return sentence.length() >= 40 && sentence.length() <= 400 && Character.isUpperCase(sentence.charAt(0))
                && sentence.endsWith(".") && !sentence.contains("http") && !sentence.contains("github");
    }

    /** Finds the first acronym definition in a sentence, records the term and returns the frame around it. */
    private Frame englishDefinition(String sentence) {
        Matcher acronyms = ACRONYM.matcher(sentence);
        while (acronyms.find()) {
            var acronym = acronyms.group(1);
            var letters = acronym.chars().filter(Character::isUpperCase).collect(StringBuilder::new,
                    StringBuilder::appendCodePoint, StringBuilder::append).toString();
            if (letters.length() < 2 || acronym.length() > 12 || acronyms.start() == 0
                    || sentence.charAt(acronyms.start() - 1) != ' ') {
                continue;
            }
            int longFormStart = longFormStart(sentence, acronyms.start() - 1, letters);
            if (longFormStart < 0) {
                continue;
            }
            var name = sentence.substring(longFormStart, acronyms.start() - 1);
            var key = name.toLowerCase(Locale.ROOT) + "\u0000" + acronym;
            terms.computeIfAbsent(key, k -> new TermCount(name, acronym, terms.size())).count++;
            return new Frame(sentence.substring(0, longFormStart), sentence.substring(acronyms.end()));
        }
        return null;
    }

    /**
     * Where the long form of an acronym starts: the fewest words before the parenthesis whose first letter is the
     * acronym's first letter and whose letters hold the acronym's capitals in order (after Schwartz and Hearst).
     */
    private static int longFormStart(String sentence, int end, String letters) {
        int start = end;
        for (int words = 1; words <= Math.min(8, letters.length() + 2); words++) {
            int space = sentence.lastIndexOf(' ', start == end ? end - 1 : start - 2);
            int wordStart = space + 1;
            var word = sentence.substring(wordStart, start == end ? end : start - 1);
            if (word.isEmpty() || !word.matches("[\\p{L}0-9][\\p{L}0-9'’-]*")) {
                return -1;
            }
            start = wordStart;
            var candidate = sentence.substring(start, end);
            if (!STOP_WORDS.contains(word.toLowerCase(Locale.ROOT))
                    && Character.toUpperCase(word.charAt(0)) == letters.charAt(0)
                    && holdsInOrder(candidate.toUpperCase(Locale.ROOT), letters)
                    && !candidate.equalsIgnoreCase(letters)) {
                return start;
            }
            if (space < 0) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean holdsInOrder(String text, String letters) {
        int at = 0;
        for (int i = 0; i < letters.length(); i++) {
            at = text.indexOf(letters.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    private void chineseField(List<String> pool, String text) {
        var value = text.strip();
        if (HAN.matcher(value).find() && value.length() >= 10) {
            pool.add(value);
            chinese(value);
        }
    }

    private void summaryWithKeywords(String text) {
        var bold = BOLD.matcher(text);
        int lastBoldEnd = -1;
        while (bold.find()) {
            lastBoldEnd = bold.end();
            var span = bold.group(1);
            if (LABEL.matcher(span).find()) {
                continue;
            }
            for (var item : span.split("[,，、]")) {
                var keyword = item.strip();
                if (keyword.length() >= 2 && keyword.length() <= 30 && HAN.matcher(keyword).find()) {
                    zhKeywords.add(keyword);
                }
            }
        }
        chinese(lastBoldEnd < 0 ? text : text.substring(lastBoldEnd).replaceFirst("^[：:\\s]+", ""));
    }

    private void chinese(String text) {
        for (var piece : text.strip().split("(?<=。)")) {
            var sentence = piece.strip();
            if (sentence.length() < 12 || sentence.length() > 300 || !sentence.endsWith("。")
                    || !HAN.matcher(sentence).find() || sentence.contains("**")) {
                continue;
            }
            var frame = chineseDefinition(sentence);
            if (frame != null) {
                zhDefinitionFrames.add(frame);
            } else {
                zhSentences.add(sentence);
            }
        }
    }

    private Frame chineseDefinition(String sentence) {
        var pairing = ZH_PAIRING.matcher(sentence);
        if (!pairing.find()) {
            return null;
        }
        var run = pairing.group(1);
        int cut = 0;
        for (int i = 0; i < run.length(); i++) {
            if (ZH_STOP_CHARS.indexOf(run.charAt(i)) >= 0) {
                cut = i + 1;
            }
        }
        var nameZh = run.substring(cut);
        for (boolean trimmed = true; trimmed; ) {
            trimmed = false;
            for (var lead : ZH_LEAD_WORDS) {
                if (nameZh.startsWith(lead) && nameZh.length() > lead.length() + 1) {
                    nameZh = nameZh.substring(lead.length());
                    trimmed = true;
                }
            }
        }
        if (nameZh.length() < 2 || nameZh.length() > 12) {
            return null;
        }
        var acronym = pairing.group(2);
        // The shortest Chinese name seen for an acronym is the least likely to carry words of the sentence.
        zhNamesByAcronym.merge(acronym, nameZh, (old, candidate) -> candidate.length() < old.length() ? candidate : old);
        zhKeywords.add(nameZh + " (" + acronym + ")");
        int start = pairing.end(1) - nameZh.length();
        return new Frame(sentence.substring(0, start), sentence.substring(pairing.end()));
    }

    SourceMaterial material(String sourceName, String sha256) {
        var ranked = new ArrayList<>(terms.values());
        ranked.sort(Comparator.comparingInt((TermCount t) -> -t.count).thenComparingInt(t -> t.firstSeen));
        var termNames = new ArrayList<TermName>();
        var seenAcronyms = new LinkedHashSet<String>();
        for (var term : ranked) {
            if (seenAcronyms.add(term.acronym)) {
                var zh = zhNamesByAcronym.get(term.acronym);
                if (zh == null && term.acronym.endsWith("s")) {
                    zh = zhNamesByAcronym.get(term.acronym.substring(0, term.acronym.length() - 1));
                }
                termNames.add(new TermName(term.name, term.acronym, zh));
            }
        }
        return new SourceMaterial(sourceName, sha256, openings, middles, closings, definitionFrames, zhSentences,
                zhDefinitionFrames, tldrs, motivations, methods, results, conclusions, List.copyOf(zhKeywords),
                List.copyOf(titles), List.copyOf(systemNames), List.copyOf(givenNames.values()),
                List.copyOf(familyNames.values()), List.copyOf(tags), termNames);
    }
}
