package io.papergraph.extractor;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.function.Function;

/**
 * Merges the entries of many digests into one paper per arXiv id. Every listing is kept, in input order.
 * When two records of a paper disagree (title, authors, abstract), the richer record wins: more fields
 * present, then more authors, then the longer abstract and Chinese texts, then the one whose text sorts first;
 * the loser only fills fields the winner lacks. That rule ({@link #merge}) is also how the loader merges the
 * record a graph stores (itself the merge of the earlier listings) with a new listing of the paper, and it does not
 * depend on which of two records came first, so that digests loaded one by one leave a paper as the same digests
 * loaded together do. Disagreements and repeated listings in one digest are reported as warnings at the later entry.
 */
public final class PaperMerger {

    private static final Comparator<Paper> RICHNESS = Comparator.comparingInt(PaperMerger::fieldsPresent)
            .thenComparingInt(p -> p.authors().size())
            .thenComparingInt(p -> length(p.abstractText()))
            .thenComparingInt(PaperMerger::chineseLength)
            // Last, a tie-break on the content alone: the record whose text sorts first is the richer.
            .thenComparing(PaperMerger::text, Comparator.reverseOrder());

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
        var winner = richer(known, paper);
        var loser = winner == known ? paper : known;
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

    /**
     * Two records of one paper merged: the richer wins (see {@link #richer}), the other fills the fields it lacks,
     * categories, tags and Chinese keywords are united and the larger version is kept; the listings are both
     * records', {@code a}'s first. Which record is {@code a} changes only the order of the listings.
     */
    public static Paper merge(Paper a, Paper b) {
        return mergeOf(a, b).paper();
    }

    /**
     * Two records merged as {@link #merge} merges them, with which one won: a caller that keeps more of the winner
     * (the loader keeps its term findings) asks the rule once.
     */
    public static Merge mergeOf(Paper a, Paper b) {
        var winner = richer(a, b);
        var all = new ArrayList<>(a.listings());
        all.addAll(b.listings());
        return new Merge(combine(winner, winner == a ? b : a, all), winner == a);
    }

    /** A merge of two records: the merged paper, and whether the first record's title, authors and texts won. */
    public record Merge(Paper paper, boolean firstWon) {

        public Merge {
            Objects.requireNonNull(paper, "paper");
        }
    }

    /**
     * The record of the two whose title, authors and texts a merge keeps: the one with more fields present, then
     * more authors, then the longer abstract, then the longer Chinese texts, then the one whose content (authors as
     * displayed, listings aside) sorts first. Only records equal in all of that tie, and then {@code a} is returned.
     */
    public static Paper richer(Paper a, Paper b) {
        return RICHNESS.compare(a, b) >= 0 ? a : b;
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
     * The content a tie in richness is broken on, the same for a record read from a digest and for that record as
     * a graph stores it: the record as JSON without its listings, authors in their display form.
     */
    private static String text(Paper p) {
        var bare = new Paper(p.arxivId(), p.version(), p.title(), p.titleRaw(), p.url(),
                p.authors().stream().map(AuthorKey::displayName).toList(), p.categories(), p.primaryCategory(), p.tags(),
                p.abstractText(), p.zh(), p.announceType(), List.of());
        try {
            return JsonLines.mapper().writeValueAsString(bare);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the record of " + p.arxivId() + " as JSON", e);
        }
    }
}
