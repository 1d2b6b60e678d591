package io.papergraph.cli;

import io.papergraph.PapergraphException;
import io.papergraph.map.MapOptions;
import picocli.CommandLine.Option;

/** What goes on the topic map ({@code papergraph map}, {@code build --map}). */
final class TopicMapOptions {

    @Option(names = "--max-terms", paramLabel = "N", defaultValue = "" + MapOptions.DEFAULT_MAX_TERMS,
            description = "Topic map: place the N clustered terms that most papers mention (ties by key; default ${DEFAULT-VALUE}):"
                    + " enough for the topics of a year of papers, few enough to read and to lay out in seconds.")
    int maxTerms;

    @Option(names = "--papers-per-term", paramLabel = "N", defaultValue = "" + MapOptions.DEFAULT_PAPERS_PER_TERM,
            description = "Topic map: papers listed for a term in the page and in VOSviewer: those it weighs most in (default ${DEFAULT-VALUE}).")
    int papersPerTerm;

    MapOptions toOptions() {
        if (maxTerms < 1) {
            throw new PapergraphException("--max-terms must be at least 1, was " + maxTerms, null, 2);
        }
        if (papersPerTerm < 0) {
            throw new PapergraphException("--papers-per-term must not be negative, was " + papersPerTerm, null, 2);
        }
        return new MapOptions(maxTerms, papersPerTerm, MapOptions.DEFAULT_SEED);
    }
}
