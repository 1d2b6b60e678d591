package io.papergraph.cli;

import io.papergraph.build.GraphBuild;
import io.papergraph.loader.connection.GraphTarget;
import io.papergraph.map.TopicMapFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code papergraph map}: writes the topic map of the graph's clusters as a page and as VOSviewer and Gephi files. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = {
            "Writes the topic map of the graph: the clustered terms placed by the VOS layout (as VOSviewer places them),"
                    + " sized by papers, coloured by cluster and linked by co-occurrence. Three files in DIR: "
                    + TopicMapFiles.HTML + ", one page that works offline (zoom, pan, search, a term's papers linked to"
                    + " arXiv, the legend of the clusters); " + TopicMapFiles.VOSVIEWER + " for VOSviewer and VOSviewer"
                    + " Online; " + TopicMapFiles.GEXF + " for Gephi.",
            "The clusters are those 'build' or 'cluster' computed; the graph is only read. See docs/map.md."
        },
        footer = {
            "",
            "Examples:",
            "  papergraph map",
            "  papergraph map -o /tmp/map --max-terms 300",
            "  papergraph map --uri bolt://localhost:7687"
        })
final class MapCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "papergraph-map",
            description = "Folder to write the three files into, created if missing (default ./${DEFAULT-VALUE}).")
    Path output;

    @Mixin
    TopicMapOptions map;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        var options = map.toOptions(); // a bad option is a usage error before any store opens
        try (GraphTarget target = connection.open()) {
            GraphBuild.writeMap(target, options, output, spec.commandLine().getOut());
        }
        return 0;
    }
}
