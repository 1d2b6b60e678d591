package io.papergraph.cli;

import io.papergraph.queries.BrowserGuide;
import io.papergraph.queries.ReportCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code papergraph browser-guide}: what to paste into Neo4j Browser. */
@Command(name = "browser-guide", mixinStandardHelpOptions = true,
        description = {
            "Prints what to paste into Neo4j Browser: the ':style' command with the Papergraph style, a query"
                    + " that draws a topic cluster, and (with --report) any report with its ':param' lines.",
            "Needs no connection."
        })
final class BrowserGuideCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--style", description = "Print only the style sheet (GraSS), e.g. to save as papergraph.grass and"
            + " drop onto the Browser's style panel.")
    boolean styleOnly;

    @Option(names = "--report", paramLabel = "NAME", description = "Print this report ready to paste: ':param' lines,"
            + " then the query.")
    String report;

    @Option(names = {"-r", "--reports"}, paramLabel = "LOCATION",
            description = "More reports: file:DIR, file:FILE.cypher or classpath:PACKAGE; repeatable.")
    List<String> locations = new ArrayList<>();

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var catalog = ReportCatalog.withLocations(locations);
        if (styleOnly) {
            out.print(BrowserGuide.style());
        } else if (report != null) {
            out.print(BrowserGuide.paste(catalog.get(report)));
        } else {
            out.print(BrowserGuide.guide(catalog.list()));
        }
        out.flush();
        return 0;
    }
}
