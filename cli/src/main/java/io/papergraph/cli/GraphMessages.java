package io.papergraph.cli;

import io.papergraph.loader.connection.EmbeddedSettings;
import io.papergraph.loader.connection.GraphTarget;
import java.io.PrintWriter;

/** What the commands print about where the graph is and how to look at it. */
final class GraphMessages {

    static final String FIRST_QUERY =
            "MATCH (t:Term)<-[:MENTIONS]-(p:Paper) RETURN t.name AS term, count(p) AS papers ORDER BY papers DESC LIMIT 25";

    private GraphMessages() {
    }

    /** The Browser address, how to log in, and a first query to try. */
    static void printBrowser(GraphTarget target, PrintWriter out) {
        var server = target.embedded();
        if (server == null || server.browserUri() == null) {
            return;
        }
        out.println("Neo4j Browser: " + server.browserUri());
        out.println("  connect URL " + server.boltUri() + ", "
                + (server.settings().authEnabled() ? "user neo4j and your password" : "authentication: \"No authentication\""));
        out.println("  first query to try: " + FIRST_QUERY);
        out.flush();
    }

    /** After a load on the embedded store: how to look at it (with the same folder and the ports asked for). */
    static void printNext(GraphTarget target, ConnectionOptions connection, PrintWriter out) {
        var server = target.embedded();
        if (server == null) {
            return;
        }
        var command = new StringBuilder("papergraph serve");
        if (!server.settings().home().equals(EmbeddedSettings.DEFAULT_HOME)) {
            command.append(" --db-dir ").append(server.settings().home());
        }
        if (connection.boltPort != EmbeddedSettings.DEFAULT_BOLT_PORT) {
            command.append(" --bolt-port ").append(connection.boltPort);
        }
        if (connection.httpPort != EmbeddedSettings.DEFAULT_HTTP_PORT) {
            command.append(" --http-port ").append(connection.httpPort);
        }
        out.println("To browse the graph: " + command + " (Neo4j Browser at http://localhost:" + connection.httpPort + "/browser/)");
        out.flush();
    }
}
