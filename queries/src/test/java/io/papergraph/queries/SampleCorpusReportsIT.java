package io.papergraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.papergraph.extractor.DigestCorpus;
import io.papergraph.extractor.model.Paper;
import io.papergraph.loader.LoadInput;
import io.papergraph.loader.TestConnection;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.testing.SampleCorpus;
import io.papergraph.testing.TestNeo4j;
import io.papergraph.testsupport.Neo4jExtension;
import io.papergraph.topics.ClusterEngine;
import io.papergraph.topics.ClusterOptions;
import io.papergraph.topics.TopicClusterer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every packaged report against the graph of the sample corpus (data/digests, through the real parser and
 * term extractor), with rows checked against what the sample digests say. The corpus is read and analysed
 * once per class; the graph is loaded once, in the factory, since the extension empties the database
 * before each test method.
 */
@ExtendWith({Neo4jExtension.class, TestConnection.class})
class SampleCorpusReportsIT {

    static final String D001 = "001_7d4dfe1d692b6f6f.txt";

    private static final ReportCatalog CATALOG = ReportCatalog.packaged();
    private static DigestCorpus corpus;
    private static LoadInput input;

    @BeforeAll
    static void readAndAnalyse() {
        corpus = SampleCorpus.corpus();
        input = SampleCorpus.input();
    }

    /** The topic-clusters report as it was before clusters stored their profile: computed from every share. */
    private static Report liveTopicClusters() {
        var resource = "topic-clusters-live.cypher";
        try (var in = SampleCorpusReportsIT.class.getResourceAsStream(resource)) {
            return ReportParser.parse("topic-clusters-live", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), resource);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Stream<Paper> papers() {
        return corpus.papers().stream();
    }

    @TestFactory
    Stream<DynamicTest> reportsOnTheSampleCorpus(Neo4jConnection neo4j) {
        SampleCorpus.load(neo4j, input);
        var clusterer = TopicClusterer.create(neo4j.driver(), null);
        clusterer.recompute(ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS));
        var runner = ReportRunner.create(neo4j.driver(), null);
        var covered = new HashSet<String>();
        java.util.function.BiFunction<String, Map<String, String>, ReportResult> run = (name, parameters) -> {
            covered.add(name);
            return runner.run(CATALOG.get(name), parameters);
        };

        return Stream.of(
                dynamicTest("coauthors of Ziheng Ni: the 12 other authors of 2601.02361", () -> {
                    var result = run.apply("coauthors", Map.of("author", "ziheng ni"));
                    var expected = papers().filter(p -> p.authors().contains("Ziheng Ni"))
                            .flatMap(p -> p.authors().stream()).filter(a -> !a.equals("Ziheng Ni")).distinct().sorted().toList();
                    assertEquals(12, expected.size(), expected.toString());
                    assertEquals(expected, result.column("coauthor").stream().sorted().toList());
                    var shao = row(result, "coauthor", "Jingping Shao");
                    assertEquals("Ziheng Ni", shao.get("author"));
                    assertEquals(1L, shao.get("together"));
                    assertEquals(List.of("2601.02361"), shao.get("papers"));
                }),
                dynamicTest("search: an English phrase finds its paper first", () -> {
                    var result = run.apply("search", Map.of("query", "\"Dragon Hatchling\""));
                    assertEquals(List.of("paper", "2509.26507"), List.of(result.rows().get(0).get(0), result.rows().get(0).get(1)));
                    assertTrue(((String) result.rows().get(0).get(2)).startsWith("The Dragon Hatchling"));
                }),
                dynamicTest("search: Chinese finds the papers with it in their Chinese summary and the term", () -> {
                    var result = run.apply("search", Map.of("query", "检索增强生成", "limit", "100"));
                    var expectedPapers = papers().filter(p -> zh(p).contains("检索增强生成")).map(Paper::arxivId).toList();
                    assertFalse(expectedPapers.isEmpty());
                    var found = new HashSet<>(idsOfKind(result, "paper"));
                    assertTrue(found.containsAll(expectedPapers), "missing " + expectedPapers.stream().filter(id -> !found.contains(id)).toList());
                    assertTrue(idsOfKind(result, "term").contains("retrieval augmented generation"), result.rows().toString());
                }),
                dynamicTest("digest 001 lists its 103 papers in order, 2601.02361 first", () -> {
                    var result = run.apply("digest", Map.of("digest", D001, "limit", "1000"));
                    var papersRows = result.rows().stream().filter(r -> "paper".equals(r.get(1))).toList();
                    var expected = papers().filter(p -> p.listings().stream().anyMatch(l -> l.digest().equals(D001))).count();
                    assertEquals(103L, expected);
                    assertEquals(103, papersRows.size());
                    assertEquals("2601.02361", papersRows.get(0).get(2));
                    // Digest 001 (a table-of-contents digest) names no date, so no row has one.
                    assertEquals(null, corpus.digests().stream().filter(d -> d.file().equals(D001)).findFirst().orElseThrow().date());
                    assertEquals(java.util.Collections.singleton(null), new HashSet<>(result.column("date")));
                    // an undated digest's new terms are those no other digest lists a paper for
                    var newTerms = result.rows().stream().filter(r -> "new term".equals(r.get(1))).map(r -> (String) r.get(2)).toList();
                    assertFalse(newTerms.isEmpty());
                    for (var key : newTerms) {
                        var listedBy = strings(neo4j, "MATCH (:Term {key: $key})<-[:MENTIONS]-(:Paper)<-[:LISTS]-(d:Digest) RETURN DISTINCT d.file",
                                Map.of("key", key));
                        assertEquals(Set.of(D001), listedBy, key);
                    }
                }),
                dynamicTest("digest latest: the newest dated digest, not an undated one", () -> {
                    var result = run.apply("digest", Map.of());
                    var newest = corpus.digests().stream().map(d -> d.date()).filter(java.util.Objects::nonNull).max(java.util.Comparator.naturalOrder()).orElseThrow();
                    assertEquals(java.util.Collections.singleton(newest.toString()), new HashSet<>(result.column("date")));
                    var listed = papers().filter(p -> p.listings().stream().anyMatch(l -> newest.equals(l.date()))).count();
                    assertEquals(Math.min(50, listed), result.column("kind").stream().filter("paper"::equals).count());
                }),
                dynamicTest("category-topics: cs.IR's cells add up to its papers", () -> {
                    var result = run.apply("category-topics", Map.of("limit", "100000"));
                    long csIr = papers().filter(p -> p.categories().contains("cs.IR")).count();
                    assertEquals(20L, csIr);
                    var cells = rows(result).stream().filter(r -> "cs.IR".equals(r.get("category"))).toList();
                    assertFalse(cells.isEmpty());
                    double share = cells.stream().mapToDouble(r -> (Double) r.get("shareOfCategory")).sum();
                    double weighted = cells.stream().mapToDouble(r -> (Double) r.get("weightedPapers")).sum();
                    assertEquals(csIr, weighted / share, 0.5, cells.toString());
                    assertTrue(share <= 1.0 + 1e-2, cells.toString());
                }),
                dynamicTest("term RAG: expansion, Chinese name, co-occurring terms and papers", () -> {
                    var result = run.apply("term", Map.of("term", "RAG", "limit", "1000"));
                    var byKind = new java.util.LinkedHashMap<Object, List<Object>>();
                    result.rows().forEach(r -> byKind.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r.get(1)));
                    // the display name is the ranking's, whatever JVM or thread count built the graph
                    var ranked = io.papergraph.extractor.terms.TermIndex.build(input.paperTerms(),
                            io.papergraph.extractor.terms.TermOptions.defaults().withThreads(1));
                    var rag = ranked.terms().stream().filter(t -> t.key().equals("retrieval augmented generation")).findFirst().orElseThrow();
                    assertEquals(List.of(rag.name()), byKind.get("term"));
                    assertEquals("retrieval-augmented generation", rag.name().toLowerCase(java.util.Locale.ROOT));
                    assertEquals(1, byKind.get("term").size());
                    assertEquals("key: retrieval augmented generation", result.rows().get(0).get(3));
                    assertTrue(byKind.get("chinese").contains("检索增强生成"), byKind.toString());
                    // its strongest partners (knowledge graph shares 3 of its 16 papers) and its most shared one
                    assertTrue(byKind.get("co-occurs").stream().anyMatch(v -> ((String) v).toLowerCase().startsWith("knowledge graph")), byKind.toString());
                    assertTrue(byKind.get("co-occurs").contains("retrieval"), byKind.toString());
                    long expectedPapers = single(neo4j, "MATCH (:Term {key: 'retrieval augmented generation'})<-[:MENTIONS]-(p) RETURN count(p)");
                    assertEquals(expectedPapers, byKind.get("paper").size());
                }),
                dynamicTest("similar-papers: shares terms with the given paper, best first", () -> {
                    var result = run.apply("similar-papers", Map.of("arxivId", "2601.02361"));
                    assertFalse(result.rows().isEmpty());
                    var similarities = result.column("similarity").stream().map(v -> (Double) v).toList();
                    assertEquals(similarities.stream().sorted(java.util.Comparator.reverseOrder()).toList(), similarities);
                    assertFalse(result.column("arxivId").contains("2601.02361"));
                    for (var r : rows(result)) {
                        List<?> shared = (List<?>) r.get("sharedTerms");
                        assertFalse(shared.isEmpty(), r.toString());
                        long both = single(neo4j, "MATCH (:Paper {arxivId: '2601.02361'})-[:MENTIONS]->(t)<-[:MENTIONS]-(:Paper {arxivId: $id})"
                                + " WHERE t.name IN $names RETURN count(t)", Map.of("id", r.get("arxivId"), "names", shared));
                        assertEquals(shared.size(), both, r.toString());
                    }
                }),
                dynamicTest("emerging-terms: counts per date match the listings", () -> {
                    var result = run.apply("emerging-terms", Map.of("limit", "50"));
                    assertFalse(result.rows().isEmpty());
                    // Papers per digest date, oldest first: one count for each date a digest names (001 names none),
                    // recounted from the parsed listings of the papers that mention the term.
                    var dates = corpus.digests().stream().map(d -> d.date()).filter(java.util.Objects::nonNull).distinct().sorted().toList();
                    assertEquals(3, dates.size());
                    for (var r : rows(result)) {
                        var mentioning = strings(neo4j, "MATCH (:Term {name: $name})<-[:MENTIONS]-(p:Paper) RETURN p.arxivId",
                                Map.of("name", r.get("term")));
                        assertTrue(mentioning.size() >= 2, "minPapers 2: " + r);
                        var expected = dates.stream().map(date -> papers().filter(p -> mentioning.contains(p.arxivId())
                                && p.listings().stream().anyMatch(l -> date.equals(l.date()))).count()).toList();
                        assertEquals(expected, r.get("papersPerDate"), r.toString());
                        int first = java.util.stream.IntStream.range(0, dates.size()).filter(i -> expected.get(i) > 0).findFirst().orElseThrow();
                        assertEquals(dates.get(first).toString(), r.get("firstSeen"), r.toString());
                        assertEquals(first == dates.size() - 1, r.get("new"), r.toString());
                        // papers of the undated digests 001 and 003 are on no date, but counted apart
                        long undated = papers().filter(p -> mentioning.contains(p.arxivId())
                                && p.listings().stream().allMatch(l -> l.date() == null)).count();
                        assertEquals(undated, r.get("undatedPapers"), r.toString());
                    }
                    var growth = result.column("growth").stream().map(v -> (Double) v).toList();
                    assertEquals(growth.stream().sorted(java.util.Comparator.reverseOrder()).toList(), growth);
                }),
                dynamicTest("emerging-terms over the latest two dates: counts on those dates, first seen over all digests", () -> {
                    var result = run.apply("emerging-terms", Map.of("limit", "50", "dates", "2"));
                    var dates = corpus.digests().stream().map(d -> d.date()).filter(java.util.Objects::nonNull).distinct().sorted().toList();
                    var compared = dates.subList(dates.size() - 2, dates.size());
                    assertFalse(result.rows().isEmpty());
                    boolean seenBefore = false;
                    for (var r : rows(result)) {
                        var mentioning = strings(neo4j, "MATCH (:Term {name: $name})<-[:MENTIONS]-(p:Paper) RETURN p.arxivId",
                                Map.of("name", r.get("term")));
                        var expected = compared.stream().map(date -> papers().filter(p -> mentioning.contains(p.arxivId())
                                && p.listings().stream().anyMatch(l -> date.equals(l.date()))).count()).toList();
                        assertEquals(expected, r.get("papersPerDate"), r.toString());
                        var first = dates.stream().filter(date -> papers().anyMatch(p -> mentioning.contains(p.arxivId())
                                && p.listings().stream().anyMatch(l -> date.equals(l.date())))).findFirst().orElseThrow();
                        assertEquals(first.toString(), r.get("firstSeen"), r.toString());
                        seenBefore |= first.isBefore(compared.get(0));
                    }
                    assertTrue(seenBefore, "some listed term was first seen before the compared dates");
                }),
                dynamicTest("topic-clusters: the papers, top papers and categories the clustering stores are those its shares give", () -> {
                    var parameters = Map.of("limit", "1000", "topPapers", "10");
                    var stored = run.apply("topic-clusters", parameters);
                    var live = runner.run(liveTopicClusters(), parameters);
                    assertTrue(stored.rows().size() > 10, stored.rows().toString());
                    assertTrue(stored.column("papers").stream().anyMatch(n -> (Long) n > 10), stored.column("papers").toString());
                    assertEquals(live.columns(), stored.columns());
                    assertEquals(live.rows(), stored.rows());
                }),
                dynamicTest("topic-clusters of the sample: at least 12 of 8 or more terms, none over 15% of the clustered terms", () -> {
                    var clusters = rows(run.apply("topic-clusters", Map.of("limit", "1000")));
                    var sizes = clusters.stream().filter(c -> !(Boolean) c.get("small")).map(c -> (Long) c.get("terms")).toList();
                    long clustered = sizes.stream().mapToLong(Long::longValue).sum();
                    assertTrue(sizes.stream().filter(size -> size >= 8).count() >= 12, sizes.toString());
                    assertTrue(sizes.stream().allMatch(size -> size <= 0.15 * clustered), sizes + " of " + clustered);
                }),
                dynamicTest("topic-clusters, cluster and authors", () -> {
                    var clusters = run.apply("topic-clusters", Map.of("limit", "1000"));
                    long terms = single(neo4j, "MATCH (t:Term) RETURN count(t)");
                    assertEquals(terms, clusters.column("terms").stream().mapToLong(v -> (Long) v).sum());
                    var first = rows(clusters).get(0);
                    var cluster = run.apply("cluster", Map.of("cluster", (String) first.get("cluster"), "limit", "1000"));
                    assertEquals(first.get("terms"), cluster.column("kind").stream().filter("term"::equals).count());

                    var authors = run.apply("authors", Map.of());
                    var top = rows(authors).get(0);
                    long expected = papers().filter(p -> p.authors().contains((String) top.get("author"))).count();
                    assertEquals(expected, top.get("papers"));
                    long most = papers().flatMap(p -> p.authors().stream().distinct()).collect(java.util.stream.Collectors
                            .groupingBy(a -> a, java.util.stream.Collectors.counting())).values().stream().mapToLong(v -> v).max().orElseThrow();
                    assertEquals(most, expected);
                }),
                dynamicTest("cluster-graph: one row per term, co-occurrence and paper of the largest cluster", () -> {
                    var graph = BrowserGuide.clusterGraph();
                    var cluster = strings(neo4j, "MATCH (c:Cluster) WITH c ORDER BY c.size DESC, c.id LIMIT 1 RETURN c.id", Map.of())
                            .iterator().next();
                    var result = runner.run(graph, Map.of("cluster", cluster, "minShare", "0.2"));
                    assertEquals(List.of("c", "m", "t", "r", "u", "s", "p"), result.columns());
                    Map<String, Object> params = Map.of("id", cluster);
                    long terms = single(neo4j, "MATCH (:Term)-[:IN_CLUSTER]->(:Cluster {id: $id}) RETURN count(*)", params);
                    long pairs = single(neo4j, "MATCH (:Cluster {id: $id})<-[:IN_CLUSTER]-(:Term)-[:CO_OCCURS]->(:Term)-[:IN_CLUSTER]->"
                            + "(:Cluster {id: $id}) RETURN count(*)", params);
                    long papersIn = single(neo4j, "MATCH (:Paper)-[s:IN_CLUSTER]->(:Cluster {id: $id}) WHERE s.share >= 0.2 RETURN count(*)", params);
                    assertTrue(terms > 10 && pairs > 10 && papersIn > 10, terms + " " + pairs + " " + papersIn);
                    // the rows add up instead of multiplying (terms x co-occurrences x papers before)
                    assertEquals(terms + pairs + papersIn, result.rows().size());
                    var rows = rows(result);
                    assertTrue(rows.stream().allMatch(r -> cluster.equals(((Map<?, ?>) r.get("c")).get("id"))));
                    assertEquals(terms, rows.stream().filter(r -> r.get("m") != null).map(r -> ((Map<?, ?>) r.get("t")).get("key")).distinct().count());
                    assertEquals(pairs, rows.stream().filter(r -> r.get("r") != null && r.get("t") != null && r.get("u") != null).count());
                    assertEquals(papersIn, rows.stream().filter(r -> r.get("s") != null && r.get("p") != null).count());
                }),
                dynamicTest("vocabulary: every term once, least support first, each row its own replacement", () -> {
                    var vocabulary = run.apply("vocabulary", Map.of("limit", "100000"));
                    long terms = single(neo4j, "MATCH (t:Term) RETURN count(t)");
                    assertEquals(terms, vocabulary.rows().size());
                    assertEquals(vocabulary.column("label"), vocabulary.column("replace by"));
                    var sizes = vocabulary.column("support").stream().map(s -> ((List<?>) s).size()).toList();
                    for (int i = 1; i < sizes.size(); i++) {
                        assertTrue(sizes.get(i - 1) <= sizes.get(i), "support never shrinks down the rows: " + i);
                    }
                    long acronyms = single(neo4j, "MATCH (t:Term) WHERE t.acronym IS NOT NULL RETURN count(t)");
                    assertEquals(acronyms, vocabulary.column("support").stream().filter(s -> ((List<?>) s).contains("acronym")).count());
                    assertEquals(List.of(), vocabulary.column("support").get(0), "a term with no support comes first");
                }),
                dynamicTest("every packaged report ran", () -> assertEquals(CATALOG.list().stream().map(Report::name).collect(java.util.stream.Collectors.toSet()), covered)),
                dynamicTest("clustering twice gives the same clusters", () -> {
                    var before = clusteringFingerprint(neo4j);
                    assertFalse(before.isEmpty());
                    clusterer.recompute(ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS));
                    assertEquals(before, clusteringFingerprint(neo4j));
                }),
                dynamicTest("GDS Leiden twice gives the same clusters", () -> {
                    assumeTrue(TestNeo4j.get().gdsInstalled() && clusterer.gdsAvailable(),
                            "GDS is not installed in the test server (run through failsafe, which copies the GDS plugin)");
                    var summary = clusterer.recompute(ClusterOptions.defaults().withEngine(ClusterEngine.GDS));
                    assertEquals(ClusterEngine.GDS, summary.engine());
                    var first = clusteringFingerprint(neo4j);
                    assertFalse(first.isEmpty());
                    clusterer.recompute(ClusterOptions.defaults().withEngine(ClusterEngine.GDS));
                    assertEquals(first, clusteringFingerprint(neo4j));
                }));
    }

    private static Set<String> strings(Neo4jConnection neo4j, String cypher, Map<String, Object> params) {
        try (var session = neo4j.session()) {
            return Set.copyOf(session.run(cypher, params).list(r -> r.get(0).asString()));
        }
    }

    private static String zh(Paper p) {
        return String.valueOf(p.zh());
    }

    private static List<Object> idsOfKind(ReportResult result, String kind) {
        return result.rows().stream().filter(r -> kind.equals(r.get(0))).map(r -> r.get(1)).toList();
    }

    private static List<Map<String, Object>> rows(ReportResult result) {
        return result.rows().stream().map(r -> {
            var map = new java.util.LinkedHashMap<String, Object>();
            for (int i = 0; i < result.columns().size(); i++) {
                map.put(result.columns().get(i), r.get(i));
            }
            return (Map<String, Object>) map;
        }).toList();
    }

    private static Map<String, Object> row(ReportResult result, String column, Object value) {
        return rows(result).stream().filter(r -> value.equals(r.get(column))).findFirst().orElseThrow(() -> new AssertionError(column + " " + value));
    }

    private static long single(Neo4jConnection neo4j, String cypher) {
        return single(neo4j, cypher, Map.of());
    }

    private static long single(Neo4jConnection neo4j, String cypher, Map<String, Object> params) {
        try (var session = neo4j.session()) {
            return session.run(cypher, params).single().get(0).asLong();
        }
    }

    /** Cluster ids, labels and every membership, in one comparable value. */
    static List<Map<String, Object>> clusteringFingerprint(Neo4jConnection neo4j) {
        try (var session = neo4j.session()) {
            return session.run("""
                    MATCH (c:Cluster)
                    OPTIONAL MATCH (t:Term)-[m:IN_CLUSTER]->(c)
                    WITH c, t, m ORDER BY t.key
                    WITH c, collect([t.key, m.weight]) AS terms
                    OPTIONAL MATCH (p:Paper)-[s:IN_CLUSTER]->(c)
                    WITH c, terms, p, s ORDER BY p.arxivId
                    RETURN c.id AS id, c.label AS label, c.labelZh AS labelZh, c.size AS size, c.small AS small,
                           terms, collect([p.arxivId, s.share]) AS papers
                    ORDER BY id""").list(r -> r.asMap());
        }
    }
}
