package io.papergraph.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.papergraph.PapergraphException;
import io.papergraph.extractor.terms.corpus.CoOccurrence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout and the three map files, on a small network made here: no Neo4j. */
class TopicMapFilesTests {

    private static final String HOSTILE_TITLE = "Attention </script><script>alert(1)</script> & \"more\"";

    /** Two clusters of four terms each, linked densely inside and once across, and one term linked to nothing. */
    static TermNetwork network() {
        var terms = new ArrayList<MapTerm>();
        String[] attention = {"attention", "transformer", "self-attention", "positional encoding"};
        String[] rl = {"reinforcement learning", "policy gradient", "reward model", "ppo"};
        for (int i = 0; i < 4; i++) {
            terms.add(new MapTerm(attention[i], attention[i], i == 0 ? List.of("注意力") : List.of(), 40 - i, "attention",
                    List.of(new MapPaper("2511.0000" + i, i == 0 ? HOSTILE_TITLE : "Paper " + i))));
            terms.add(new MapTerm(rl[i], rl[i], i == 0 ? List.of("强化学习", "增强学习") : List.of(), 30 - i, "reinforcement learning",
                    List.of(new MapPaper("hep-th/990100" + i, "RL paper " + i))));
        }
        terms.add(new MapTerm("quantum annealing", "quantum annealing", List.of("量子退火"), 2, "quantum annealing", List.of()));
        var links = new ArrayList<CoOccurrence>();
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                links.add(CoOccurrence.of(attention[i], attention[j], 10 + i + j, 0.0));
                links.add(CoOccurrence.of(rl[i], rl[j], 8 + i + j, 0.0));
            }
        }
        links.add(CoOccurrence.of("attention", "reinforcement learning", 1, 0.0));
        var clusters = List.of(new ClusterLabel("attention", "Transformer / self-attention", "注意力"),
                new ClusterLabel("reinforcement learning", "reinforcement learning / PPO", null),
                new ClusterLabel("quantum annealing", "quantum annealing", "量子退火"),
                new ClusterLabel("unused", "a cluster with no term on the map", null));
        return new TermNetwork(terms, links, clusters);
    }

    static TopicMap map() {
        return TopicMapper.lay(network(), MapOptions.defaults());
    }

    @Test
    void everyTermIsAnItemNumberedByPapersAndEveryClusterWithItemsByItems() {
        var map = map();

        assertEquals(9, map.items().size());
        assertEquals("attention", map.items().get(0).term().key());
        assertEquals("quantum annealing", map.items().get(8).term().key());
        assertEquals(List.of("attention", "reinforcement learning", "quantum annealing"),
                map.clusters().stream().map(c -> c.label().id()).toList());
        assertEquals(List.of(4, 4, 1), map.clusters().stream().map(MapCluster::items).toList());
        assertEquals(13, map.links().size());
        var attention = map.items().get(0);
        assertEquals(4, attention.links());
        assertEquals(11 + 12 + 13 + 1, attention.totalLinkStrength());
        assertEquals(0, map.items().get(8).links());
    }

    @Test
    void termsOfOneClusterLieCloserToEachOtherThanToTheOtherCluster() {
        var map = map();
        double inside = 0;
        double across = 0;
        int insidePairs = 0;
        int acrossPairs = 0;
        for (var a : map.items().subList(0, 8)) {
            for (var b : map.items().subList(0, 8)) {
                if (a.id() < b.id()) {
                    double d = Math.hypot(a.x() - b.x(), a.y() - b.y());
                    if (a.cluster() == b.cluster()) {
                        inside += d;
                        insidePairs++;
                    } else {
                        across += d;
                        acrossPairs++;
                    }
                }
            }
        }
        assertTrue(inside / insidePairs < 0.5 * (across / acrossPairs),
                "mean distance inside " + inside / insidePairs + ", across " + across / acrossPairs);
    }

    @Test
    void theSameNetworkInAnyRowOrderGivesTheSameMap() {
        var network = network();
        var terms = new ArrayList<>(network.terms());
        var links = new ArrayList<>(network.links());
        Collections.shuffle(terms, new Random(3));
        Collections.shuffle(links, new Random(4));
        var shuffled = new TermNetwork(terms, links, network.clusters());

        assertEquals(map(), TopicMapper.lay(shuffled, MapOptions.defaults()));
    }

    @Test
    void aGraphWithoutClusteredTermsHasNoMap() {
        var empty = new TermNetwork(List.of(), List.of(), List.of());
        var e = assertThrows(PapergraphException.class, () -> TopicMapper.lay(empty, MapOptions.defaults()));
        assertTrue(e.getMessage().startsWith("the graph has no clustered terms to map: run 'papergraph build'"), e.getMessage());
    }

    @Test
    void aLinkToATermNotOnTheMapIsRefused() {
        var network = network();
        var links = new ArrayList<>(network.links());
        links.add(CoOccurrence.of("attention", "diffusion", 3, 0.0));
        assertThrows(IllegalArgumentException.class, () -> new TermNetwork(network.terms(), links, network.clusters()));
    }

    @Test
    void vosviewerJsonHasEveryItemWithPositionClusterAndWeightsAndEveryLink(@TempDir Path dir) throws Exception {
        var map = map();
        var files = TopicMapFiles.write(map, dir.resolve("new folder"));
        JsonNode json = new ObjectMapper().readTree(files.vosviewer().toFile());

        assertEquals("Term", json.at("/config/terminology/item").asText());
        var items = json.at("/network/items");
        assertEquals(map.items().size(), items.size());
        for (var item : items) {
            for (var field : List.of("id", "label", "x", "y", "cluster", "weights")) {
                assertTrue(item.has(field), field + " in " + item);
            }
            assertTrue(item.get("x").isNumber() && item.get("y").isNumber() && item.get("cluster").isInt(), item.toString());
            assertTrue(item.at("/weights/Papers").isNumber(), item.toString());
        }
        assertEquals("attention", items.get(0).get("label").asText());
        assertEquals(40, items.get(0).at("/weights/Papers").asInt());
        assertTrue(items.get(0).get("description").asText().contains("注意力"), items.get(0).toString());
        assertFalse(items.get(0).get("description").asText().contains("</script>"), "titles are escaped");
        var links = json.at("/network/links");
        assertEquals(map.links().size(), links.size());
        for (var link : links) {
            assertTrue(link.get("source_id").isInt() && link.get("target_id").isInt() && link.get("strength").isNumber(), link.toString());
        }
        assertEquals("Transformer / self-attention · 注意力", json.at("/network/clusters/0/label").asText());
    }

    @Test
    void gexfHasANodePerItemWithItsAttributesAndAnEdgePerLink(@TempDir Path dir) throws Exception {
        var map = map();
        var files = TopicMapFiles.write(map, dir);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(files.gexf().toFile());
        var gexf = "http://www.gexf.net/1.2draft";

        var nodes = document.getElementsByTagNameNS(gexf, "node");
        assertEquals(new ObjectMapper().readTree(files.vosviewer().toFile()).at("/network/items").size(), nodes.getLength());
        assertEquals(map.links().size(), document.getElementsByTagNameNS(gexf, "edge").getLength());
        assertEquals(nodes.getLength(), document.getElementsByTagNameNS("http://www.gexf.net/1.2draft/viz", "position").getLength());
        var rl = (org.w3c.dom.Element) nodes.item(4);
        assertEquals("reinforcement learning", rl.getAttribute("label"));
        var values = rl.getElementsByTagNameNS(gexf, "attvalue");
        var found = new ArrayList<String>();
        for (int i = 0; i < values.getLength(); i++) {
            var value = (org.w3c.dom.Element) values.item(i);
            found.add(value.getAttribute("for") + "=" + value.getAttribute("value"));
        }
        assertEquals(List.of("key=reinforcement learning", "cluster=2", "clusterLabel=reinforcement learning / PPO", "papers=30",
                "namesZh=强化学习; 增强学习"), found);
    }

    @Test
    void thePageInlinesTheLibraryAndTheDataAndLoadsNothingFromTheNetwork(@TempDir Path dir) throws Exception {
        var map = map();
        var html = Files.readString(TopicMapFiles.write(map, dir).html(), StandardCharsets.UTF_8);

        assertTrue(html.contains("Licensed to the Apache Software Foundation"), "the ECharts library is inlined");
        assertTrue(html.length() > 500_000, "the whole library: " + html.length());
        for (var remote : List.of("(?is)<script[^>]*\\bsrc\\s*=", "(?is)<link[^>]*\\bhref\\s*=\\s*[\"']?\\s*(https?:)?//",
                "(?is)url\\(\\s*[\"']?\\s*(https?:)?//", "(?is)@import", "(?is)<(img|iframe|object|embed)[^>]*\\bsrc\\s*=\\s*[\"']?\\s*(https?:)?//")) {
            assertFalse(Pattern.compile(remote).matcher(html).find(), "nothing loaded from the network: " + remote);
        }
        assertFalse(html.contains("alert(1)</script>"), "a title cannot end the data's script element");

        var start = "<script id=\"map-data\" type=\"application/json\">";
        int from = html.indexOf(start) + start.length();
        var data = new ObjectMapper().readTree(html.substring(from, html.indexOf("</script>", from)));
        assertEquals(map.items().size(), data.get("items").size());
        assertEquals(HOSTILE_TITLE, data.at("/items/0/topPapers/0/title").asText());
        assertEquals("https://arxiv.org/abs/hep-th/9901000", data.at("/items/4/topPapers/0/url").asText());
        assertEquals("注意力", data.at("/clusters/0/labelZh").asText());
        assertEquals(map.links().size(), data.get("links").size());
    }

    @Test
    void thePageDrawsOnlyTheStrongestLinks() throws Exception {
        var terms = new ArrayList<MapTerm>();
        var links = new ArrayList<CoOccurrence>();
        for (int i = 0; i < 60; i++) {
            terms.add(new MapTerm("t" + i, "t" + i, List.of(), 60 - i, "c", List.of()));
            for (int j = 0; j < i; j++) {
                links.add(CoOccurrence.of("t" + j, "t" + i, 1 + (i + j) % 7, 0.0));
            }
        }
        var map = TopicMapper.lay(new TermNetwork(terms, links, List.of(new ClusterLabel("c", "c", null))), MapOptions.defaults());
        var data = new ObjectMapper().readTree(MapPage.data(map));

        assertEquals(60 * 59 / 2, data.get("allLinks").asInt());
        assertEquals(MapPage.PAGE_LINKS, data.get("links").size());
        assertEquals(7, data.at("/links/0/2").asInt());
        assertEquals(map.links().stream().mapToLong(MapLink::strength).sorted().skip(links.size() - MapPage.PAGE_LINKS).min().getAsLong(),
                data.at("/links/" + (MapPage.PAGE_LINKS - 1) + "/2").asLong());
    }
}
