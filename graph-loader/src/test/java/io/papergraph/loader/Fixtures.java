package io.papergraph.loader;

import io.papergraph.extractor.model.ChineseTexts;
import io.papergraph.extractor.model.DigestFormat;
import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.extractor.model.Listing;
import io.papergraph.extractor.model.Paper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Two small days of digests for loader tests. Paper C is listed on both days, with a longer abstract on day 2;
 * "Carol Wu" is spelled two ways; day 1 has a second version in which B is gone and F is new.
 */
final class Fixtures {

    static final LocalDate DAY1 = LocalDate.of(2026, 1, 5);
    static final LocalDate DAY2 = LocalDate.of(2026, 1, 6);
    static final DigestInfo DIGEST1 = new DigestInfo("day1.md", DAY1, DigestFormat.CATEGORY_TOC, "hash-1", 3, 3);
    static final DigestInfo DIGEST1_V2 = new DigestInfo("day1.md", DAY1, DigestFormat.CATEGORY_TOC, "hash-1b", 3, 3);
    static final DigestInfo DIGEST2 = new DigestInfo("day2.md", DAY2, DigestFormat.ANNOUNCEMENT, "hash-2", 3, 3);

    private Fixtures() {
    }

    static Paper paper(String id, String title, List<String> authors, List<String> categories, List<String> tags,
            String abstractText, ChineseTexts zh, Listing... listings) {
        return new Paper(id, 1, title, title, "https://arxiv.org/abs/" + id, authors, categories, categories.get(0), tags,
                abstractText, zh, "new", List.of(listings));
    }

    static Listing l1(int rank) {
        return new Listing("day1.md", DAY1, rank, rank * 10, DigestFormat.CATEGORY_TOC);
    }

    static Listing l2(int rank) {
        return new Listing("day2.md", DAY2, rank, rank * 20, DigestFormat.ANNOUNCEMENT);
    }

    static Paper a() {
        return paper("2601.00001", "Retrieval Augmented Generation for Graph Memory", List.of("Alice Smith", "Bob Lee"),
                List.of("cs.CL", "cs.AI"), List.of("LLM Memory"), "About RAG.", null, l1(1));
    }

    static Paper b() {
        return paper("2601.00002", "Graph Memory Retrieval with Sparse Autoencoders", List.of("Bob Lee", "Carol Wu"),
                List.of("cs.LG"), List.of("Interpretability"), "About SAEs.", null, l1(2));
    }

    static Paper c(String abstractText, Listing... listings) {
        return paper("2601.00003", "Sparse Autoencoders Explain Retrieval", List.of("carol  wu", "Dan Ng"),
                List.of("cs.LG", "stat.ML"), List.of("Interpretability", "LLM Memory"), abstractText, null, listings);
    }

    static Paper d() {
        return paper("2601.00004", "Retrieval Augmented Generation at Scale", List.of("Eve Ko"), List.of("cs.IR"), List.of(),
                null, new ChineseTexts("检索增强生成（RAG）的规模化。", null, null, null, null, null, List.of("检索增强生成")), l2(2));
    }

    static Paper e() {
        return paper("2601.00005", "Quantum Graph Memory", List.of("Alice Smith"), List.of("quant-ph"), List.of(), "Qubits.", null, l2(3));
    }

    static Paper f() {
        return paper("2601.00006", "Graph Memory Compression", List.of("Finn Berg"), List.of("cs.LG"), List.of(), "Compress.", null, l1(2));
    }

    static List<Paper> all() {
        return List.of(a(), b(), c("Short.", l1(3)), d(), e(), f());
    }

    static LoadInput day1() {
        return input(List.of(DIGEST1), List.of(a(), b(), c("Short.", l1(3))));
    }

    static LoadInput day2() {
        return input(List.of(DIGEST2), List.of(c("A longer abstract.", l2(1)), d(), e()));
    }

    /** Both days read at once: C is one paper with both listings and the richer (longer) abstract. */
    static LoadInput bothDays() {
        return input(List.of(DIGEST1, DIGEST2), List.of(a(), b(), c("A longer abstract.", l1(3), l2(1)), d(), e()));
    }

    /** Day 1 edited: B is gone, F is new. */
    static LoadInput day1Changed() {
        return input(List.of(DIGEST1_V2), List.of(a(), c("Short.", l1(3)), f()));
    }

    static LoadInput input(List<DigestInfo> digests, List<Paper> papers) {
        return new LoadInput(new ArrayList<>(digests), new ArrayList<>(papers), FixtureTermRanking.findings(papers));
    }

    static FixtureTermRanking ranking() {
        var known = new LinkedHashMap<String, Paper>();
        all().forEach(p -> known.put(p.arxivId(), p));
        return new FixtureTermRanking(known.values());
    }
}
