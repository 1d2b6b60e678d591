package io.papergraph.cli;

import io.papergraph.bench.BenchRun;
import io.papergraph.loader.connection.GraphTarget;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;

/** {@code papergraph bench reports}: the report stage of {@code bench run}, on a graph that is already loaded. */
@Command(
        name = "reports",
        mixinStandardHelpOptions = true,
        description = {
            "Times every packaged report on a loaded graph: the report stage of 'bench run', without building the graph"
                    + " again (a year of papers takes most of an hour to build).",
            "Each report runs twice with its default parameters; required ones name what the graph holds most of"
                    + " (the most mentioned term, the most prolific author, the largest cluster; the first paper by id),"
                    + " so that each report does its full work. The first run includes planning the query, the second"
                    + " reuses the plan. Prints rows, first and second time per report."
        })
final class BenchReportsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (GraphTarget target = connection.open()) {
            for (var time : BenchRun.reports(target.connection())) {
                out.printf(Locale.ROOT, "%-16s %6d rows  first %6.2f s  again %6.2f s%n", time.name(), time.rows(),
                        time.firstSeconds(), time.againSeconds());
            }
        }
        return 0;
    }
}
