package io.papergraph.cli;


import io.papergraph.PapergraphException;
import io.papergraph.loader.connection.GraphTarget;
import io.papergraph.queries.BrowserGuide;
import io.papergraph.queries.Report;
import io.papergraph.queries.ReportCatalog;
import io.papergraph.queries.ReportFormat;
import io.papergraph.queries.ReportRunner;
import io.papergraph.queries.ReportWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code papergraph report}: runs a packaged or user Cypher report in a read-only session. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {
            "Runs a Cypher report against the graph, read-only, and prints its rows.",
            "Reports: topic-clusters, cluster, term, emerging-terms, similar-papers, authors, coauthors,"
                    + " category-topics, search, digest, vocabulary (see --list), plus your own .cypher files (--reports)."
        },
        footer = {
            "",
            "Examples:",
            "  papergraph report --list",
            "  papergraph report topic-clusters",
            "  papergraph report term --param term=LLM --format markdown",
            "  papergraph report search -p query=注意力 -p limit=5 --format json",
            "  papergraph report vocabulary -p limit=300 --format tsv > thesaurus.txt   (edit, then --thesaurus)",
            "  papergraph report my-report --reports file:./my-reports",
            "  papergraph report cluster --print    (ready to paste into Neo4j Browser)"
        })
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The report to run.")
    String name;

    @Option(names = {"-l", "--list"}, description = "List the reports with their parameters and defaults.")
    boolean list;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE",
            description = "A report parameter; repeat for several. Parameters not given take the defaults shown by --list.")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: table, csv, tsv, json or markdown (default ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--width", paramLabel = "COLUMNS", defaultValue = "80",
            description = "Maximum line width of the table format (default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = {"-r", "--reports"}, paramLabel = "LOCATION",
            description = "More reports: file:DIR, file:FILE.cypher or classpath:PACKAGE; repeatable. A report named"
                    + " like a packaged one replaces it.")
    List<String> locations = new ArrayList<>();

    @Option(names = "--print", description = "Print the report, with its :param lines, ready to paste into Neo4j Browser;"
            + " runs nothing.")
    boolean print;

    @Option(names = "--timings", description = "Print on stderr where the time went: start-up, opening the graph (starting the"
            + " embedded Neo4j or connecting), the report, closing.")
    boolean timings;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var catalog = ReportCatalog.withLocations(locations);
        if (list) {
            printList(catalog.list());
            return 0;
        }
        if (name == null) {
            throw new PapergraphException("which report? give a NAME; available: "
                    + catalog.list().stream().map(Report::name).collect(Collectors.joining(", ")), null, 2);
        }
        var report = catalog.get(name);
        if (print) {
            out.print(BrowserGuide.paste(report));
            out.flush();
            return 0;
        }
        report.bind(parameters);
        var times = timings ? PhaseTimes.sinceJvmStart() : null;
        try (GraphTarget target = connection.open()) {
            mark(times, "open the graph");
            var result = ReportRunner.create(target.connection().driver(), target.connection().database())
                    .run(report, parameters);
            ReportWriter.write(result, format, width, out);
            mark(times, "report " + report.name());
        }
        if (times != null) {
            times.mark("close the graph");
            times.print(spec.commandLine().getErr());
        }
        return 0;
    }

    private static void mark(PhaseTimes times, String phase) {
        if (times != null) {
            times.mark(phase);
        }
    }

    private void printList(List<Report> reports) {
        var out = spec.commandLine().getOut();
        for (var report : reports) {
            out.println(report.name() + " - " + report.title());
            for (var line : wrap(report.description(), width - 4)) {
                out.println("    " + line);
            }
            for (var parameter : report.parameters()) {
                out.println("    --param " + parameter.name() + "=…");
                for (var line : wrap(parameter.description() + " (" + parameter.describeValue() + ")", width - 8)) {
                    out.println("        " + line);
                }
            }
            out.println();
        }
        out.flush();
    }

    private static List<String> wrap(String text, int width) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (var word : text.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
