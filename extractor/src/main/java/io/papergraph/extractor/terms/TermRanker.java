package io.papergraph.extractor.terms;

import io.papergraph.extractor.terms.PaperTerms.Candidate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Corpus-level ranking of per-paper analyses: resolves acronyms by votes, folds variants onto one key,
 * drops generic phrases, scores term-hood with the C-value and weighs each term in each paper.
 */
final class TermRanker {

    /** Papers ranked in parallel at a time (see {@link #inChunks}). */
    private static final int CHUNK = 2048;

    private final List<PaperTerms> papers;
    private final TermOptions options;

    TermRanker(Collection<PaperTerms> papers, TermOptions options) {
        var sorted = new ArrayList<>(papers);
        sorted.sort(Comparator.comparing(PaperTerms::arxivId));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).arxivId().equals(sorted.get(i - 1).arxivId())) {
                throw new IllegalArgumentException("two term analyses for paper " + sorted.get(i).arxivId());
            }
        }
        this.papers = sorted;
        this.options = options;
    }

    /**
     * One paper's candidates after acronym resolution and variant folding, under their keys. {@code singleWords}, {@code singleWordsAlone}: the occurrences of its
     * candidates whose key, before the thesaurus, is a single word, in all and standing alone: the corpus's word counts
     * that specificity weighs a word against, which a thesaurus dropping or merging terms must not move (dropping
     * "data" would otherwise raise every other word's share and let more generic words pass).
     */
    record Merged(String arxivId, Map<String, Mention> byKey, long singleWords, long singleWordsAlone) {
    }

    static final class Mention {
        int count;
        int standalone;
        /** Occurrences written as an acronym or a name ({@link Specificity#isNamedForm}). */
        int named;
        boolean inTitle;
        int first = Integer.MAX_VALUE;
        /** The candidates folded into this one: long forms, and acronyms that stand for it (null when none). */
        List<Candidate> longForms;
        List<Candidate> acronyms;
        /** Sum and number of the counts of this paper's longer candidates that contain this one. */
        long longerSum;
        int longerN;
        /** The last longer candidate counted into {@link #longerSum}, so that one counts once. */
        Mention longerSeen;
    }

    private static final class Stats {
        int df;
        int freq;
        int standalone;
        int named;
        int titles;
        /** Surface forms, filled for the kept terms only. */
        final Map<String, Integer> forms = new HashMap<>();
        final Map<String, Integer> acronymForms = new HashMap<>();
        final Map<String, Integer> namesZh = new HashMap<>(2);
        /** Sum and number of the frequencies of the longer candidates that contain this one (C-value). */
        long longerSum;
        int longerN;
        /** The last longer candidate counted into {@link #longerSum}, so that one counts once. */
        Stats longerSeen;
        /** Distinct longer phrases that end with this one ({@link #headPhrases}), and the highest frequency among them. */
        int headOf;
        int headTop;
        int words;
        double cvalue;
        double score;
    }

    TermIndex rank() {
        var acronyms = AcronymResolver.resolve(papers);
        var stats = new HashMap<String, Stats>();
        var singleWordTotals = new long[2];
        inChunks(paper -> merge(paper, acronyms, options.thesaurus()), (paper, merged) -> {
            singleWordTotals[0] += merged.singleWords();
            singleWordTotals[1] += merged.singleWordsAlone();
            merged.byKey().forEach((key, m) -> {
                var s = stats.computeIfAbsent(key, k -> new Stats());
                s.df++;
                s.freq += m.count;
                s.standalone += m.standalone;
                s.named += m.named;
                s.titles += m.inTitle ? 1 : 0;
            });
            var namesSeen = new HashSet<String>();
            var keys = keysOf(paper, acronyms, options.thesaurus());
            for (var name : paper.namesZh()) {
                var key = keys.apply(name.key());
                if (!key.isEmpty() && namesSeen.add(key + '\u0000' + name.name())) {
                    stats.computeIfAbsent(key, k -> new Stats()).namesZh.merge(name.name(), 1, Integer::sum);
                }
            }
        });
        cvalues(stats);
        for (var e : stats.entrySet()) {
            var longer = e.getValue();
            if (longer.standalone > 0) {
                headPhrases(e.getKey(), (suffix, boundary) -> {
                    var head = stats.get(suffix);
                    var across = stats.get(boundary);
                    if (head != null && (across == null || across.standalone <= 0)) {
                        head.headOf++;
                        head.headTop = Math.max(head.headTop, longer.freq);
                    }
                });
            }
        }
        var totals = new Specificity.WordTotals(singleWordTotals[0], singleWordTotals[1]);
        var kept = new HashMap<String, Stats>();
        for (var e : stats.entrySet()) {
            var key = e.getKey();
            var s = e.getValue();
            boolean ownPhrase = isOwnPhrase(s.words, s.freq, s.standalone, s.headOf, s.headTop);
            if (!isTerm(key, s.words, s.df, s.freq, s.standalone, ownPhrase, s.named, totals, options)) {
                continue;
            }
            s.score = score(s);
            kept.put(key, s);
        }
        var mentions = new ArrayList<TermMention>();
        inChunks(paper -> {
            var merged = merge(paper, acronyms, options.thesaurus());
            return Map.entry(merged, mentions(merged, kept));
        }, (paper, ranked) -> {
            ranked.getKey().byKey().forEach((key, m) -> {
                var s = kept.get(key);
                if (s != null) {
                    addForms(m.longForms, s.forms, 1);
                    addForms(m.acronyms, s.acronymForms, 1);
                }
            });
            mentions.addAll(ranked.getValue());
        });
        var terms = new ArrayList<>(kept.entrySet().parallelStream()
                .map(e -> term(e.getKey(), e.getValue(), options.thesaurus().nameOf(e.getKey()))).toList());
        terms.sort(Comparator.comparingDouble(Term::score).reversed().thenComparing(Term::key));
        return new TermIndex(terms, mentions);
    }

    /**
     * Maps the papers in parallel, a chunk at a time, and hands each result on in paper order, so that the
     * per-paper state of the ranking (about as large as the findings themselves) never lives for a whole
     * corpus at once: each pass merges a paper's candidates again instead of keeping them merged.
     */
    private <T> void inChunks(Function<PaperTerms, T> map, BiConsumer<PaperTerms, T> each) {
        for (int from = 0; from < papers.size(); from += CHUNK) {
            var chunk = papers.subList(from, Math.min(papers.size(), from + CHUNK));
            var results = chunk.parallelStream().map(map).toList();
            for (int i = 0; i < chunk.size(); i++) {
                each.accept(chunk.get(i), results.get(i));
            }
        }
    }

    /**
     * The key each of a paper's keys goes under: its acronym resolution, then the thesaurus's replacement ("" when the
     * thesaurus drops it).
     */
    static Function<String, String> keysOf(PaperTerms paper, AcronymResolver acronyms, Thesaurus thesaurus) {
        var resolve = acronyms.forPaper(paper);
        return key -> thesaurus.apply(resolve.apply(key), key);
    }

    /** One paper's candidates under their resolved keys; candidates the thesaurus drops are left out. */
    static Merged merge(PaperTerms paper, AcronymResolver acronyms, Thesaurus thesaurus) {
        var byKey = new HashMap<String, Mention>();
        var resolve = acronyms.forPaper(paper);
        long singleWords = 0;
        long singleWordsAlone = 0;
        for (var c : paper.candidates()) {
            var resolved = resolve.apply(c.key());
            if (resolved.indexOf(' ') < 0) {
                singleWords += c.count();
                singleWordsAlone += c.standalone();
            }
            var key = thesaurus.apply(resolved, c.key());
            if (key.isEmpty()) {
                continue;
            }
            var m = byKey.computeIfAbsent(key, k -> new Mention());
            m.count += c.count();
            m.standalone += c.standalone();
            m.named += namedOccurrences(c);
            m.inTitle |= c.inTitle();
            m.first = Math.min(m.first, c.first());
            if (!key.equals(c.key()) && acronyms.isAcronym(c.key())) {
                m.acronyms = add(m.acronyms, c);
            } else {
                m.longForms = add(m.longForms, c);
            }
        }
        return new Merged(paper.arxivId(), byKey, singleWords, singleWordsAlone);
    }

    private static List<Candidate> add(List<Candidate> list, Candidate c) {
        var out = list == null ? new ArrayList<Candidate>(1) : list;
        out.add(c);
        return out;
    }

    /**
     * Adds ({@code sign} 1) or takes back (-1, as a {@link RankingState} does when a paper leaves) the surface form
     * counts of {@code candidates} (may be null) to {@code forms}.
     */
    static void addForms(List<Candidate> candidates, Map<String, Integer> forms, int sign) {
        if (candidates != null) {
            for (var c : candidates) {
                c.forms().forEach((form, n) -> addCount(forms, form, sign * n));
            }
        }
    }

    /** Adds {@code delta} to a count, removing the count when it comes to zero. */
    static void addCount(Map<String, Integer> counts, String key, int delta) {
        int total = counts.getOrDefault(key, 0) + delta;
        if (total == 0) {
            counts.remove(key);
        } else {
            counts.put(key, total);
        }
    }

    /** One paper's mentions of the kept terms, highest weight first. */
    private static List<TermMention> mentions(Merged paper, Map<String, Stats> kept) {
        return mentions(paper, key -> {
            var s = kept.get(key);
            return s == null ? 0 : s.words;
        });
    }

    /** One paper's mentions of the kept terms, highest weight first; {@code keptWords} is a kept key's words, else 0. */
    static List<TermMention> mentions(Merged paper, java.util.function.ToIntFunction<String> keptWords) {
        independentCounts(paper.byKey());
        double max = 0;
        var weights = new HashMap<String, Double>();
        for (var e : paper.byKey().entrySet()) {
            int words = keptWords.applyAsInt(e.getKey());
            if (words == 0) {
                continue;
            }
            double w = weight(words, e.getValue().standalone + 0.1 * independent(e.getValue()));
            weights.put(e.getKey(), w);
            max = Math.max(max, w);
        }
        var local = new ArrayList<TermMention>(weights.size());
        for (var e : weights.entrySet()) {
            var m = paper.byKey().get(e.getKey());
            local.add(new TermMention(paper.arxivId(), e.getKey(), m.count, m.inTitle, round(e.getValue() / max), forms(m)));
        }
        local.sort(Comparator.comparingDouble(TermMention::weight).reversed().thenComparing(TermMention::termKey));
        return local;
    }

    /** Occurrences of a candidate written as an acronym or a name. */
    static int namedOccurrences(Candidate c) {
        int n = 0;
        for (var e : c.forms().entrySet()) {
            if (Specificity.isNamedForm(e.getKey())) {
                n += e.getValue();
            }
        }
        return n;
    }

    /**
     * Whether a resolved key with these corpus sums is a term: recurring, and either named by the thesaurus (the user's
     * say) or a phrase of its own ({@link #isOwnPhrase}), not generic and specific to the literature
     * ({@link Specificity}); {@code totals} sums the occurrences of the corpus's single-word candidates.
     */
    static boolean isTerm(String key, int words, int df, int freq, int standalone, boolean ownPhrase, int named,
            Specificity.WordTotals totals, TermOptions options) {
        if (df < options.minDf()) {
            return false;
        }
        return options.thesaurus().nameOf(key) != null
                || ownPhrase && isTermKey(key) && Specificity.isSpecific(key, words, freq, standalone, named, totals);
    }

    /**
     * Whether a key is a phrase of its own rather than a piece of longer ones: it stands alone somewhere, or, of two
     * words or more, it is the head of at least {@link #MIN_HEAD_OF} distinct longer phrases ({@code headOf}), none of
     * which holds nearly all of its occurrences ({@code headTop}, the most frequent one's frequency, at most
     * {@link #MAX_HEAD_SHARE} of them). "knowledge distillation", written only as "sparse knowledge distillation" and
     * "multi-teacher knowledge distillation", names the kind both are varieties of; "augmented generation", nearly
     * always inside "retrieval-augmented generation", is a piece of that one term (the nested-term reasoning of C-value).
     */
    static boolean isOwnPhrase(int words, int freq, int standalone, int headOf, int headTop) {
        return standalone > 0 || words > 1 && headOf >= MIN_HEAD_OF && headTop <= MAX_HEAD_SHARE * freq;
    }

    /**
     * Hands on each phrase of two words or more that ends a longer key ({@code suffix}), with the two words across its
     * start ({@code boundary}). A key counts as a longer phrase of the suffix where it stands alone somewhere and the
     * boundary does not: "learning model" ends "deep learning model", but the boundary "deep learning" is a phrase of
     * its own, so the suffix cuts a term in two there.
     */
    static void headPhrases(String key, java.util.function.BiConsumer<String, String> each) {
        var at = wordStarts(key);
        int words = at.length - 1;
        for (int i = 1; i + 2 <= words; i++) {
            each.accept(key.substring(at[i]), key.substring(at[i - 1], at[i + 1] - 1));
        }
    }

    /** Distinct longer phrases a phrase must head to be a term without standing alone anywhere. */
    static final int MIN_HEAD_OF = 2;
    /** The largest share of such a phrase's occurrences one longer phrase may hold. */
    static final double MAX_HEAD_SHARE = 0.9;

    /**
     * Whether a key can name a term: not generic, and with a word of two letters or more, or a name of one letter and
     * digits ("F1", "o3", "H100"). A count with its unit starts with the digits ("7B", "5x") and names nothing.
     */
    static boolean isTermKey(String key) {
        if (Lexicon.isGeneric(key)) {
            return false;
        }
        for (var word : key.split(" ")) {
            if (word.codePoints().filter(Character::isLetter).count() >= 2 || LETTER_AND_DIGITS.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern LETTER_AND_DIGITS = Pattern.compile("\\p{L}\\p{Nd}+");

    /**
     * The start offsets of the words of a key, as {@code key.split(" ")} gives them, and the key's length
     * at the end: word {@code i} to word {@code j - 1} joined by spaces is {@code key.substring(at[i], at[j] - 1)}.
     */
    static int[] wordStarts(String key) {
        var words = key.split(" ");
        var at = new int[words.length + 1];
        for (int i = 0; i < words.length; i++) {
            at[i + 1] = at[i] + words[i].length() + 1;
        }
        return at;
    }

    /**
     * C-value (Frantzi, Ananiadou &amp; Mima 2000), with log2(1 + words) so single words count: frequency,
     * less the mean frequency of the longer candidates that contain the term.
     */
    private static void cvalues(Map<String, Stats> stats) {
        for (var e : stats.entrySet()) {
            var key = e.getKey();
            var longer = e.getValue();
            var at = wordStarts(key);
            int words = at.length - 1;
            longer.words = words;
            for (int i = 0; i < words; i++) {
                for (int j = i + 1; j <= words; j++) {
                    if (j - i == words) {
                        continue;
                    }
                    var sub = stats.get(key.substring(at[i], at[j] - 1));
                    if (sub != null && sub.longerSeen != longer) {
                        sub.longerSeen = longer;
                        sub.longerSum += longer.freq;
                        sub.longerN++;
                    }
                }
            }
        }
        for (var s : stats.values()) {
            s.cvalue = cvalue(s.words, s.freq, s.longerSum, s.longerN);
        }
    }

    /** The C-value of a key of {@code words} words and frequency {@code freq}, {@code longerN} longer keys containing it. */
    static double cvalue(int words, int freq, long longerSum, int longerN) {
        double lengthFactor = Math.log(1 + words) / Math.log(2);
        double f = freq;
        if (longerN > 0) {
            f -= (double) longerSum / longerN;
        }
        return lengthFactor * Math.max(f, 0.5);
    }

    /**
     * Corpus-level term-hood: C-value, times log(1 + document frequency) to favour recurring terms, times
     * 0.5 + the share of occurrences that stand alone as a whole noun phrase (fragments such as
     * "large language" of "large language model" rarely do).
     */
    private static double score(Stats s) {
        return score(s.cvalue, s.df, s.standalone, s.freq);
    }

    static double score(double cvalue, int df, int standalone, int freq) {
        return cvalue * Math.log(1 + df) * (0.5 + (double) standalone / freq);
    }

    /**
     * How central a term is to one paper: {@code local} is its standalone occurrences plus a tenth of its
     * occurrences not explained by longer candidates; longer terms favoured. It depends on the paper alone,
     * not on corpus statistics, so that adding papers leaves the weights of the others as they are (an
     * incremental load then rewrites the mentions of new papers only); on the gold sets a corpus factor
     * (C-value per paper plus document frequency) changed F1@10 by less than one point either way. Title
     * occurrences count like any other: a title bonus ranked title words too high.
     */
    private static double weight(int words, double local) {
        return local * Math.log(1 + words);
    }

    /**
     * Sums, for each candidate of one paper, the counts of the longer candidates containing it, for
     * {@link #independent}.
     */
    private static void independentCounts(Map<String, Mention> byKey) {
        for (var e : byKey.entrySet()) {
            var key = e.getKey();
            var longer = e.getValue();
            var at = wordStarts(key);
            int words = at.length - 1;
            for (int i = 0; i < words; i++) {
                for (int j = i + 1; j <= words; j++) {
                    if (j - i == words) {
                        continue;
                    }
                    var sub = byKey.get(key.substring(at[i], at[j] - 1));
                    if (sub != null && sub.longerSeen != longer) {
                        sub.longerSeen = longer;
                        sub.longerSum += longer.count;
                        sub.longerN++;
                    }
                }
            }
        }
    }

    /**
     * Occurrences of a candidate of one paper that are not explained by the longer candidates containing it:
     * the count less the mean count of those longer candidates (C-value within the paper).
     */
    private static double independent(Mention m) {
        double f = m.count;
        if (m.longerN > 0) {
            f -= (double) m.longerSum / m.longerN;
        }
        return Math.max(f, 0.1);
    }

    private static Term term(String key, Stats s, String givenName) {
        return term(key, s.forms, s.acronymForms, s.namesZh, s.df, s.score, givenName);
    }

    /**
     * A kept term from its sums: the surface forms of its long forms and acronyms, its Chinese names' votes;
     * {@code givenName} (the replacement a thesaurus writes, or null) is its name instead of its most frequent form.
     */
    static Term term(String key, Map<String, Integer> longForms, Map<String, Integer> acronymForms, Map<String, Integer> namesZh,
            int df, double score, String givenName) {
        var forms = new TreeMap<String, Integer>(longForms);
        String name = givenName != null ? givenName : top(forms);
        if (name == null) {
            name = top(acronymForms);
        }
        String notAnAlias = givenName != null ? givenName : longForms.isEmpty() ? null : top(forms);
        String acronym = acronymForms.isEmpty() || forms.isEmpty() ? null : top(acronymForms);
        var aliases = new ArrayList<String>();
        var all = new TreeMap<String, Integer>(forms);
        acronymForms.forEach((f, n) -> all.merge(f, n, Integer::sum));
        all.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .filter(f -> !f.equals(notAnAlias))
                .limit(12)
                .forEach(aliases::add);
        aliases.remove(name);
        var names = namesZh.entrySet().stream()
                .filter(e -> !hasLeadingWords(e.getKey(), e.getValue(), namesZh))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
        return new Term(key, name, aliases, acronym, names, df, round(score));
    }

    /**
     * Whether a Chinese name is another, at least as often paired, name with words before it
     * ("尽管大语言模型" beside "大语言模型"): the text before a name is not part of it.
     */
    private static boolean hasLeadingWords(String name, int votes, Map<String, Integer> names) {
        for (var other : names.entrySet()) {
            if (name.length() > other.getKey().length() && name.endsWith(other.getKey()) && other.getValue() >= votes) {
                return true;
            }
        }
        return false;
    }

    private static List<String> forms(Mention m) {
        var forms = new ArrayList<String>();
        for (var candidates : Arrays.asList(m.longForms, m.acronyms)) {
            if (candidates == null) {
                continue;
            }
            Map<String, Integer> counts = candidates.get(0).forms();
            if (candidates.size() > 1) {
                counts = new HashMap<>();
                addForms(candidates, counts, 1);
            }
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> forms.add(e.getKey()));
        }
        return forms;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    /** The most frequent form, ties broken alphabetically; null when there is none. */
    static String top(Map<String, Integer> forms) {
        String best = null;
        int n = -1;
        for (var e : new TreeMap<>(forms).entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }
}
