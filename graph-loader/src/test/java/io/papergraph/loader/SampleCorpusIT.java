package io.papergraph.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.DigestCorpus;
import io.papergraph.extractor.DigestCorpusReader;
import io.papergraph.extractor.terms.TermIndex;
import io.papergraph.extractor.terms.TermOptions;
import io.papergraph.extractor.terms.corpus.CoOccurrence;
import io.papergraph.extractor.terms.corpus.CoOccurrenceOptions;
import io.papergraph.extractor.terms.corpus.TermRanking;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.loader.write.LoadStep;
import io.papergraph.testsupport.Neo4jExtension;
import io.papergraph.testsupport.SampleDigests;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sample corpus (data/digests) through the real digest parser into the embedded Neo4j. */
@ExtendWith({Neo4jExtension.class, TestConnection.class})
class SampleCorpusIT {

    static final Path DIGESTS = SampleDigests.DIRECTORY;
    static final String D000 = "000_58d367911e4c672a.txt";
    static final String D001 = "001_7d4dfe1d692b6f6f.txt";
    static final String D003 = "003_15443def748f1dbe.txt";
    private static final String RAG = "retrieval augmented generation";

    private static DigestCorpus corpus;
    private static final TermRanking RANKING = SampleInput.RANKING;
    private final Neo4jConnection neo4j;

    SampleCorpusIT(Neo4jConnection neo4j) {
        this.neo4j = neo4j;
    }

    @BeforeAll
    static void read() {
        corpus = new DigestCorpusReader().read(List.of(DIGESTS));
    }

    static LoadInput input(DigestCorpus c) {
        return SampleInput.of(c);
    }

    private GraphLoader loader() {
        return GraphLoader.create(neo4j, RANKING, LoaderOptions.defaults());
    }

    private Object single(String cypher, Map<String, Object> params) {
        try (var session = neo4j.session()) {
            return session.run(cypher, params).single().get(0).asObject();
        }
    }

    private Object single(String cypher) {
        return single(cypher, Map.of());
    }

    @Test
    void loadsTheSampleCorpus() {
        var report = loader().load(input(corpus));
        assertEquals(5, report.loaded().size());
        assertEquals(411, report.papersWritten());
        assertEquals(411L, single("MATCH (p:Paper) RETURN count(p)"));
        assertEquals(5L, single("MATCH (d:Digest) WHERE d.contentHash IS NOT NULL RETURN count(d)"));
        assertEquals(411L, single("MATCH (:Digest)-[l:LISTS]->() RETURN count(l)"));
        // Author positions: 892 in all, 496 on the papers of digest 001 and 396 on those of 003.
        assertEquals(892L, single("MATCH (:Author)-[w:WROTE]->() RETURN count(w)"));
        assertEquals(496L, single("MATCH (:Digest {file: $f})-[:LISTS]->(p)<-[w:WROTE]-() RETURN count(w)", Map.of("f", D001)));
        assertEquals(396L, single("MATCH (:Digest {file: $f})-[:LISTS]->(p)<-[w:WROTE]-() RETURN count(w)", Map.of("f", D003)));
        assertEquals(corpus.distinctAuthors(), single("MATCH (a:Author) RETURN count(a)"));
        // The first entry of 001: GCRank, 13 authors, main category cs.IR, rank 1 at line 14.
        assertEquals(List.of("Ziheng Ni", "Jingping Shao", 13L), single(
                "MATCH (p:Paper {arxivId: '2601.02361'})<-[w:WROTE]-(a) WITH a, w ORDER BY w.position"
                        + " WITH collect(a.name) AS names RETURN [names[0], names[-1], size(names)]"));
        assertEquals(List.of("cs.IR", "Information Retrieval", true), single(
                "MATCH (:Paper {arxivId: '2601.02361'})-[r:IN_CATEGORY]->(c) WHERE r.primary RETURN [c.code, c.name, r.primary]"));
        assertEquals(List.of(D001, 1L, 14L), single(
                "MATCH (d:Digest)-[l:LISTS]->(:Paper {arxivId: '2601.02361'}) RETURN [d.file, l.rank, l.line]"));
        // Format 1 gives free-form topics, kept as tags, not categories.
        assertEquals(true, single("RETURN EXISTS { (:Paper {arxivId: '2511.05518'})-[:TAGGED]->(:Tag {key: 'llm memory'}) }"));
        assertEquals(0L, single("MATCH (c:Category {code: 'LLM Memory'}) RETURN count(c)"));
        // Format 4: version and announcement type from the arXiv line, Chinese abstract.
        assertEquals(List.of(1L, "new"), single("MATCH (p:Paper {arxivId: '2506.05508'}) RETURN [p.version, p.announceType]"));
        assertTrue(((String) single("MATCH (p:Paper {arxivId: '2506.05508'}) RETURN p.summaryZh")).startsWith("随着推理任务扩展到多节点部署场景"));
        // Every category with a code from arXiv's taxonomy has its human name.
        assertEquals(0L, single("MATCH (c:Category) WHERE c.name IS NULL RETURN count(c)"));
        // Terms, as the term extractor finds them: RAG merged with its expansion and Chinese name, LLM in both languages.
        var index = TermIndex.build(SampleInput.all().paperTerms(), TermOptions.defaults());
        assertEquals((long) index.terms().size(), single("MATCH (t:Term) RETURN count(t)"));
        assertEquals((long) index.mentions().size(), single("MATCH ()-[m:MENTIONS]->() RETURN count(m)"));
        assertEquals(List.of("RAG", true), single("MATCH (t:Term {key: 'retrieval augmented generation'})"
                + " RETURN [t.acronym, '检索增强生成' IN t.namesZh]"));
        assertEquals("large language model", single("CALL db.index.fulltext.queryNodes('term_names_zh', '大语言模型') YIELD node"
                + " RETURN node.key LIMIT 1"));
        // The full-text indexes, dropped during a fresh load and populated after its nodes, are online and complete.
        assertEquals(List.of("paper_text", "paper_text_zh", "term_names", "term_names_zh"), single(
                "SHOW FULLTEXT INDEXES YIELD name, state, populationPercent WHERE state = 'ONLINE' AND populationPercent = 100.0"
                        + " RETURN collect(name) AS names ORDER BY names"));
        assertEquals("2506.05508", single("CALL db.index.fulltext.queryNodes('paper_text', $q) YIELD node RETURN node.arxivId LIMIT 1",
                Map.of("q", "title:\"" + single("MATCH (p:Paper {arxivId: '2506.05508'}) RETURN p.title") + "\"")));
        assertTrue((Long) single("CALL db.index.fulltext.queryNodes('paper_text_zh', '推理任务') YIELD node RETURN count(node)") > 0);
        assertEquals(true, single("RETURN EXISTS { (:Paper {arxivId: '2511.05518'})-[:MENTIONS]->(:Term {key: 'large language model'}) }"));
        Long ragDf = (Long) single("MATCH (t:Term {key: 'retrieval augmented generation'}) RETURN t.df");
        assertEquals(ragDf, single("MATCH (:Term {key: 'retrieval augmented generation'})<-[:MENTIONS]-(p) RETURN count(p)"));
        // Co-occurrences of RAG, counted here from the mentions: the papers it shares with each term and their NPMI
        // over the 411 papers. Its strongest partners are all stored; LLM, in most papers, is too weak a partner.
        var byPaper = new HashMap<String, Set<String>>();
        index.mentions().forEach(m -> byPaper.computeIfAbsent(m.arxivId(), k -> new HashSet<>()).add(m.termKey()));
        var df = new HashMap<String, Integer>();
        var shared = new HashMap<String, Integer>();
        for (var terms : byPaper.values()) {
            terms.forEach(t -> df.merge(t, 1, Integer::sum));
            if (terms.contains(RAG)) {
                terms.stream().filter(t -> !t.equals(RAG)).forEach(t -> shared.merge(t, 1, Integer::sum));
            }
        }
        var strongest = shared.entrySet().stream().filter(e -> e.getValue() >= 2)
                .map(e -> List.<Object>of(e.getKey(), (long) e.getValue(), CoOccurrence.npmi(e.getValue(), ragDf.intValue(), df.get(e.getKey()), 411)))
                .filter(row -> (Double) row.get(2) > 0)
                .sorted(Comparator.comparing((List<Object> row) -> (Double) row.get(2)).reversed()
                        .thenComparing(row -> -(Long) row.get(1)).thenComparing(row -> (String) row.get(0)))
                .limit(CoOccurrenceOptions.DEFAULT_PARTNERS).toList();
        assertTrue(shared.get("large language model") >= 2, "RAG and LLM share papers");
        assertEquals(List.of("knowledge graph", 3L), strongest.get(0).subList(0, 2));
        for (var partner : strongest) {
            assertEquals(partner.subList(1, 3), single("MATCH (:Term {key: $a})-[c:CO_OCCURS]-(:Term {key: $b}) RETURN [c.papers, c.strength]",
                    Map.of("a", RAG, "b", partner.get(0))), "RAG and " + partner.get(0));
        }
        assertEquals(0L, single("MATCH (:Term {key: $a})-[c:CO_OCCURS]-(:Term {key: 'large language model'}) RETURN count(c)", Map.of("a", RAG)));
        // The bound: no term keeps more partners than that of its own, so every pair is among the strongest of one end.
        assertEquals(0L, single("""
                MATCH (t:Term)-[c:CO_OCCURS]-(o:Term)
                WITH c, t, o ORDER BY c.strength DESC, c.papers DESC, o.key
                WITH t, collect(c) AS ranked
                UNWIND range(0, size(ranked) - 1) AS i
                WITH ranked[i] AS c, i < $k AS strongest
                WITH c, max(CASE WHEN strongest THEN 1 ELSE 0 END) AS kept
                WHERE kept = 0 RETURN count(c)""", Map.of("k", (long) CoOccurrenceOptions.DEFAULT_PARTNERS)));
    }

    @Test
    void loadingTwiceAndLoadingDayByDayGiveTheSameGraph() {
        var loader = loader();
        loader.load(input(corpus));
        var once = GraphFingerprint.of(neo4j);
        var again = loader.load(input(corpus));
        assertEquals(5, again.skipped().size());
        assertEquals(once, GraphFingerprint.of(neo4j));

        try (var session = neo4j.session()) {
            session.run("MATCH (n) DETACH DELETE n").consume();
        }
        var reader = new DigestCorpusReader();
        var first = reader.read(List.of(DIGESTS.resolve(D000), DIGESTS.resolve(D001)));
        var rest = reader.read(List.of(DIGESTS.resolve("002_1f9b1230fff0d1d4.txt"), DIGESTS.resolve(D003),
                DIGESTS.resolve("004_550b361b9cc0b56f.txt")));
        loader.load(input(first));
        var dayOne = mentionWeights();
        var report = loader.load(input(rest));
        assertEquals(3, report.loaded().size());
        assertEquals(once, GraphFingerprint.of(neo4j));
        // Mention weights depend on their paper alone: the second load makes more of a first-day paper's phrases
        // recurring terms (which can change its largest weight, the divisor), but leaves the ratio of two of its
        // weights as it was, unless corpus votes changed what a bare acronym of the paper stands for; a corpus
        // statistic in the weight (document frequency) would change nearly every ratio.
        var after = mentionWeights();
        int compared = 0;
        int kept = 0;
        for (var e : dayOne.entrySet()) {
            var before = e.getValue();
            var now = after.get(e.getKey());
            var common = before.keySet().stream().filter(now::containsKey).toList();
            String ref = common.stream().max(Comparator.comparing(before::get)).orElseThrow();
            for (String term : common) {
                if (Math.abs(before.get(term) * now.get(ref) - now.get(term) * before.get(ref)) <= 3e-6) {
                    kept++;
                }
                compared++;
            }
        }
        assertTrue(compared > 1_000 && kept >= 0.95 * compared, kept + " of " + compared + " weight ratios kept");
        long rewritten = report.steps().stream().filter(s -> s.name().equals("read mentions-of-papers")).mapToLong(LoadStep::rows).sum();
        long ofUnchangedPapers = 0;
        for (var e : dayOne.entrySet()) {
            if (e.getValue().keySet().equals(after.getOrDefault(e.getKey(), Map.of()).keySet())) {
                ofUnchangedPapers += e.getValue().size();
            }
        }
        long total = (Long) single("MATCH ()-[m:MENTIONS]->() RETURN count(m)");
        assertTrue(rewritten <= total - ofUnchangedPapers, "mentions read back: " + rewritten + " of " + total);
    }

    /** Paper to term key to mention weight, as stored. */
    private Map<String, Map<String, Double>> mentionWeights() {
        var out = new HashMap<String, Map<String, Double>>();
        try (var session = neo4j.session()) {
            session.run("MATCH (p:Paper)-[m:MENTIONS]->(t:Term) RETURN p.arxivId AS paper, t.key AS term, m.weight AS weight").forEachRemaining(r ->
                    out.computeIfAbsent(r.get("paper").asString(), k -> new HashMap<>()).put(r.get("term").asString(), r.get("weight").asDouble()));
        }
        return out;
    }
}
