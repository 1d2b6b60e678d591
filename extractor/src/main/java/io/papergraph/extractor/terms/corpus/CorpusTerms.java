package io.papergraph.extractor.terms.corpus;

import io.papergraph.Futures;
import io.papergraph.extractor.terms.PaperTerms;
import io.papergraph.extractor.terms.RankingState;
import io.papergraph.extractor.terms.Term;
import io.papergraph.extractor.terms.TermIndex;
import io.papergraph.extractor.terms.TermMention;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * The corpus statistics of a set of papers: the ranked terms with their first listing date and dated papers, every
 * mention, the co-occurrences, and for each paper a hash of its mentions (stored on the paper, so that a later load
 * rewrites only papers whose hash changed). Mentions and co-occurrences are kept as records in key order: they
 * outnumber every other element of the graph.
 *
 * @param terms           the ranked terms by key
 * @param dates           per term with dated mentions: its first listing date and how many dated papers mention it
 * @param mentions        every mention, by paper then term; from a {@linkplain #ofState ranking state} only paper,
 *                        term and weight are set (what co-occurrences and clusters read)
 * @param mentionsByPaper the full mentions of the papers whose mentions are written: every paper's from a full
 *                        ranking, the re-ranked papers' only from a ranking state
 * @param rankingState    the ranking's state after these statistics, when the ranking keeps one
 */
public record CorpusTerms(SortedMap<String, Term> terms, Map<String, TermDates> dates,
        Map<String, List<TermMention>> mentionsByPaper, List<TermMention> mentions,
        CompletableFuture<List<CoOccurrence>> counting, Map<String, String> mentionHashes, Optional<RankingState> rankingState) {

    /** A term's first listing date (null when no dated digest lists its papers) and the dated papers that mention it. */
    public record TermDates(LocalDate firstSeen, long datedPapers) {
    }

    /**
     * The co-occurrences, once counted: statistics {@linkplain #ofState made from a ranking state} count them on
     * another thread, so that terms and mentions can be written meanwhile. A failure of the count is rethrown as it was.
     */
    public List<CoOccurrence> coOccurrences() {
        return Futures.await(counting, "counting co-occurrences");
    }

    /**
     * Ranks the findings of the given papers and derives the rest. The standard ranking starts a
     * {@link RankingState} on the way, which later loads update instead of ranking everything again.
     *
     * @param paperCount  papers in the graph (the number co-occurrence strengths are computed against)
     * @param firstListed the first listing date of each paper that a dated digest lists: a term's {@code firstSeen}
     *                    and {@code datedPapers} come from them, so that the emerging-terms report need not read every
     *                    paper of a term
     */
    public static CorpusTerms of(TermRanking ranking, CoOccurrenceOptions options, Collection<PaperTerms> paperTerms, int paperCount,
            Map<String, LocalDate> firstListed) {
        var standard = ranking.standardOptions();
        RankingState state = null;
        List<Term> ranked;
        Collection<TermMention> rankedMentions;
        if (standard.isPresent()) {
            var fromNothing = RankingState.of(List.copyOf(paperTerms), standard.get());
            state = fromNothing.state();
            ranked = state.terms();
            var all = new ArrayList<TermMention>((int) state.mentionCount());
            fromNothing.update().mentions().values().forEach(all::addAll);
            rankedMentions = all;
        } else {
            TermIndex index = ranking.rank(List.copyOf(paperTerms));
            ranked = index.terms();
            rankedMentions = index.mentions();
        }
        var paperIds = new HashSet<String>();
        paperTerms.forEach(p -> paperIds.add(p.arxivId()));
        var terms = termMap(ranked);
        // Looked up once or twice per mention (millions at a year of papers): by hash, not through the sorted map,
        // and on all cores where the order of the work does not matter.
        var termsByKey = new HashMap<>(terms);
        var sorted = rankedMentions.parallelStream()
                .filter(m -> termsByKey.containsKey(m.termKey()) && paperIds.contains(m.arxivId()))
                .toArray(TermMention[]::new);
        Arrays.parallelSort(sorted, BY_PAPER_AND_TERM);
        List<TermMention> kept = Arrays.asList(sorted);
        var byPaper = new HashMap<String, List<TermMention>>();
        for (int from = 0; from < kept.size(); ) {
            String paper = kept.get(from).arxivId();
            int to = from;
            while (to < kept.size() && kept.get(to).arxivId().equals(paper)) {
                to++;
            }
            byPaper.put(paper, kept.subList(from, to));
            from = to;
        }
        var coOccurrences = CoOccurrence.compute(kept, Math.max(paperCount, paperIds.size()), options.minPapers(),
                options.partners());
        return assemble(terms, kept, byPaper, firstListed, Optional.ofNullable(state), CompletableFuture.completedFuture(coOccurrences));
    }

    /**
     * The rows of a ranking state after an update: terms and co-occurrences over every mention the state holds, the
     * full mentions (and hashes) of the papers the update ranked again. The co-occurrences are counted by
     * {@code counter} (the longest part at a year of papers), while the caller goes on with the rest.
     */
    public static CorpusTerms ofState(RankingState state, RankingState.Update update, CoOccurrenceOptions options, int paperCount,
            Map<String, LocalDate> firstListed, Executor counter) {
        var terms = termMap(state.terms());
        var byPaper = new HashMap<String, List<TermMention>>();
        update.mentions().forEach((paper, mentions) -> {
            var inTermOrder = new ArrayList<>(mentions);
            inTermOrder.sort(Comparator.comparing(TermMention::termKey));
            byPaper.put(paper, inTermOrder);
        });
        var mentions = inPaperAndTermOrder(state, terms.keySet().toArray(String[]::new));
        int papers = Math.max(paperCount, state.papers());
        var counting = CompletableFuture.supplyAsync(() -> mentions.coOccurrences(papers, options), counter);
        return assemble(terms, mentions, byPaper, firstListed, Optional.of(state), counting);
    }

    /**
     * The state's mentions by paper, then term: the state hands them on paper by paper, so each paper's few are
     * sorted by term and the papers by id, instead of sorting millions of mentions by two strings; terms are compared
     * by their number in key order. Held as arrays (a year of papers has seven million mentions, which as records
     * kept the collector busy), with each paper's numbered terms for the co-occurrence count.
     */
    private static CompactMentions inPaperAndTermOrder(RankingState state, String[] keys) {
        var number = new HashMap<String, Integer>(keys.length * 2);
        for (int i = 0; i < keys.length; i++) {
            number.put(keys[i], i);
        }
        int count = (int) state.mentionCount();
        var papers = new String[count];
        var terms = new int[count];
        var weights = new double[count];
        var starts = new ArrayList<Integer>();
        var next = new int[1];
        state.forEachMention((paper, term, weight) -> {
            int at = next[0]++;
            if (at == 0 || !papers[at - 1].equals(paper)) {
                starts.add(at);
            }
            papers[at] = paper;
            terms[at] = number.get(term);
            weights[at] = weight;
        });
        starts.add(count);
        var order = new Integer[starts.size() - 1];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.parallelSort(order, Comparator.comparing(i -> papers[starts.get(i)]));
        var sorted = new CompactMentions(keys, count, order.length);
        int filled = 0;
        long[] byTerm = new long[0];
        for (int p = 0; p < order.length; p++) {
            int from = starts.get(order[p]);
            int to = starts.get(order[p] + 1);
            if (byTerm.length < to - from) {
                byTerm = new long[to - from];
            }
            for (int k = from; k < to; k++) {
                byTerm[k - from] = ((long) terms[k] << 32) | (k - from);
            }
            Arrays.sort(byTerm, 0, to - from);
            for (int k = 0; k < to - from; k++) {
                int at = from + (int) byTerm[k];
                sorted.papers[filled] = papers[at];
                sorted.terms[filled] = terms[at];
                sorted.weights[filled++] = weights[at];
            }
            sorted.paperStart[p + 1] = filled;
        }
        return sorted;
    }

    /**
     * Mentions of paper, term and weight as arrays, each seen as a {@link TermMention} made when asked for; by paper
     * (from {@code paperStart[p]} to {@code paperStart[p + 1]}), then term, terms numbered in the order of {@code keys}.
     */
    private static final class CompactMentions extends AbstractList<TermMention> implements java.util.RandomAccess {
        final String[] keys;
        final String[] papers;
        final int[] terms;
        final double[] weights;
        final int[] paperStart;

        CompactMentions(String[] keys, int size, int paperCount) {
            this.keys = keys;
            papers = new String[size];
            terms = new int[size];
            weights = new double[size];
            paperStart = new int[paperCount + 1];
        }

        @Override
        public TermMention get(int index) {
            return new TermMention(papers[index], keys[terms[index]], 0, false, weights[index], List.of());
        }

        @Override
        public int size() {
            return papers.length;
        }

        /** {@link CorpusTerms#listingDates}, from the arrays: one date look-up per paper, terms counted by number. */
        Map<String, ListingDates> listingDates(Map<String, LocalDate> firstListed) {
            var first = new LocalDate[keys.length];
            var dated = new long[keys.length];
            for (int p = 0; p + 1 < paperStart.length; p++) {
                int from = paperStart[p];
                int to = paperStart[p + 1];
                LocalDate date = from < to ? firstListed.get(papers[from]) : null;
                if (date == null) {
                    continue;
                }
                for (int k = from; k < to; k++) {
                    int t = terms[k];
                    if (first[t] == null || date.isBefore(first[t])) {
                        first[t] = date;
                    }
                    dated[t]++;
                }
            }
            var out = new HashMap<String, ListingDates>();
            for (int t = 0; t < keys.length; t++) {
                if (dated[t] > 0) {
                    var d = new ListingDates();
                    d.add(first[t], dated[t]);
                    out.put(keys[t], d);
                }
            }
            return out;
        }

        List<CoOccurrence> coOccurrences(int paperCount, CoOccurrenceOptions options) {
            return CoOccurrence.compute(keys, paperStart, terms, paperCount, options.minPapers(), options.partners());
        }
    }

    private static final Comparator<TermMention> BY_PAPER_AND_TERM =
            Comparator.comparing(TermMention::arxivId).thenComparing(TermMention::termKey);

    private static TreeMap<String, Term> termMap(List<Term> ranked) {
        var terms = new TreeMap<String, Term>();
        for (Term t : ranked) {
            terms.put(t.key(), t);
        }
        return terms;
    }

    private static CorpusTerms assemble(TreeMap<String, Term> terms, List<TermMention> kept,
            Map<String, List<TermMention>> byPaper, Map<String, LocalDate> firstListed, Optional<RankingState> state,
            CompletableFuture<List<CoOccurrence>> coOccurrences) {
        var dates = new HashMap<String, TermDates>();
        listingDates(kept, firstListed).forEach((key, listed) -> dates.put(key, new TermDates(listed.first, listed.papers)));
        var mentionHashes = byPaper.entrySet().parallelStream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> MentionHash.of(e.getValue())));
        return new CorpusTerms(terms, dates, byPaper, kept, coOccurrences, mentionHashes, state);
    }

    /** Mentions whose listing dates one task gathers. */
    private static final int DATES_CHUNK = 1 << 16;

    /**
     * Per term, the first listing date and the number of dated papers of its mentions: chunks of the mentions on all
     * cores (millions at a year of papers), each paper's date looked up once per run of its mentions.
     */
    private static Map<String, ListingDates> listingDates(List<TermMention> mentions, Map<String, LocalDate> firstListed) {
        if (mentions instanceof CompactMentions compact) {
            return compact.listingDates(firstListed);
        }
        int chunks = (mentions.size() + DATES_CHUNK - 1) / DATES_CHUNK;
        return java.util.stream.IntStream.range(0, chunks).parallel().mapToObj(c -> {
            var dates = new HashMap<String, ListingDates>();
            String paper = null;
            LocalDate date = null;
            for (var m : mentions.subList(c * DATES_CHUNK, Math.min(mentions.size(), (c + 1) * DATES_CHUNK))) {
                if (!m.arxivId().equals(paper)) {
                    paper = m.arxivId();
                    date = firstListed.get(paper);
                }
                if (date != null) {
                    dates.computeIfAbsent(m.termKey(), k -> new ListingDates()).add(date, 1);
                }
            }
            return dates;
        }).reduce((a, b) -> {
            // Each map is a chunk's own or a merge of such: merged into the larger, never into a shared one.
            var into = a.size() >= b.size() ? a : b;
            (into == a ? b : a).forEach((term, d) -> into.computeIfAbsent(term, k -> new ListingDates()).add(d.first, d.papers));
            return into;
        }).orElseGet(HashMap::new);
    }

    /** The first listing date and the number of dated papers of a term's mentions, while they are gathered. */
    private static final class ListingDates {
        LocalDate first;
        long papers;

        void add(LocalDate date, long count) {
            if (first == null || date.isBefore(first)) {
                first = date;
            }
            papers += count;
        }
    }

    /** The hash of the paper's wanted mentions; that of no mentions for a paper without term findings. */
    public String mentionHash(String paper) {
        return mentionHashes.getOrDefault(paper, MentionHash.NONE);
    }

    /**
     * The Euclidean norm of the paper's mention weights, stored on the paper so that cosine similarity between
     * papers (the similar-papers report) need not read every other paper's mentions.
     */
    public double mentionNorm(String paper) {
        double sum = 0;
        for (var m : mentionsOf(paper)) {
            sum += m.weight() * m.weight();
        }
        return Math.sqrt(sum);
    }

    /** The wanted mentions of one paper, in term order. */
    public List<TermMention> mentionsOf(String paper) {
        return mentionsByPaper.getOrDefault(paper, List.of());
    }
}
