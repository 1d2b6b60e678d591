package io.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.papergraph.map.MapOptions;
import io.papergraph.map.TopicMapFiles;
import io.papergraph.testsupport.CommandRun;
import io.papergraph.testsupport.FreePort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --map} and {@code map} on an embedded store of the sample digests: the three files, one item per
 * clustered term up to --max-terms, the most mentioned first. {@link TopicMapBrowserIT} opens the page.
 */
class MapCommandIT {

    @TempDir
    static Path tmp;

    static CommandRun build;
    static Path store;

    @BeforeAll
    static void buildTheSampleGraphWithItsMap() {
        var sample = SampleMapBuild.get();
        build = sample.run();
        store = sample.store();
    }

    /** The map files of the sample graph, written by 'build --map'. */
    static Path sampleMap() {
        assertEquals(0, build.exitCode(), build.err());
        return SampleMapBuild.get().map();
    }

    @Test
    void buildWithMapWritesTheThreeFilesWithAnItemPerClusteredTerm() throws Exception {
        var dir = sampleMap();
        var clustered = Pattern.compile("topic clusters .*over (\\d+) terms").matcher(build.out());
        assertTrue(clustered.find(), build.out());
        int expected = Math.min(MapOptions.DEFAULT_MAX_TERMS, Integer.parseInt(clustered.group(1)));
        assertTrue(Pattern.compile("(?m)^Topic map: " + expected + " terms in \\d+ clusters, \\d+ links, \\d+\\.\\d s: "
                + Pattern.quote(dir.resolve(TopicMapFiles.HTML).toString())).matcher(build.out()).find(), build.out());

        var json = new ObjectMapper().readTree(dir.resolve(TopicMapFiles.VOSVIEWER).toFile());
        var items = json.at("/network/items");
        assertEquals(expected, items.size());
        for (var item : items) {
            for (var field : List.of("id", "label", "x", "y", "cluster", "weights")) {
                assertTrue(item.has(field), field + " in " + item);
            }
        }
        assertTrue(json.at("/network/links").size() > 0, "the sample's terms co-occur");
        for (var link : json.at("/network/links")) {
            assertTrue(link.has("source_id") && link.has("target_id") && link.has("strength"), link.toString());
        }
        long[] papers = new long[items.size()];
        for (int i = 0; i < papers.length; i++) {
            papers[i] = items.get(i).at("/weights/Papers").asLong();
            assertTrue(i == 0 || papers[i] <= papers[i - 1], "items by papers, most first");
        }
        assertTrue(labels(items).contains("Large Language Models"), "the sample's most mentioned term is on the map");

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var gexf = factory.newDocumentBuilder().parse(dir.resolve(TopicMapFiles.GEXF).toFile());
        assertEquals(items.size(), gexf.getElementsByTagNameNS("http://www.gexf.net/1.2draft", "node").getLength());
        assertTrue(Files.readString(dir.resolve(TopicMapFiles.HTML)).contains("\"label\":\"Large Language Models\""));
    }

    @Test
    void mapOnTheEmbeddedStoreKeepsTheMostMentionedTerms() throws Exception {
        var built = new ObjectMapper().readTree(sampleMap().resolve(TopicMapFiles.VOSVIEWER).toFile()).at("/network/items");
        var dir = tmp.resolve("small map");

        var run = Cli.run("map", "-o", dir.toString(), "--max-terms", "50", "--papers-per-term", "2", "--db-dir", store.toString(),
                "--bolt-port", String.valueOf(FreePort.next()), "--http-port", String.valueOf(FreePort.next()));

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Topic map: 50 terms in "), run.out());
        var items = new ObjectMapper().readTree(dir.resolve(TopicMapFiles.VOSVIEWER).toFile()).at("/network/items");
        assertEquals(labels(built).subList(0, 50), labels(items));
        var page = Files.readString(dir.resolve(TopicMapFiles.HTML));
        var data = new ObjectMapper().readTree(page.substring(page.indexOf("{\"clusters\""), page.indexOf("</script>", page.indexOf("{\"clusters\""))));
        for (var item : data.get("items")) {
            assertTrue(item.get("topPapers").size() <= 2, item.toString());
        }
        assertTrue(data.at("/items/0/topPapers/0/url").asText().startsWith("https://arxiv.org/abs/"), data.at("/items/0").toString());
    }

    private static List<String> labels(JsonNode items) {
        var labels = new ArrayList<String>();
        items.forEach(i -> labels.add(i.get("label").asText()));
        return labels;
    }
}
