package io.papergraph.queries;

import io.papergraph.Resources;
import java.util.ArrayList;
import java.util.List;

/**
 * What to paste into Neo4j Browser: the Papergraph style ({@code :style} plus the GraSS text) and any
 * report as {@code :param} commands followed by its query.
 */
public final class BrowserGuide {

    static final String BASE = "io/papergraph/queries/browser/";

    private BrowserGuide() {
    }

    /** The Browser style sheet (GraSS): colours and captions per label, widths per relationship type. */
    public static String style() {
        return read(BASE + "papergraph.grass");
    }

    /** The query that draws one cluster as a graph; it has the same header as the reports. */
    public static Report clusterGraph() {
        return ReportParser.parse("cluster-graph", read(BASE + "cluster-graph.cypher"), "classpath:" + BASE + "cluster-graph.cypher");
    }

    /** The {@code :style} command that loads the Papergraph style when run in the Browser editor. */
    public static String styleCommand() {
        return ":style\n" + style().strip() + "\n";
    }

    /** A report ready to paste: its {@code :param} commands, then the query (header included). */
    public static String paste(Report report) {
        var lines = new ArrayList<String>(report.browserParamCommands());
        if (!lines.isEmpty()) {
            lines.add("");
        }
        lines.add(report.cypher().strip());
        return String.join("\n", lines) + "\n";
    }

    /** The whole guide: style, then the cluster graph, then how to get the reports. */
    public static String guide(List<Report> reports) {
        var text = new StringBuilder();
        text.append("// Neo4j Browser, step 1: run this to load the Papergraph style (colours, captions, widths).\n");
        text.append(styleCommand()).append('\n');
        text.append("// Step 2: draw a topic cluster. Run the :param lines, then the query.\n");
        text.append(paste(clusterGraph())).append('\n');
        text.append("// Reports: 'papergraph browser-guide --report NAME' prints one ready to paste.\n");
        for (var report : reports) {
            text.append("//   ").append(report.name()).append(" - ").append(report.title()).append('\n');
        }
        return text.toString();
    }

    private static String read(String resource) {
        return Resources.text(BrowserGuide.class, "/" + resource);
    }
}
