package io.papergraph.loader;

import io.papergraph.extractor.terms.PaperTerms;
import io.papergraph.extractor.terms.Term;
import io.papergraph.extractor.terms.TermIndex;
import io.papergraph.extractor.terms.TermMention;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The terms, mentions and co-occurrences the graph should hold, and for each paper a hash of its mentions
 * (stored on the paper, so that a later load rewrites only papers whose hash changed). Mentions and
 * co-occurrences are kept as records (in key order) and seen as map rows only while a batch is sent or a file
 * written: they outnumber every other element of the graph.
 */
record TermRows(Map<String, Map<String, Object>> terms, Map<String, List<TermMention>> mentionsByPaper,
        List<TermMention> mentions, List<CoOccurrence> coOccurrences, Map<String, String> mentionHashes) {

    /**
     * Ranks the findings of the given papers and derives the rest.
     *
     * @param paperCount  papers in the graph (the number co-occurrence strengths are computed against)
     * @param firstListed the first listing date of each paper that a dated digest lists: a term's {@code firstSeen}
     *                    and {@code datedPapers} come from them, so that the emerging-terms report need not read every
     *                    paper of a term
     */
    static TermRows of(TermRanking ranking, LoaderOptions options, Collection<PaperTerms> paperTerms, int paperCount,
            Map<String, LocalDate> firstListed) {
        TermIndex index = ranking.rank(List.copyOf(paperTerms));
        var paperIds = new HashSet<String>();
        paperTerms.forEach(p -> paperIds.add(p.arxivId()));
        var terms = new TreeMap<String, Map<String, Object>>();
        for (Term t : index.terms()) {
            terms.put(t.key(), termProps(t));
        }
        // Looked up once or twice per mention (millions at a year of papers): by hash, not through the sorted map,
        // and on all cores where the order of the work does not matter.
        var termsByKey = new HashMap<>(terms);
        var sorted = index.mentions().parallelStream()
                .filter(m -> termsByKey.containsKey(m.termKey()) && paperIds.contains(m.arxivId()))
                .toArray(TermMention[]::new);
        Arrays.parallelSort(sorted, Comparator.comparing(TermMention::arxivId).thenComparing(TermMention::termKey));
        List<TermMention> kept = Arrays.asList(sorted);
        var byPaper = new HashMap<String, List<TermMention>>();
        var dates = new HashMap<String, ListingDates>();
        for (int from = 0; from < kept.size(); ) {
            String paper = kept.get(from).arxivId();
            int to = from;
            while (to < kept.size() && kept.get(to).arxivId().equals(paper)) {
                to++;
            }
            var ofPaper = kept.subList(from, to);
            byPaper.put(paper, ofPaper);
            var date = firstListed.get(paper);
            if (date != null) {
                for (var m : ofPaper) {
                    dates.computeIfAbsent(m.termKey(), k -> new ListingDates()).add(date);
                }
            }
            from = to;
        }
        terms.forEach((key, props) -> {
            var listed = dates.get(key);
            if (listed != null) {
                props.put("firstSeen", listed.first);
            }
            props.put("datedPapers", listed == null ? 0L : listed.papers);
        });
        var mentionHashes = byPaper.entrySet().parallelStream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> MentionHash.of(mapRows(e.getValue(), TermRows::mentionRow))));
        var coOccurrences = CoOccurrence.compute(kept, Math.max(paperCount, paperIds.size()), options.minCoOccurrence(),
                options.coOccurrencePartners());
        return new TermRows(terms, byPaper, kept, coOccurrences, mentionHashes);
    }

    /** The first listing date and the number of dated papers of a term's mentions. */
    private static final class ListingDates {
        LocalDate first;
        long papers;

        void add(LocalDate date) {
            if (first == null || date.isBefore(first)) {
                first = date;
            }
            papers++;
        }
    }

    /** The hash of the paper's wanted mentions; that of no mentions for a paper without term findings. */
    String mentionHash(String paper) {
        return mentionHashes.getOrDefault(paper, MentionHash.NONE);
    }

    /**
     * The Euclidean norm of the paper's mention weights, stored on the paper so that cosine similarity between
     * papers (the similar-papers report) need not read every other paper's mentions.
     */
    double mentionNorm(String paper) {
        double sum = 0;
        for (var m : mentionsOf(paper)) {
            sum += m.weight() * m.weight();
        }
        return Math.sqrt(sum);
    }

    /** The wanted mentions of one paper, in term order. */
    List<TermMention> mentionsOf(String paper) {
        return mentionsByPaper.getOrDefault(paper, List.of());
    }

    /**
     * Records seen as the map rows the statements, comparisons, hashes and import files take, each made when asked
     * for, so that the rows of a step do not all live at once.
     */
    static <T> List<Map<String, Object>> mapRows(List<T> records, Function<? super T, Map<String, Object>> row) {
        return new AbstractList<>() {
            @Override
            public Map<String, Object> get(int index) {
                return row.apply(records.get(index));
            }

            @Override
            public int size() {
                return records.size();
            }
        };
    }

    static Map<String, Object> mentionRow(TermMention m) {
        return Map.of("paper", m.arxivId(), "term", m.termKey(), "count", (long) m.count(), "inTitle", m.inTitle(),
                "weight", m.weight(), "forms", m.forms());
    }

    static Map<String, Object> coOccurrenceRow(CoOccurrence c) {
        return Map.of("a", c.a(), "b", c.b(), "papers", (long) c.papers(), "strength", c.strength());
    }

    private static Map<String, Object> termProps(Term t) {
        var props = new LinkedHashMap<String, Object>();
        props.put("key", t.key());
        props.put("name", t.name());
        props.put("aliases", t.aliases());
        if (t.acronym() != null) {
            props.put("acronym", t.acronym());
        }
        props.put("namesZh", t.namesZh());
        props.put("df", (long) t.df());
        props.put("score", t.score());
        return props;
    }
}
