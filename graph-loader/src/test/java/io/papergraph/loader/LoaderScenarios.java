package io.papergraph.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.PaperMerger;
import io.papergraph.extractor.model.ChineseTexts;
import io.papergraph.extractor.model.DigestFormat;
import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.extractor.terms.corpus.CoOccurrence;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.loader.write.LoadStep;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;

/**
 * The loader's behaviour on small fixtures, run against any server: the embedded one ({@link EmbeddedLoaderIT})
 * and, where Docker is present, a Neo4j container ({@link ContainerLoaderIT}).
 */
abstract class LoaderScenarios {

    abstract Neo4jConnection connection();

    /** Empties the database between loads within one test. */
    void clean() {
        try (var session = connection().session()) {
            session.run("MATCH (n) DETACH DELETE n").consume();
        }
    }

    GraphLoader loader() {
        return GraphLoader.create(connection(), Fixtures.ranking(), LoaderOptions.defaults().withBatchSize(3));
    }

    List<Map<String, Object>> rows(String cypher) {
        try (var session = connection().session()) {
            return session.run(cypher).list(r -> r.asMap());
        }
    }

    Object single(String cypher) {
        var all = rows(cypher);
        assertEquals(1, all.size(), cypher);
        return all.get(0).values().iterator().next();
    }

    @Test
    void loadsPapersAuthorsCategoriesTagsAndListings() {
        var report = loader().load(Fixtures.bothDays());
        assertEquals(List.of("day1.md", "day2.md"), report.loaded());
        assertEquals(5L, single("MATCH (p:Paper) RETURN count(p)"));
        // "Carol Wu" and "carol  wu" are one author; her smallest display form wins.
        assertEquals(List.of(Map.of("name", "Alice Smith", "papers", 2L)), rows(
                "MATCH (a:Author {key: 'alicesmith'})-[:WROTE]->(p) RETURN a.name AS name, count(p) AS papers"));
        assertEquals(5L, single("MATCH (a:Author) RETURN count(a)"));
        assertEquals("Carol Wu", single("MATCH (a:Author {key: 'carolwu'}) RETURN a.name"));
        assertEquals(List.of(1L, 2L), rows("MATCH (a:Author)-[w:WROTE]->(:Paper {arxivId: '2601.00001'}) RETURN w.position AS p ORDER BY p")
                .stream().map(m -> m.get("p")).toList());
        assertEquals(List.of(Map.of("code", "cs.CL", "name", "Computation and Language", "archive", "cs", "primary", true),
                        Map.of("code", "cs.AI", "name", "Artificial Intelligence", "archive", "cs", "primary", false)),
                rows("MATCH (:Paper {arxivId: '2601.00001'})-[r:IN_CATEGORY]->(c) RETURN c.code AS code, c.name AS name,"
                        + " c.archive AS archive, r.primary AS primary ORDER BY r.primary DESC"));
        assertEquals(2L, single("MATCH (:Tag {key: 'llm memory'})<-[:TAGGED]-(p) RETURN count(p)"));
        // C is listed on both days; its dates span them, and it has the longer abstract.
        assertEquals(List.of(Map.of("file", "day1.md", "rank", 3L, "line", 30L), Map.of("file", "day2.md", "rank", 1L, "line", 20L)),
                rows("MATCH (d:Digest)-[l:LISTS]->(:Paper {arxivId: '2601.00003'}) RETURN d.file AS file, l.rank AS rank,"
                        + " l.line AS line ORDER BY file"));
        assertEquals(List.of(Map.of("first", Fixtures.DAY1, "last", Fixtures.DAY2, "abstract", "A longer abstract.")),
                rows("MATCH (p:Paper {arxivId: '2601.00003'}) RETURN p.firstListed AS first, p.lastListed AS last, p.abstract AS abstract"));
        assertEquals("hash-2", single("MATCH (d:Digest {file: 'day2.md'}) RETURN d.contentHash"));
        assertEquals("检索增强生成（RAG）的规模化。", single("MATCH (p:Paper {arxivId: '2601.00004'}) RETURN p.summaryZh"));
    }

    @Test
    void writesTermsMentionsAndCoOccurrences() {
        loader().load(Fixtures.bothDays());
        // "retrieval" is in the titles of A, B, C, D; "graph" and "memory" in A, B, E.
        assertEquals(4L, single("MATCH (t:Term {key: 'retrieval'}) RETURN t.df"));
        assertEquals(4L, single("MATCH (:Term {key: 'retrieval'})<-[:MENTIONS]-(p) RETURN count(p)"));
        assertEquals(List.of(Map.of("papers", 3L, "strength", 1.0 * CoOccurrence.npmi(3, 3, 3, 5))),
                rows("MATCH (:Term {key: 'graph'})-[c:CO_OCCURS]-(:Term {key: 'memory'}) RETURN c.papers AS papers, c.strength AS strength"));
        // Stored once per pair, from the smaller key to the larger.
        assertEquals(0L, single("MATCH (a:Term)-[:CO_OCCURS]->(b:Term) WHERE a.key >= b.key RETURN count(*)"));
        // "augmented" and "retrieval" share 2 papers (A, D): positive association.
        var strength = (Double) single("MATCH (:Term {key: 'augmented'})-[c:CO_OCCURS]-(:Term {key: 'retrieval'}) RETURN c.strength");
        assertEquals(CoOccurrence.npmi(2, 2, 4, 5), strength, 1e-12);
    }

    @Test
    void loadingTheSameDigestsTwiceChangesNothing() {
        var loader = loader();
        loader.load(Fixtures.bothDays());
        var first = GraphFingerprint.of(connection());
        var again = loader.load(Fixtures.bothDays());
        assertEquals(List.of("day1.md", "day2.md"), again.skipped());
        assertEquals(0, again.elementsCreated());
        assertEquals(first, GraphFingerprint.of(connection()));
    }

    @Test
    void dayTwoAfterDayOneEqualsBothAtOnce() {
        loader().load(Fixtures.bothDays());
        var together = GraphFingerprint.of(connection());
        clean();
        loader().load(Fixtures.day1());
        var afterDay1 = GraphFingerprint.of(connection());
        var report = loader().load(Fixtures.day2());
        assertEquals(List.of("day2.md"), report.loaded());
        // Day 2 changes the document frequencies, hence the weights of day 1's mentions and every co-occurrence.
        var updates = report.steps().stream().filter(s -> s.name().endsWith("-update")).mapToLong(LoadStep::rows).sum();
        assertTrue(updates > 0, report.describeSteps());
        assertTrue(report.elementsUpdated() >= updates, report.describe());
        assertEquals(report.elementsCreated() + report.nodesDeleted() + report.relationshipsDeleted() + report.elementsUpdated(),
                report.elementsWritten());
        assertNotEquals(afterDay1, together);
        assertEquals(together, GraphFingerprint.of(connection()));
    }

    @Test
    void aPaperWhoseListingsDisagreeEndsTheSameLoadedTogetherOrDigestByDigest() {
        // Day 1 has the longer title and abstract; day 2 has more fields (a Chinese TL;DR), so its record wins whole.
        var onDay1 = Fixtures.paper("2601.00003", "Sparse Autoencoders Explain Retrieval, Revisited at Length",
                List.of("Carol Wu", "Dan Ng"), List.of("cs.LG"), List.of(), "A long abstract, longer than day two's.", null,
                Fixtures.l1(3));
        var onDay2 = Fixtures.paper("2601.00003", "Sparse Autoencoders Explain Retrieval", List.of("Carol Wu", "Dan Ng"),
                List.of("cs.LG", "stat.ML"), List.of(), "Short.",
                new ChineseTexts(null, "稀疏自编码器。", null, null, null, null, List.of()), Fixtures.l2(1));
        var merger = new PaperMerger();
        merger.add(onDay1, "day1.md");
        merger.add(onDay2, "day2.md");
        assertEquals(1, merger.problems().size(), "the disagreement is warned about");
        var day1 = Fixtures.input(List.of(Fixtures.DIGEST1), List.of(Fixtures.a(), onDay1));
        var day2 = Fixtures.input(List.of(Fixtures.DIGEST2), List.of(onDay2, Fixtures.e()));
        loader().load(Fixtures.input(List.of(Fixtures.DIGEST1, Fixtures.DIGEST2),
                List.of(Fixtures.a(), merger.papers().get(0), Fixtures.e())));
        var together = paperC();
        assertEquals("Short.", together.get("abstract"));
        assertEquals("稀疏自编码器。", together.get("tldrZh"));
        var graph = GraphFingerprint.of(connection());
        clean();
        loader().load(day1);
        loader().load(day2);
        assertEquals(together, paperC());
        assertEquals(graph, GraphFingerprint.of(connection()));
        clean();
        loader().load(day2);
        loader().load(day1);
        assertEquals(together, paperC());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> paperC() {
        return (Map<String, Object>) single("MATCH (p:Paper {arxivId: '2601.00003'}) RETURN properties(p) AS p");
    }

    @Test
    void aFreshLoadReportsItsStepsWithTheirRows() {
        var report = loader().load(Fixtures.bothDays());
        var rows = new java.util.HashMap<String, Long>();
        report.steps().forEach(s -> rows.merge(s.name(), s.rows(), Long::sum));
        assertEquals(5L, rows.get("papers-create"));
        assertEquals(single("MATCH ()-[m:MENTIONS]->() RETURN count(m)"), rows.get("mentions-create"));
        assertEquals(single("MATCH ()-[c:CO_OCCURS]->() RETURN count(c)"), rows.get("co-occurs-create"));
        assertEquals(5L, rows.get("rank terms"));
        assertTrue(report.describeSteps().lines().anyMatch(l -> l.matches("papers-create\\s+5\\s+.*")), report.describeSteps());
    }

    @Test
    void aDigestReloadedWithTheSamePapersRewritesNoMentions() {
        loader().load(Fixtures.bothDays());
        var before = GraphFingerprint.of(connection());
        // The same papers in a digest file whose content changed otherwise (a new content hash).
        var regenerated = new DigestInfo("day2.md", Fixtures.DAY2, DigestFormat.ANNOUNCEMENT, "hash-2-regenerated", 3, 3);
        var both = Fixtures.bothDays();
        var report = loader().load(new LoadInput(List.of(Fixtures.DIGEST1, regenerated), both.papers(), both.paperTerms()));
        assertEquals(List.of("day2.md"), report.reloaded());
        var names = report.steps().stream().map(LoadStep::name).toList();
        assertTrue(names.contains("read papers-mention-hashes"), names.toString());
        var writes = names.stream().filter(n -> !n.startsWith("read ")).toList();
        assertTrue(writes.stream().noneMatch(n -> n.startsWith("mentions-") || n.startsWith("co-occurs-")), writes.toString());
        assertTrue(names.stream().noneMatch(n -> n.equals("read mentions-of-papers")), names.toString());
        try (var session = connection().session()) {
            session.run("MATCH (d:Digest {file: 'day2.md'}) SET d.contentHash = 'hash-2'").consume();
        }
        assertEquals(before, GraphFingerprint.of(connection()));
    }

    @Test
    void aChangedDigestIsReloadedCleanly() {
        loader().load(Fixtures.day1Changed());
        var direct = GraphFingerprint.of(connection());
        clean();
        loader().load(Fixtures.day1());
        var report = loader().load(Fixtures.day1Changed());
        assertEquals(List.of("day1.md"), report.reloaded());
        assertEquals(1, report.papersRemoved());
        assertEquals(0L, single("MATCH (p:Paper {arxivId: '2601.00002'}) RETURN count(p)"));
        assertEquals(0L, single("MATCH (a:Author {key: 'boblee'})-[:WROTE]->(:Paper {arxivId: '2601.00002'}) RETURN count(a)"));
        assertEquals(direct, GraphFingerprint.of(connection()));
    }

    @Test
    void aDigestWhoseLoadDidNotFinishIsLoadedAgain() {
        loader().load(Fixtures.bothDays());
        var complete = GraphFingerprint.of(connection());
        // What a load stopped half-way leaves: the digest without its content hash, and some of its data missing
        // (the loader removes a paper's mention hash in the transaction that removes any of its mentions).
        try (var session = connection().session()) {
            session.run("MATCH (d:Digest {file: 'day2.md'}) SET d.contentHash = null").consume();
            session.run("MATCH (p:Paper {arxivId: '2601.00005'})-[m:MENTIONS]->() REMOVE p.mentionsHash DELETE m").consume();
            session.run("MATCH (t:Term) WITH t LIMIT 2 OPTIONAL MATCH (p:Paper)-[:MENTIONS]->(t) REMOVE p.mentionsHash"
                    + " WITH DISTINCT t DETACH DELETE t").consume();
        }
        var report = loader().load(Fixtures.bothDays());
        assertEquals(List.of("day2.md"), report.reloaded());
        assertEquals(complete, GraphFingerprint.of(connection()));
    }

    @Test
    void schemaHasConstraintsOnEveryKeyAndFullTextIndexes() {
        loader().applySchema();
        loader().applySchema();
        var constraints = rows("SHOW CONSTRAINTS YIELD labelsOrTypes, properties RETURN labelsOrTypes[0] + '.' + properties[0] AS c")
                .stream().map(m -> m.get("c")).toList();
        assertTrue(constraints.containsAll(List.of("Paper.arxivId", "Author.key", "Category.code", "Tag.key", "Term.key",
                "Digest.file")), constraints.toString());
        loader().load(Fixtures.bothDays());
        assertEquals("2601.00004", single("CALL db.index.fulltext.queryNodes('paper_text_zh', '检索') YIELD node RETURN node.arxivId"));
        assertEquals(List.of("2601.00002", "2601.00003"), rows("CALL db.index.fulltext.queryNodes('paper_text', 'autoencoders')"
                + " YIELD node RETURN node.arxivId AS id ORDER BY id").stream().map(m -> m.get("id")).toList());
        assertEquals("sparse", single("CALL db.index.fulltext.queryNodes('term_names', 'sparse') YIELD node RETURN node.key"));
    }

    @Test
    void storesPaperTermFindingsAsJson() {
        loader().load(Fixtures.day1());
        var json = (String) single("MATCH (p:Paper {arxivId: '2601.00001'}) RETURN p.paperTerms");
        assertEquals("{\"arxivId\":\"2601.00001\"}", json);
        assertTrue(rows("MATCH (p:Paper) RETURN keys(p) AS k").stream()
                .allMatch(m -> ((List<?>) m.get("k")).contains("authors")));
    }

    @Test
    void storedFindingsThatDoNotParseStopTheNextLoadNamingThePaper() {
        loader().load(Fixtures.day1());
        rows("MATCH (p:Paper {arxivId: '2601.00001'}) SET p.paperTerms = '{\"arxivId\": \"2601.00001\", \"candidates\": [[\"art\"'");
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.papergraph.PapergraphException.class,
                () -> loader().load(Fixtures.day2()));
        assertTrue(e.getMessage().startsWith("the stored term findings of paper 2601.00001 are not valid JSON ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("); reload its digest"), e.getMessage());
    }

    static List<String> strings(Value v) {
        return v.asList(Value::asString);
    }
}
