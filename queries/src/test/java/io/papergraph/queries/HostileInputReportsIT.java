package io.papergraph.queries;

import static io.papergraph.extractor.HostileTexts.AUTHORS;
import static io.papergraph.extractor.HostileTexts.TITLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.DigestCorpus;
import io.papergraph.extractor.DigestCorpusReader;
import io.papergraph.extractor.HostileTexts;
import io.papergraph.loader.GraphFingerprint;
import io.papergraph.loader.TestConnection;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.loader.write.Cypher;
import io.papergraph.testing.SampleCorpus;
import io.papergraph.testsupport.Neo4jExtension;
import io.papergraph.topics.ClusterEngine;
import io.papergraph.topics.ClusterOptions;
import io.papergraph.topics.TopicClusterer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile digests (Cypher-looking text, backticks, {@code $param}, NUL, bidirectional controls, emoji, a
 * title of over 100 KB) loaded on top of the sample corpus: the sample papers stay exactly as they were,
 * the graph grows by the hostile papers and authors only, and the reports give the hostile strings back
 * verbatim.
 */
@ExtendWith({Neo4jExtension.class, TestConnection.class})
class HostileInputReportsIT {

    /** Each sample paper with its properties and its relationships to authors, digests, categories and tags. */
    private static final String PAPER_SNAPSHOT = """
            MATCH (p:Paper) WHERE NOT p.arxivId IN $hostile
            // mentionsHash and mentionNorm stand for the paper's MENTIONS, which new papers rightly reweigh: left out
            // like them.
            RETURN p.arxivId AS id, [p {.*, mentionsHash: null, mentionNorm: null}, COLLECT {
                MATCH (p)-[r:WROTE|LISTS|IN_CATEGORY|TAGGED]-(x)
                WITH type(r) AS type, coalesce(x.key, x.code, x.file) AS other, properties(r) AS props
                ORDER BY type, other
                RETURN [type, other, props]
            }] AS snapshot""";

    @Test
    void hostileDigestsChangeNoSamplePaperAndComeBackVerbatim(Neo4jConnection neo4j, @TempDir Path dir) throws IOException {
        SampleCorpus.load(neo4j, SampleCorpus.input());
        var clusterer = TopicClusterer.create(neo4j.driver(), null);
        clusterer.recompute(ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS));
        var hostileIds = IntStream.range(0, TITLES.size()).mapToObj(HostileTexts::arxivId).toList();
        var before = GraphFingerprint.of(neo4j);
        var samplePapers = snapshot(neo4j, hostileIds);
        assertEquals(SampleCorpus.corpus().papers().size(), samplePapers.size());

        DigestCorpus hostile = new DigestCorpusReader().read(HostileTexts.copyFixtures(dir));
        assertEquals(List.of(), hostile.problems());
        var report = SampleCorpus.load(neo4j, SampleCorpus.analyse(hostile));
        assertEquals(HostileTexts.FILES.size(), report.loaded().size());
        clusterer.recompute(ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS));

        // No sample paper changed; the graph grew by the hostile digests, papers, authors and their links.
        assertEquals(samplePapers, snapshot(neo4j, hostileIds));
        var after = GraphFingerprint.of(neo4j);
        assertEquals(before.nodeCounts().get("Paper") + TITLES.size(), after.nodeCounts().get("Paper"));
        assertEquals(before.nodeCounts().get("Author") + hostile.distinctAuthors(), after.nodeCounts().get("Author"));
        assertEquals(before.nodeCounts().get("Digest") + HostileTexts.FILES.size(), after.nodeCounts().get("Digest"));
        assertEquals(before.relationshipCounts().get("WROTE") + hostile.authorPositions(), after.relationshipCounts().get("WROTE"));
        assertEquals(before.relationshipCounts().get("LISTS") + hostile.entriesKept(), after.relationshipCounts().get("LISTS"));
        assertEquals(TITLES, hostileIds.stream().map(id -> (String) single(neo4j,
                "MATCH (p:Paper {arxivId: $id}) RETURN p.title", Map.of("id", id))).toList());

        var runner = ReportRunner.create(neo4j.driver(), null);
        var catalog = ReportCatalog.packaged();

        // search: the words of the injection text find exactly the hostile papers, with their titles verbatim.
        var search = runner.run(catalog.get("search"), Map.of("query", "DETACH AND DELETE", "limit", "100"));
        var found = search.rows().stream().filter(r -> "paper".equals(r.get(0)))
                .collect(Collectors.toMap(r -> (String) r.get(1), r -> (String) r.get(2)));
        assertEquals(titlesById(hostileIds), found);

        // digest: each hostile digest lists its papers, titles verbatim (the 100 KB one too).
        for (var file : HostileTexts.FILES) {
            var digest = runner.run(catalog.get("digest"), Map.of("digest", file, "limit", "100"));
            var listed = digest.rows().stream().filter(r -> "paper".equals(r.get(1)))
                    .collect(Collectors.toMap(r -> (String) r.get(2), r -> (String) r.get(3)));
            assertEquals(titlesById(hostileIds), listed, file);
        }

        // coauthors: a '$param' author name is a value, and the co-authors come back with NUL, RLM and emoji.
        var coauthors = runner.run(catalog.get("coauthors"), Map.of("author", "$param Smith"));
        assertEquals(List.of("$param Smith"), coauthors.column("author").stream().distinct().toList());
        assertEquals(AUTHORS.stream().filter(a -> !a.equals("$param Smith")).sorted().toList(),
                coauthors.column("coauthor").stream().sorted().toList());

        // term: every term a hostile paper mentions lists the hostile papers that mention it, titles verbatim.
        var hostileTerms = neo4j.session().run("MATCH (p:Paper)-[:MENTIONS]->(t:Term) WHERE p.arxivId IN $ids"
                + " RETURN t.key AS key, collect(p.arxivId) AS papers", Map.of("ids", hostileIds))
                .list(r -> Map.entry(r.get("key").asString(), r.get("papers").asList(v -> v.asString())));
        assertFalse(hostileTerms.isEmpty(), "the hostile papers mention terms");
        for (var term : hostileTerms) {
            var result = runner.run(catalog.get("term"), Map.of("term", term.getKey(), "limit", "1000"));
            var papers = result.rows().stream().filter(r -> "paper".equals(r.get(0)) && term.getValue().contains(r.get(1)))
                    .collect(Collectors.toMap(r -> (String) r.get(1), r -> (String) r.get(3)));
            var expected = new HashMap<>(titlesById(term.getValue()));
            assertEquals(expected, papers, term.getKey());
        }
        assertTrue(TITLES.get(4).length() > 100_000);
    }

    private static Map<String, String> titlesById(List<String> ids) {
        return ids.stream().collect(Collectors.toMap(id -> id, id -> TITLES.get(Integer.parseInt(id.substring(id.length() - 1)) - 1)));
    }

    private static Map<String, Object> snapshot(Neo4jConnection neo4j, List<String> hostileIds) {
        try (var session = neo4j.session()) {
            return session.run(PAPER_SNAPSHOT, Map.of("hostile", hostileIds))
                    .list(r -> Map.entry(r.get("id").asString(), r.get("snapshot").asObject()))
                    .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }
    }

    private static Object single(Neo4jConnection neo4j, String cypher, Map<String, Object> params) {
        try (var session = neo4j.session()) {
            return session.run(cypher, params).single().get(0).asObject();
        }
    }
}
