package io.papergraph.loader.rows;

import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.terms.PaperTerms;
import io.papergraph.extractor.terms.RankingState;
import io.papergraph.extractor.terms.Term;
import io.papergraph.extractor.terms.TermMention;
import io.papergraph.extractor.terms.corpus.CoOccurrence;
import io.papergraph.extractor.terms.corpus.CoOccurrenceOptions;
import io.papergraph.extractor.terms.corpus.CorpusTerms;
import io.papergraph.extractor.terms.corpus.TermRanking;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The extractor's corpus statistics as the rows the graph holds: each term as its node's properties (by key, in key
 * order), and mentions and co-occurrences seen as map rows only while a batch is sent or a file written.
 *
 * @param statistics the terms, mentions, co-occurrences and mention hashes the graph should hold
 * @param terms      per term key its node's properties
 */
public record TermRows(CorpusTerms statistics, TreeMap<String, Map<String, Object>> terms) {

    /** Rows of {@link CorpusTerms#of}: every paper ranked. */
    public static TermRows of(TermRanking ranking, CoOccurrenceOptions options, Collection<PaperTerms> paperTerms, int paperCount,
            Map<String, LocalDate> firstListed) {
        return of(CorpusTerms.of(ranking, options, paperTerms, paperCount, firstListed));
    }

    /** Rows of {@link CorpusTerms#ofState}: a kept ranking state after an update. */
    public static TermRows ofState(RankingState state, RankingState.Update update, CoOccurrenceOptions options, int paperCount,
            Map<String, LocalDate> firstListed, Executor counter) {
        return of(CorpusTerms.ofState(state, update, options, paperCount, firstListed, counter));
    }

    private static TermRows of(CorpusTerms statistics) {
        var terms = new TreeMap<String, Map<String, Object>>();
        statistics.terms().forEach((key, term) -> {
            var props = termProps(term);
            var dates = statistics.dates().get(key);
            if (dates != null) {
                props.put("firstSeen", dates.firstSeen());
            }
            props.put("datedPapers", dates == null ? 0L : dates.datedPapers());
            terms.put(key, props);
        });
        return new TermRows(statistics, terms);
    }

    public List<TermMention> mentions() {
        return statistics.mentions();
    }

    public List<CoOccurrence> coOccurrences() {
        return statistics.coOccurrences();
    }

    public java.util.Optional<RankingState> rankingState() {
        return statistics.rankingState();
    }

    public String mentionHash(String paper) {
        return statistics.mentionHash(paper);
    }

    public double mentionNorm(String paper) {
        return statistics.mentionNorm(paper);
    }

    public List<TermMention> mentionsOf(String paper) {
        return statistics.mentionsOf(paper);
    }

    /**
     * Records seen as the map rows the statements, comparisons and import files take, each made when asked for, so
     * that the rows of a step do not all live at once.
     */
    public static <T> List<Map<String, Object>> mapRows(List<T> records, Function<? super T, Map<String, Object>> row) {
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

    public static Map<String, Object> mentionRow(TermMention m) {
        return Map.of("paper", m.arxivId(), "term", m.termKey(), "count", (long) m.count(), "inTitle", m.inTitle(),
                "weight", m.weight(), "forms", m.forms());
    }

    public static Map<String, Object> coOccurrenceRow(CoOccurrence c) {
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

    /** The findings of the given papers (those that have any), by arXiv id. */
    public static Collection<PaperTerms> freshPaperTerms(List<Paper> papers, Map<String, PaperTerms> termsById) {
        var out = new TreeMap<String, PaperTerms>();
        for (Paper p : papers) {
            var t = termsById.get(p.arxivId());
            if (t != null) {
                out.put(p.arxivId(), t);
            }
        }
        return out.values();
    }
}
