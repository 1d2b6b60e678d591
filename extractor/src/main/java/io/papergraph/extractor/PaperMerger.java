package io.papergraph.extractor;

import io.papergraph.extractor.model.AuthorKey;
import io.papergraph.extractor.model.ChineseTexts;
import io.papergraph.extractor.model.Listing;
import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Merges the entries of many digests into one paper per arXiv id. Every listing is kept, in input order.
 * When two entries of a paper disagree (title, authors, abstract), the richer record wins: more fields
 * present, then more authors, then the longer abstract and Chinese texts, then the one read first; the
 * loser only fills fields the winner lacks. Disagreements and repeated listings in one digest are reported
 * as warnings at the later entry.
 */
public final class PaperMerger {

    private static final Comparator<Paper> RICHNESS = Comparator.comparingInt(PaperMerger::fieldsPresent)
            .thenComparingInt(p -> p.authors().size())
            .thenComparingInt(p -> length(p.abstractText()))
            .thenComparingInt(PaperMerger::chineseLength);

    /**
     * The merged record of each paper, holding only its first listing, so that a merge costs the same however
     * often the paper was listed before.
     */
    private final Map<String, Paper> papers = new LinkedHashMap<>();
    /** Every listing of each paper, in input order. */
    private final Map<String, List<Listing>> listings = new HashMap<>();
    /** The line of the first listing of a paper in a digest, by arXiv id and digest. */
    private final Map<List<String>, Integer> firstLineInDigest = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    /** Adds one entry's paper; {@code file} is the path its problems are reported under. */
    public void add(Paper paper, String file) {
        var known = papers.get(paper.arxivId());
        var listing = paper.listings().get(0);
        var earlierLine = firstLineInDigest.putIfAbsent(List.of(paper.arxivId(), listing.digest()), listing.line());
        listings.computeIfAbsent(paper.arxivId(), id -> new ArrayList<>()).addAll(paper.listings());
        if (known == null) {
            papers.put(paper.arxivId(), paper);
            return;
        }
        if (earlierLine != null) {
            problems.add(Problem.of(file, listing.line(), Problem.Severity.WARNING,
                    "expected each paper once per digest; " + paper.arxivId() + " is already listed at line "
                            + earlierLine + " (both listings kept)", paper.title()));
        }
        boolean newWins = RICHNESS.compare(paper, known) > 0;
        var winner = newWins ? paper : known;
        var loser = newWins ? known : paper;
        var disagreement = disagreement(known, paper);
        if (disagreement != null) {
            var kept = winner.listings().get(0);
            problems.add(Problem.of(file, listing.line(), Problem.Severity.WARNING,
                    "expected the same " + disagreement + " as the listing in " + known.listings().get(0).digest() + ":"
                            + known.listings().get(0).line() + "; kept the richer record from " + kept.digest() + ":"
                            + kept.line(), disagreement.equals("title") ? paper.title() : paper.arxivId()));
        }
        papers.put(paper.arxivId(), combine(winner, loser, List.of(known.listings().get(0))));
    }

    /** The merged papers, in the order their first listing was read. */
    public List<Paper> papers() {
        return papers.values().stream().map(p -> withListings(p, listings.get(p.arxivId()))).toList();
    }

    private static Paper withListings(Paper p, List<Listing> all) {
        return new Paper(p.arxivId(), p.version(), p.title(), p.titleRaw(), p.url(), p.authors(), p.categories(),
                p.primaryCategory(), p.tags(), p.abstractText(), p.zh(), p.announceType(), all);
    }

    /** Warnings about disagreeing or repeated listings. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    private static String disagreement(Paper a, Paper b) {
        if (!fold(a.title()).equals(fold(b.title()))) {
            return "title";
        }
        if (!a.authors().isEmpty() && !b.authors().isEmpty()
                && !a.authors().stream().map(AuthorKey::of).toList().equals(b.authors().stream().map(AuthorKey::of).toList())) {
            return "authors";
        }
        if (a.abstractText() != null && b.abstractText() != null && !fold(a.abstractText()).equals(fold(b.abstractText()))) {
            return "abstract";
        }
        return null;
    }

    private static Paper combine(Paper winner, Paper loser, List<Listing> listings) {
        var zh = new ChineseTexts(
                first(winner, loser, p -> p.zh().summary()), first(winner, loser, p -> p.zh().tldr()),
                first(winner, loser, p -> p.zh().motivation()), first(winner, loser, p -> p.zh().method()),
                first(winner, loser, p -> p.zh().result()), first(winner, loser, p -> p.zh().conclusion()),
                union(winner.zh().keywords(), loser.zh().keywords()));
        Integer version = winner.version() == null ? loser.version()
                : loser.version() == null ? winner.version() : Integer.valueOf(Math.max(winner.version(), loser.version()));
        return new Paper(winner.arxivId(), version, winner.title(), winner.titleRaw(), winner.url(),
                winner.authors().isEmpty() ? loser.authors() : winner.authors(),
                union(winner.categories(), loser.categories()),
                first(winner, loser, Paper::primaryCategory),
                union(winner.tags(), loser.tags()),
                first(winner, loser, Paper::abstractText), zh,
                first(winner, loser, Paper::announceType), listings);
    }

    private static <T> T first(Paper winner, Paper loser, Function<Paper, T> field) {
        var value = field.apply(winner);
        return value != null ? value : field.apply(loser);
    }

    private static List<String> union(List<String> a, List<String> b) {
        var all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static int fieldsPresent(Paper p) {
        var zh = p.zh();
        return (int) java.util.stream.Stream.of(p.version(), p.primaryCategory(), p.abstractText(), p.announceType(),
                        zh.summary(), zh.tldr(), zh.motivation(), zh.method(), zh.result(), zh.conclusion())
                .filter(Objects::nonNull).count()
                + (p.authors().isEmpty() ? 0 : 1) + (p.categories().isEmpty() ? 0 : 1) + (p.tags().isEmpty() ? 0 : 1)
                + (zh.keywords().isEmpty() ? 0 : 1);
    }

    private static int chineseLength(Paper p) {
        var zh = p.zh();
        return length(zh.summary()) + length(zh.tldr()) + length(zh.motivation()) + length(zh.method())
                + length(zh.result()) + length(zh.conclusion());
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}]+", "");
    }

    /**
     * Merges the property record of a paper as a graph stores it with a new record of the same paper (a load that
     * lists the paper again while the graph keeps listings the input does not hold), property by property, in a way
     * that does not depend on which came first, since a reloaded digest may be older than the stored record: a value
     * beats no value; a longer string or list beats a shorter one; a larger number beats a smaller one; among equals in
     * length the lexicographically smaller wins. (Entries read together are merged by {@link #add} instead.)
     */
    public static Map<String, Object> mergeRecords(Map<String, Object> stored, Map<String, Object> incoming) {
        var out = new LinkedHashMap<String, Object>();
        var keys = new TreeSet<String>(stored.keySet());
        keys.addAll(incoming.keySet());
        keys.remove("firstListed");
        keys.remove("lastListed");
        for (String key : keys) {
            Object a = stored.get(key);
            Object b = incoming.get(key);
            out.put(key, a == null ? b : b == null ? a : preferred(a, b));
        }
        return out;
    }

    private static Object preferred(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.longValue() >= y.longValue() ? a : b;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return x.size() > y.size() ? a : b;
            }
            return x.toString().compareTo(y.toString()) <= 0 ? a : b;
        }
        String x = String.valueOf(a);
        String y = String.valueOf(b);
        if (x.length() != y.length()) {
            return x.length() > y.length() ? a : b;
        }
        return x.compareTo(y) <= 0 ? a : b;
    }
}
