package io.papergraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.PapergraphException;
import io.papergraph.extractor.DigestCorpusReader;
import io.papergraph.extractor.JsonLines;
import io.papergraph.loader.ExtractOutput;
import io.papergraph.testsupport.SampleDigests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/** {@code bench import} on the sample corpus: the product's import files, imported by neo4j-admin into a new store. */
class ExtractOutputImportIT {

    @Test
    void importsTheExtractOutputOfTheSampleCorpusAndCountsWhatItWrote(@TempDir Path tmp) throws IOException {
        var corpus = new DigestCorpusReader().read(List.of(SampleDigests.DIRECTORY));
        var extract = Files.createDirectories(tmp.resolve("extract"));
        JsonLines.write(extract.resolve(ExtractOutput.DIGESTS), corpus.digests());
        JsonLines.write(extract.resolve(ExtractOutput.PAPERS), corpus.papers());

        var result = ExtractOutputImport.run(extract, tmp.resolve("work"), "256M");
        assertEquals(tmp.resolve("work").resolve("csv"), result.directory());
        assertEquals(result.csv().nodeCount(), result.figures().nodes());
        assertEquals(result.csv().relationshipCount(), result.figures().relationships());
        assertTrue(result.figures().describe().contains(String.format("%,d elements", result.figures().elements())),
                result.figures().describe());

        var dbms = new DatabaseManagementServiceBuilder(tmp.resolve("work").resolve("home"))
                .setConfig(BoltConnector.enabled, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 32L << 20)
                .build();
        try (var tx = dbms.database("neo4j").beginTx()) {
            Map<String, Long> labels = tx.execute("MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n").stream()
                    .collect(Collectors.toMap(r -> (String) r.get("label"), r -> (Long) r.get("n")));
            assertEquals((long) corpus.papers().size(), labels.get("Paper"));
            assertEquals((long) corpus.digests().size(), labels.get("Digest"));
            assertEquals(result.figures().nodes(), labels.values().stream().mapToLong(Long::longValue).sum());
            long listings = corpus.papers().stream().mapToLong(p -> p.listings().size()).sum();
            assertEquals(listings, (Long) tx.execute("MATCH (:Digest)-[l:LISTS]->(:Paper) RETURN count(l) AS n").next().get("n"));
        } finally {
            dbms.shutdown();
        }

        var again = assertThrows(PapergraphException.class,
                () -> ExtractOutputImport.run(extract, tmp.resolve("work"), "256M"));
        assertTrue(again.getMessage().contains("already holds a database"), again.getMessage());
    }
}
