package io.papergraph.map;

import org.neo4j.driver.Driver;

/**
 * Makes the topic map of a graph whose clusters are computed: reads the most relevant clustered terms and their
 * co-occurrences, and places them with the VOS layout. Writes nothing to the graph.
 */
public sealed interface TopicMapper permits DefaultTopicMapper {

    /** A mapper over the given driver; {@code database} may be null for the server's default database. */
    static TopicMapper create(Driver driver, String database) {
        return new DefaultTopicMapper(driver, database);
    }

    /** The terms, links and clusters the map shows, before they are placed. */
    TermNetwork read(MapOptions options);

    /** The laid-out map. */
    default TopicMap map(MapOptions options) {
        return lay(read(options), options);
    }

    /** Places the terms of a network read before (or made without a server). */
    static TopicMap lay(TermNetwork network, MapOptions options) {
        return VosLayout.lay(network, options.seed());
    }
}
