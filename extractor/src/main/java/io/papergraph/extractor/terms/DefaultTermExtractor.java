package io.papergraph.extractor.terms;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.papergraph.Futures;
import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.terms.PaperTerms.AcronymDefinition;
import io.papergraph.extractor.terms.PaperTerms.Candidate;
import io.papergraph.extractor.terms.PaperTerms.ChineseName;
import io.papergraph.extractor.terms.WordUnits.Kind;
import io.papergraph.extractor.terms.WordUnits.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * The CoreNLP-based {@link TermExtractor}: one pipeline (tokenize, ssplit, pos, lemma), shared by all threads.
 * Candidates are noun phrases over part-of-speech tags (adjectives, participles and nouns ending in a noun;
 * hyphenated compounds as one word) and every shorter phrase inside them that ends in a noun, which the
 * corpus-level C-value needs.
 */
final class DefaultTermExtractor implements TermExtractor {

    /** An acronym-like word: at least two capitals among letters and digits ("RAG", "LoRA", "LLMs", "GPT-4"). */
    static final Pattern ACRONYM = Pattern.compile("(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z0-9][A-Za-z0-9\\-]{1,11}");
    /** A plural acronym ("LLMs", "GPT-4s"): its key drops the s. */
    static final Pattern ACRONYM_PLURAL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9\\-]*[A-Z0-9]s");
    private static final Pattern LATIN_SPAN = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[ \\-/'+.]{1,2}[A-Za-z0-9]+)*");
    /** A Chinese name followed by an English gloss in parentheses: {@code 检索增强生成（RAG）}. */
    private static final Pattern ZH_THEN_EN = Pattern.compile("(\\p{IsHan}[\\p{IsHan}·\\-]{0,30}\\p{IsHan})\\s*[（(]\\s*([A-Za-z][^()（）\\p{IsHan}]{0,80}?)\\s*[)）]");
    /** An English term followed by its Chinese name in parentheses, used for keyword entries. */
    private static final Pattern EN_THEN_ZH = Pattern.compile("([A-Za-z][A-Za-z0-9 \\-/'+.]{0,80}?)\\s*[（(]\\s*(\\p{IsHan}[\\p{IsHan}·]{0,30})\\s*[)）]");
    /** An English term in a gloss: one to eight words of letters and digits, joined by spaces or hyphens. */
    private static final Pattern GLOSS_PHRASE = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[ \\-][A-Za-z0-9]+){0,7}");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[\\s\\-]+");
    static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern GLOSS_SEPARATOR = Pattern.compile("\\s*[,，;；:：]\\s*");
    /**
     * Chinese function words and verbs that end the text before a name: in {@code 提出了一种检索增强生成（RAG）}
     * the name is what follows the last of them.
     */
    private static final Pattern ZH_BOUNDARY = Pattern.compile(
            "通过|基于|提出|使用|利用|采用|结合|引入|包括|针对|研究|一种|一个|以及|其中|作为|称为|名为|现有|目前|随着|近期|最近|用于|我们|本文|作者|训练|构建|设计|开发|探讨|探索|分析|评估|改进|实现|需|即|的|了|和|与|及|在|是|对|将|为|从|并|或|等|把|被|由|其|该|这|种|个|中|上|下");

    private final TermOptions options;
    private final StanfordCoreNLP pipeline;

    DefaultTermExtractor(TermOptions options) {
        this.options = options;
        this.pipeline = CoreNlp.pipeline();
    }

    @Override
    public List<String> englishTexts(Paper paper) {
        var texts = new ArrayList<String>();
        texts.add(paper.title());
        if (paper.abstractText() != null && !paper.abstractText().isBlank()) {
            texts.add(paper.abstractText());
        }
        var spans = latinSpans(paper);
        if (!spans.isEmpty()) {
            texts.add(String.join(" ;\n", spans));
        }
        return texts;
    }

    @Override
    public List<PaperTerms> analyzeAll(List<Paper> papers) {
        if (options.threads() == 1 || papers.size() < 2) {
            return papers.stream().map(this::analyze).toList();
        }
        var pool = Executors.newFixedThreadPool(options.threads(), r -> {
            var t = new Thread(r, "papergraph-terms");
            t.setDaemon(true);
            return t;
        });
        try {
            var futures = new ArrayList<Future<PaperTerms>>(papers.size());
            for (var paper : papers) {
                futures.add(pool.submit(() -> analyze(paper)));
            }
            var results = new ArrayList<PaperTerms>(papers.size());
            for (var f : futures) {
                results.add(Futures.await(f, "extracting terms"));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public PaperTerms analyze(Paper paper) {
        var prose = new ArrayList<String>(2);
        if (paper.abstractText() != null && !paper.abstractText().isBlank()) {
            prose.add(ProseText.blankNonProse(paper.abstractText()));
        }
        var spans = latinSpans(paper);
        if (!spans.isEmpty()) {
            prose.add(String.join(" ;\n", spans));
        }
        var proseTexts = prose.stream().map(TrueCase.Text::of).toList();
        var analysis = new Analysis(TrueCase.Names.of(proseTexts));
        analysis.text(TrueCase.Text.of(ProseText.blankNonProse(paper.title())), true);
        for (var text : proseTexts) {
            analysis.text(text, false);
        }
        for (var zh : chineseTexts(paper)) {
            analysis.chineseNames(zh, false);
        }
        for (var keyword : paper.zh().keywords()) {
            analysis.chineseNames(keyword.replace("*", "").strip(), true);
        }
        return analysis.result(paper.arxivId());
    }

    private static List<String> chineseTexts(Paper paper) {
        var zh = paper.zh();
        var texts = new ArrayList<String>();
        for (var t : new String[] {zh.summary(), zh.tldr(), zh.motivation(), zh.method(), zh.result(), zh.conclusion()}) {
            if (t != null && !t.isBlank()) {
                texts.add(t);
            }
        }
        return texts;
    }

    /** The English words embedded in the Chinese texts and keywords, in order of appearance. */
    private static List<String> latinSpans(Paper paper) {
        var spans = new ArrayList<String>();
        var sources = new ArrayList<>(chineseTexts(paper));
        paper.zh().keywords().forEach(k -> sources.add(k.replace("*", "")));
        for (var text : sources) {
            var m = LATIN_SPAN.matcher(ProseText.blankNonProse(text));
            while (m.find()) {
                spans.add(m.group());
            }
        }
        return spans;
    }

    /** Cardinal numbers and single letters at the start of a phrase: counts and units, not part of a term ("two datasets", "7 B parameters"). */
    private static final Pattern QUANTITY = Pattern.compile(
            "[0-9][0-9.,]*|[a-z]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|trillions?");

    static boolean isAcronym(String surface) {
        return ACRONYM.matcher(surface).matches() && surface.chars().anyMatch(Character::isLetter);
    }

    // ------------------------------------------------------------------------------------------ analysis

    /** The running state of one paper's analysis. */
    private final class Analysis {
        private final Map<String, Accumulator> candidates = new HashMap<>();
        private final LinkedHashSet<AcronymDefinition> acronyms = new LinkedHashSet<>();
        private final LinkedHashSet<ChineseName> names = new LinkedHashSet<>();
        private final TrueCase.Names capitalNames;
        private int position;

        Analysis(TrueCase.Names capitalNames) {
            this.capitalNames = capitalNames;
        }

        /**
         * Analyses one text, already blanked by {@link ProseText#blankNonProse}: a title in Title Case is tagged in
         * sentence case ({@link TrueCase.Text#sentenceCase}), any other text has its Title Case runs read as names
         * ({@link WordUnits#nounsInRuns}); in both, the noun before the "of" of a name is no phrase of its own.
         */
        void text(TrueCase.Text words, boolean inTitle) {
            var text = words.text();
            boolean titleCase = inTitle && words.isTitleCase();
            var doc = new CoreDocument(titleCase ? words.sentenceCase(capitalNames) : text);
            var runStarts = new HashSet<Integer>();
            if (!titleCase) {
                for (var word : words.runs()) {
                    runStarts.add(word.begin());
                }
            }
            var namedOfs = words.namedOfs(titleCase);
            pipeline.annotate(doc);
            for (var sentence : doc.sentences()) {
                var units = WordUnits.gerundHeads(WordUnits.nounsInRuns(WordUnits.units(sentence.tokens(), text), sentence.tokens(), runStarts),
                        sentence.tokens());
                phrases(units, inTitle, namedOfs);
                acronymDefinitions(units, text, inTitle);
                position += units.size();
            }
        }

        /**
         * Adds the candidates of a sentence's noun phrases; a phrase cut by one of {@code namedOfs} (the start offsets of
         * the "of"s inside Title Case names, {@link TrueCase.Text#namedOfs}) never stands alone.
         */
        private void phrases(List<Unit> units, boolean inTitle, Set<Integer> namedOfs) {
            int start = 0;
            for (int i = 0; i <= units.size(); i++) {
                boolean accepted = i < units.size() && switch (units.get(i).kind()) {
                    case NOUN, ADJ -> true;
                    case VBG -> i > start;
                    case OTHER -> false;
                };
                if (!accepted) {
                    phrase(units, start, i, inTitle, i == units.size() || !namedOfs.contains(units.get(i).begin()));
                    start = i + 1;
                }
            }
        }

        /** Adds the candidates of the phrase {@code units[from, to)}; none stands alone unless {@code canStand}. */
        private void phrase(List<Unit> units, int from, int to, boolean inTitle, boolean canStand) {
            while (from < to && (Lexicon.GENERIC_MODIFIERS.contains(units.get(from).key())
                    || units.get(from).kind() == Kind.VBG || QUANTITY.matcher(units.get(from).key()).matches())) {
                from++;
            }
            int last = to - 1;
            while (last >= from && units.get(last).kind() != Kind.NOUN) {
                last--;
            }
            for (int j = from; j <= last; j++) {
                if (units.get(j).kind() != Kind.NOUN) {
                    continue;
                }
                for (int i = j; i >= from && j - i < options.maxWords(); i--) {
                    if (units.get(i).kind() == Kind.VBG) {
                        continue;
                    }
                    add(units, i, j + 1, inTitle, canStand && j == last && (i == from || j - i == options.maxWords() - 1));
                }
            }
        }

        private void add(List<Unit> units, int from, int to, boolean inTitle, boolean standalone) {
            var key = new StringBuilder();
            for (int u = from; u < to; u++) {
                if (u > from) {
                    key.append(' ');
                }
                key.append(units.get(u).key());
            }
            add(key.toString(), surface(units, from, to), inTitle, standalone, position + from);
        }

        private void add(String key, String surface, boolean inTitle, boolean standalone, int at) {
            if (key.isBlank()) {
                return;
            }
            var acc = candidates.computeIfAbsent(key, k -> new Accumulator(at));
            acc.count++;
            acc.standalone += standalone ? 1 : 0;
            acc.inTitle |= inTitle;
            acc.forms.merge(surface, 1, Integer::sum);
        }

        /** Schwartz–Hearst: a short form in parentheses after the long form it abbreviates. */
        private void acronymDefinitions(List<Unit> units, String text, boolean inTitle) {
            for (int p = 1; p + 2 < units.size(); p++) {
                if (!units.get(p).surface().equals("(") || !units.get(p + 2).surface().equals(")")) {
                    continue;
                }
                var shortUnit = units.get(p + 1);
                var shortForm = shortUnit.surface();
                if (!isAcronym(shortForm) || shortForm.length() > 10) {
                    continue;
                }
                int window = Math.min(shortForm.length() + 5, 2 * shortForm.length());
                int from = Math.max(0, p - window);
                var windowText = text.substring(units.get(from).begin(), units.get(p - 1).end());
                int offset = SchwartzHearst.longFormStart(shortForm, windowText);
                if (offset < 0) {
                    continue;
                }
                int startChar = units.get(from).begin() + offset;
                int first = from;
                while (first < p && units.get(first).end() <= startChar) {
                    first++;
                }
                if (!isTermPhrase(units, first, p)) {
                    continue;
                }
                var longKey = joinKeys(units, first, p);
                if (longKey.equals(shortUnit.key())) {
                    continue;
                }
                acronyms.add(new AcronymDefinition(shortUnit.key(), longKey, shortForm, surface(units, first, p)));
                if (shortUnit.kind() != Kind.NOUN) {
                    add(shortUnit.key(), shortForm, inTitle, true, position + p + 1);
                }
                if (!candidates.containsKey(longKey)) {
                    add(longKey, surface(units, first, p), inTitle, true, position + first);
                }
            }
        }

        /** Chinese names with an English gloss in one Chinese text or keyword entry. */
        void chineseNames(String text, boolean keyword) {
            var m = ZH_THEN_EN.matcher(text);
            while (m.find()) {
                var name = keyword && m.start() == 0 ? m.group(1) : trimChineseName(m.group(1));
                gloss(name, m.group(2), keyword);
            }
            if (keyword) {
                var r = EN_THEN_ZH.matcher(text);
                if (r.matches()) {
                    gloss(r.group(2), r.group(1), true);
                }
            }
        }

        /**
         * Pairs a Chinese name with the English parts of its gloss ({@code RAG} or
         * {@code Retrieval-Augmented Generation, RAG}). Outside keyword lists, a name longer than two characters
         * per acronym letter (plus one) likely carries words before the name, and is left out.
         */
        private void gloss(String name, String english, boolean keyword) {
            if (name.length() < 2 || name.length() > 16) {
                return;
            }
            var parts = GLOSS_SEPARATOR.split(english.strip());
            String acronymKey = null;
            String acronym = null;
            String longKey = null;
            String longForm = null;
            for (var part : parts) {
                var p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                if (isAcronym(p)) {
                    acronymKey = glossKey(p);
                    acronym = p;
                } else if (GLOSS_PHRASE.matcher(p).matches()) {
                    longKey = glossKey(p);
                    longForm = p;
                }
            }
            if (!keyword && name.length() > Math.max(acronym == null ? 0 : 2 * letters(acronym) + 1,
                    longForm == null ? 0 : 3 * WORD_SEPARATOR.split(longForm).length)) {
                return;
            }
            if (acronymKey != null) {
                names.add(new ChineseName(name, acronymKey, acronym));
            }
            if (longKey != null) {
                names.add(new ChineseName(name, longKey, longForm));
            }
            if (acronymKey != null && longKey != null && SchwartzHearst.longFormStart(acronym, longForm) == 0) {
                acronyms.add(new AcronymDefinition(acronymKey, longKey, acronym, longForm));
            }
        }

        PaperTerms result(String arxivId) {
            var list = new ArrayList<Candidate>(candidates.size());
            for (var e : new TreeMap<>(candidates).entrySet()) {
                var acc = e.getValue();
                list.add(new Candidate(e.getKey(), acc.count, acc.standalone, acc.inTitle, acc.first, acc.forms));
            }
            var defs = new ArrayList<>(acronyms);
            defs.sort(java.util.Comparator.comparing(AcronymDefinition::acronymKey)
                    .thenComparing(AcronymDefinition::expansionKey).thenComparing(AcronymDefinition::expansion)
                    .thenComparing(AcronymDefinition::acronym));
            var zh = new ArrayList<>(names);
            zh.sort(java.util.Comparator.comparing(ChineseName::key).thenComparing(ChineseName::name)
                    .thenComparing(ChineseName::english));
            return new PaperTerms(arxivId, list, defs, zh);
        }
    }

    private static final class Accumulator {
        final int first;
        int count;
        int standalone;
        boolean inTitle;
        final Map<String, Integer> forms = new TreeMap<>();

        Accumulator(int first) {
            this.first = first;
        }
    }

    private static int letters(String acronym) {
        return (int) acronym.chars().filter(Character::isUpperCase).count()
                + (int) acronym.chars().filter(Character::isDigit).count();
    }

    /**
     * The key of an English gloss, computed without the pipeline (glosses are short and many): words
     * lower-cased, hyphens folded, the last word lemmatized as a plural noun ("VLMs" and "Models" alike).
     */
    static String glossKey(String english) {
        var words = WORD_SEPARATOR.split(english.strip());
        var key = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            var word = words[i];
            if (ACRONYM_PLURAL.matcher(word).matches()) {
                word = word.substring(0, word.length() - 1);
            } else if (i == words.length - 1 && !isAcronym(word)) {
                word = Morphology.lemmaStatic(word.toLowerCase(Locale.ROOT), "NNS");
            }
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(word.toLowerCase(Locale.ROOT));
        }
        return key.toString();
    }

    static String trimChineseName(String text) {
        var m = ZH_BOUNDARY.matcher(text);
        int cut = 0;
        while (m.find()) {
            cut = m.end();
        }
        return text.substring(cut);
    }

    /** Whether {@code units[from, to)} is a noun phrase a term can be: adjectives and nouns ending in a noun. */
    static boolean isTermPhrase(List<Unit> units, int from, int to) {
        if (from >= to || to - from > 8 || units.get(to - 1).kind() != Kind.NOUN) {
            return false;
        }
        for (int u = from; u < to; u++) {
            var unit = units.get(u);
            boolean connective = u > from && u < to - 1 && (unit.key().equals("of") || unit.key().equals("for")
                    || unit.key().equals("and") || unit.key().equals("to"));
            if (unit.kind() == Kind.OTHER && !connective) {
                return false;
            }
        }
        return true;
    }

    private static String joinKeys(List<Unit> units, int from, int to) {
        var key = new StringBuilder();
        for (int u = from; u < to; u++) {
            if (u > from) {
                key.append(' ');
            }
            key.append(units.get(u).key());
        }
        return key.toString();
    }

    private static String surface(List<Unit> units, int from, int to) {
        var sb = new StringBuilder();
        for (int u = from; u < to; u++) {
            if (u > from) {
                sb.append(units.get(u).begin() > units.get(u - 1).end() ? " " : "");
            }
            var surface = units.get(u).surface();
            sb.append(surface.indexOf('\n') < 0 && surface.indexOf('\t') < 0 && surface.indexOf("  ") < 0
                    ? surface : SPACES.matcher(surface).replaceAll(" "));
        }
        return sb.toString();
    }
}
