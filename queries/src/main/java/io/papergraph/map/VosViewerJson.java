package io.papergraph.map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/**
 * A map in VOSviewer's JSON format, which VOSviewer (File, Open) and VOSviewer Online open: {@code network.items}
 * with id, label, x, y, cluster and weights, {@code network.links} with source_id, target_id and strength,
 * {@code network.clusters} with their labels, and {@code config.terminology} naming terms and co-occurrences.
 */
final class VosViewerJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private VosViewerJson() {
    }

    static void write(TopicMap map, Writer out) throws IOException {
        var root = JSON.objectNode();
        var terminology = root.putObject("config").putObject("terminology");
        terminology.put("item", "Term").put("items", "Terms").put("link", "Co-occurrence link")
                .put("links", "Co-occurrence links").put("link_strength", "Papers together")
                .put("total_link_strength", "Total papers together");
        var network = root.putObject("network");
        var items = network.putArray("items");
        for (var item : map.items()) {
            var node = items.addObject();
            node.put("id", item.id()).put("label", item.term().name()).put("description", description(map, item))
                    .put("x", item.x()).put("y", item.y()).put("cluster", item.cluster());
            weights(node.putObject("weights"), item);
        }
        var links = network.putArray("links");
        for (var link : map.links()) {
            links.addObject().put("source_id", link.sourceId()).put("target_id", link.targetId()).put("strength", link.strength());
        }
        var clusters = network.putArray("clusters");
        for (var cluster : map.clusters()) {
            clusters.addObject().put("cluster", cluster.number()).put("label", MapText.clusterName(cluster.label()));
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, root);
    }

    private static void weights(ObjectNode weights, MapItem item) {
        weights.put("Papers", item.term().papers()).put("Links", item.links()).put("Total link strength", item.totalLinkStrength());
    }

    /** The item's details as VOSviewer shows them: Chinese names, cluster and papers (HTML, escaped). */
    private static String description(TopicMap map, MapItem item) {
        var html = new StringBuilder();
        if (!item.term().namesZh().isEmpty()) {
            html.append("<div class='description_heading'>中文</div><div class='description_label'>")
                    .append(MapText.html(String.join("; ", item.term().namesZh()))).append("</div>");
        }
        html.append("<div class='description_heading'>Cluster</div><div class='description_label'>")
                .append(MapText.html(MapText.clusterName(map.clusterOf(item).label()))).append("</div>");
        if (!item.term().topPapers().isEmpty()) {
            html.append("<div class='description_heading'>Papers</div>");
            for (var paper : item.term().topPapers()) {
                html.append("<div class='description_label'><a class='description_url' href='").append(MapText.html(paper.url()))
                        .append("'>").append(MapText.html(paper.title())).append("</a></div>");
            }
        }
        return html.toString();
    }
}
