package io.papergraph.map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Properties;

/**
 * The map as one HTML page that works offline: Apache ECharts (from its WebJar on the class path) and the map's
 * data are inlined, so the page loads nothing from the network. It draws the {@link #PAGE_LINKS} strongest links
 * (all of them are in the JSON and GEXF files), as VOSviewer draws its 1,000 strongest lines.
 */
final class MapPage {

    static final int PAGE_LINKS = 1000;

    private static final String WEBJAR = "/META-INF/resources/webjars/echarts/";
    private static final String WEBJAR_PROPERTIES = "/META-INF/maven/org.webjars.npm/echarts/pom.properties";
    private static final String LIBRARY_MARK = "/*ECHARTS*/";
    private static final String DATA_MARK = "/*MAP_DATA*/";

    private MapPage() {
    }

    static void write(TopicMap map, Writer out) throws IOException {
        var template = resource(MapPage.class.getResourceAsStream("topic-map.html"), "topic-map.html");
        int library = template.indexOf(LIBRARY_MARK);
        int data = template.indexOf(DATA_MARK);
        if (library < 0 || data < library) {
            throw new IllegalStateException("topic-map.html lacks its marks for the library and the data");
        }
        out.write(template, 0, library);
        out.write(echarts());
        out.write(template, library + LIBRARY_MARK.length(), data - library - LIBRARY_MARK.length());
        out.write(data(map));
        out.write(template, data + DATA_MARK.length(), template.length() - data - DATA_MARK.length());
    }

    /** The map's data as JSON that is safe inside a script element: no '<' (so no end tag) and no line separators. */
    static String data(TopicMap map) throws IOException {
        var json = JsonNodeFactory.instance;
        var root = json.objectNode();
        var clusters = root.putArray("clusters");
        for (var cluster : map.clusters()) {
            var node = clusters.addObject().put("number", cluster.number()).put("id", cluster.label().id())
                    .put("label", cluster.label().label()).put("items", cluster.items()).put("color", cluster.color());
            if (cluster.label().labelZh() != null) {
                node.put("labelZh", cluster.label().labelZh());
            }
        }
        var items = root.putArray("items");
        for (var item : map.items()) {
            var node = items.addObject().put("id", item.id()).put("key", item.term().key()).put("label", item.term().name())
                    .put("x", item.x()).put("y", item.y()).put("cluster", item.cluster()).put("papers", item.term().papers())
                    .put("links", item.links());
            var zh = node.putArray("namesZh");
            item.term().namesZh().forEach(zh::add);
            var papers = node.putArray("topPapers");
            for (var paper : item.term().topPapers()) {
                papers.addObject().put("arxivId", paper.arxivId()).put("title", paper.title()).put("url", paper.url());
            }
        }
        var strongest = new ArrayList<>(map.links());
        strongest.sort(Comparator.comparingLong(MapLink::strength).reversed().thenComparingInt(MapLink::sourceId)
                .thenComparingInt(MapLink::targetId));
        var links = root.putArray("links");
        for (var link : strongest.subList(0, Math.min(PAGE_LINKS, strongest.size()))) {
            links.addArray().add(link.sourceId()).add(link.targetId()).add(link.strength());
        }
        root.put("allLinks", map.links().size());
        return new ObjectMapper().writeValueAsString(root).replace("<", "\\u003c").replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }

    /** The minified ECharts of the WebJar on the class path, whichever version Maven put there. */
    static String echarts() {
        var properties = new Properties();
        try (var in = MapPage.class.getResourceAsStream(WEBJAR_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("the ECharts WebJar is not on the class path (" + WEBJAR_PROPERTIES + ")");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var path = WEBJAR + properties.getProperty("version") + "/dist/echarts.min.js";
        var script = resource(MapPage.class.getResourceAsStream(path), path);
        if (script.toLowerCase(java.util.Locale.ROOT).contains("</script")) {
            throw new IllegalStateException(path + " contains a script end tag and cannot be inlined");
        }
        return script;
    }

    private static String resource(InputStream in, String name) {
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
