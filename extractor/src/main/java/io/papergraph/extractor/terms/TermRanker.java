package io.papergraph.extractor.terms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Corpus-level ranking of per-paper analyses: resolves acronyms by votes, folds variants onto one key,
 * drops generic phrases, scores term-hood with the C-value and weighs each term in each paper.
 */
final class TermRanker {

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

    /** One paper's candidates after acronym resolution and variant folding. */
    private record Merged(String arxivId, Map<String, Mention> byKey) {
    }

    private static final class Mention {
        int count;
        int standalone;
        boolean inTitle;
        int first = Integer.MAX_VALUE;
        final Map<String, Integer> forms = new TreeMap<>();
        final Map<String, Integer> acronymForms = new TreeMap<>();
    }

    private static final class Stats {
        int df;
        int freq;
        int standalone;
        int titles;
        final Map<String, Integer> forms = new TreeMap<>();
        final Map<String, Integer> acronymForms = new TreeMap<>();
        final Map<String, Integer> namesZh = new TreeMap<>();
        double cvalue;
        double score;
    }

    TermIndex rank() {
        var acronyms = AcronymResolver.resolve(papers);
        var merged = new ArrayList<Merged>(papers.size());
        var stats = new TreeMap<String, Stats>();
        for (var paper : papers) {
            var local = acronyms.forPaper(paper);
            var byKey = new TreeMap<String, Mention>();
            for (var c : paper.candidates()) {
                var key = local.getOrDefault(c.key(), c.key());
                var m = byKey.computeIfAbsent(key, k -> new Mention());
                m.count += c.count();
                m.standalone += c.standalone();
                m.inTitle |= c.inTitle();
                m.first = Math.min(m.first, c.first());
                boolean isAcronym = !key.equals(c.key()) && acronyms.isAcronym(c.key());
                c.forms().forEach((form, n) -> (isAcronym ? m.acronymForms : m.forms).merge(form, n, Integer::sum));
            }
            merged.add(new Merged(paper.arxivId(), byKey));
            byKey.forEach((key, m) -> {
                var s = stats.computeIfAbsent(key, k -> new Stats());
                s.df++;
                s.freq += m.count;
                s.standalone += m.standalone;
                s.titles += m.inTitle ? 1 : 0;
                m.forms.forEach((f, n) -> s.forms.merge(f, n, Integer::sum));
                m.acronymForms.forEach((f, n) -> s.acronymForms.merge(f, n, Integer::sum));
            });
            var namesSeen = new HashSet<String>();
            for (var name : paper.namesZh()) {
                var key = local.getOrDefault(name.key(), name.key());
                if (namesSeen.add(key + '\u0000' + name.name())) {
                    stats.computeIfAbsent(key, k -> new Stats()).namesZh.merge(name.name(), 1, Integer::sum);
                }
            }
        }
        cvalues(stats);
        var terms = new ArrayList<Term>();
        var kept = new HashMap<String, Stats>();
        for (var e : stats.entrySet()) {
            var key = e.getKey();
            var s = e.getValue();
            if (s.df < options.minDf() || s.standalone == 0 || !isTermKey(key)) {
                continue;
            }
            s.score = score(s);
            kept.put(key, s);
            terms.add(term(key, s));
        }
        terms.sort(Comparator.comparingDouble(Term::score).reversed().thenComparing(Term::key));
        var mentions = new ArrayList<TermMention>();
        for (var paper : merged) {
            var local = new ArrayList<TermMention>();
            double max = 0;
            var weights = new HashMap<String, Double>();
            var independent = independentCounts(paper.byKey());
            for (var e : paper.byKey().entrySet()) {
                var s = kept.get(e.getKey());
                if (s == null) {
                    continue;
                }
                double w = weight(e.getKey(), e.getValue().standalone + 0.1 * independent.get(e.getKey()), s);
                weights.put(e.getKey(), w);
                max = Math.max(max, w);
            }
            for (var e : paper.byKey().entrySet()) {
                var w = weights.get(e.getKey());
                if (w == null) {
                    continue;
                }
                var m = e.getValue();
                local.add(new TermMention(paper.arxivId(), e.getKey(), m.count, m.inTitle, round(w / max), forms(m)));
            }
            local.sort(Comparator.comparingDouble(TermMention::weight).reversed().thenComparing(TermMention::termKey));
            mentions.addAll(local);
        }
        return new TermIndex(terms, mentions);
    }

    /** Whether a key can name a term: not generic, and with a word of two letters or more. */
    static boolean isTermKey(String key) {
        if (Lexicon.isGeneric(key)) {
            return false;
        }
        for (var word : key.split(" ")) {
            if (word.codePoints().filter(Character::isLetter).count() >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * C-value (Frantzi, Ananiadou &amp; Mima 2000), with log2(1 + words) so single words count: frequency,
     * less the mean frequency of the longer candidates that contain the term.
     */
    private static void cvalues(Map<String, Stats> stats) {
        var nestedIn = new HashMap<String, List<String>>();
        for (var key : stats.keySet()) {
            var words = key.split(" ");
            for (int i = 0; i < words.length; i++) {
                for (int j = i + 1; j <= words.length; j++) {
                    if (j - i == words.length) {
                        continue;
                    }
                    var sub = String.join(" ", java.util.Arrays.copyOfRange(words, i, j));
                    if (stats.containsKey(sub)) {
                        nestedIn.computeIfAbsent(sub, k -> new ArrayList<>()).add(key);
                    }
                }
            }
        }
        for (var e : stats.entrySet()) {
            var s = e.getValue();
            int words = e.getKey().split(" ").length;
            double lengthFactor = Math.log(1 + words) / Math.log(2);
            var longer = nestedIn.get(e.getKey());
            double f = s.freq;
            if (longer != null) {
                var distinct = new TreeSet<>(longer);
                double sum = 0;
                for (var b : distinct) {
                    sum += stats.get(b).freq;
                }
                f -= sum / distinct.size();
            }
            s.cvalue = lengthFactor * Math.max(f, 0.5);
        }
    }

    /**
     * Corpus-level term-hood: C-value, times log(1 + document frequency) to favour recurring terms, times
     * 0.5 + the share of occurrences that stand alone as a whole noun phrase (fragments such as
     * "large language" of "large language model" rarely do).
     */
    private static double score(Stats s) {
        return s.cvalue * Math.log(1 + s.df) * (0.5 + (double) s.standalone / s.freq);
    }

    /**
     * How central a term is to one paper: {@code local} is its standalone occurrences plus a tenth of its
     * occurrences not explained by longer candidates; longer terms favoured, scaled by the corpus-level
     * term-hood (C-value per paper plus document frequency). Title occurrences count like any other: on
     * gold sets a title bonus ranked title words too high.
     */
    private static double weight(String key, double local, Stats s) {
        int words = key.split(" ").length;
        return local * Math.log(1 + words) * Math.log(2 + s.cvalue / s.df + s.df);
    }

    /**
     * Occurrences of each candidate of one paper that are not explained by the longer candidates containing it:
     * the count less the mean count of those longer candidates (C-value within the paper).
     */
    private static Map<String, Double> independentCounts(Map<String, Mention> byKey) {
        var longerSum = new HashMap<String, Double>();
        var longerN = new HashMap<String, Integer>();
        for (var e : byKey.entrySet()) {
            var words = e.getKey().split(" ");
            var subs = new HashSet<String>();
            for (int i = 0; i < words.length; i++) {
                for (int j = i + 1; j <= words.length; j++) {
                    if (j - i < words.length) {
                        subs.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, j)));
                    }
                }
            }
            for (var sub : subs) {
                if (byKey.containsKey(sub)) {
                    longerSum.merge(sub, (double) e.getValue().count, Double::sum);
                    longerN.merge(sub, 1, Integer::sum);
                }
            }
        }
        var out = new HashMap<String, Double>();
        byKey.forEach((key, m) -> {
            double f = m.count;
            if (longerN.containsKey(key)) {
                f -= longerSum.get(key) / longerN.get(key);
            }
            out.put(key, Math.max(f, 0.1));
        });
        return out;
    }

    private static Term term(String key, Stats s) {
        var forms = new TreeMap<String, Integer>(s.forms);
        String name = top(forms);
        if (name == null) {
            name = top(s.acronymForms);
        }
        String acronym = s.acronymForms.isEmpty() || forms.isEmpty() ? null : top(s.acronymForms);
        var aliases = new ArrayList<String>();
        var all = new TreeMap<String, Integer>(forms);
        s.acronymForms.forEach((f, n) -> all.merge(f, n, Integer::sum));
        all.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .filter(f -> !f.equals(s.forms.isEmpty() ? null : top(forms)))
                .limit(12)
                .forEach(aliases::add);
        aliases.remove(name);
        var names = s.namesZh.entrySet().stream()
                .filter(e -> !hasLeadingWords(e.getKey(), e.getValue(), s.namesZh))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
        return new Term(key, name, aliases, acronym, names, s.df, round(s.score));
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
        for (var map : List.of(m.forms, m.acronymForms)) {
            map.entrySet().stream()
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
