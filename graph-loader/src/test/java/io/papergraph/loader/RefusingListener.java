package io.papergraph.loader;

import io.papergraph.testsupport.Neo4jTestServer;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;

/**
 * Makes an embedded server refuse, before commit, every transaction whose changes match a test: the client
 * gets a non-transient error, as from a server that rejects a statement. Registered until closed. Published in
 * the test-jar for the command-line tests.
 */
public final class RefusingListener extends TransactionEventListenerAdapter<Object> implements AutoCloseable {

    public static final String REASON = "refused by the test server";

    private final Neo4jTestServer server;
    private final Predicate<TransactionData> refuse;
    private final AtomicInteger refusals = new AtomicInteger();

    private RefusingListener(Neo4jTestServer server, Predicate<TransactionData> refuse) {
        this.server = server;
        this.refuse = refuse;
    }

    public static RefusingListener register(Neo4jTestServer server, Predicate<TransactionData> refuse) {
        var listener = new RefusingListener(server, refuse);
        server.managementService().registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, listener);
        return listener;
    }

    /** Transactions that create a node with the label and the property value. */
    public static Predicate<TransactionData> creatingNode(String label, String key, Object value) {
        return data -> {
            for (var node : data.createdNodes()) {
                if (node.hasLabel(org.neo4j.graphdb.Label.label(label)) && value.equals(node.getProperty(key, null))) {
                    return true;
                }
            }
            return false;
        };
    }

    /** Transactions that create a relationship of the type. */
    public static Predicate<TransactionData> creatingRelationship(String type) {
        return data -> {
            for (var relationship : data.createdRelationships()) {
                if (relationship.isType(org.neo4j.graphdb.RelationshipType.withName(type))) {
                    return true;
                }
            }
            return false;
        };
    }

    @Override
    public Object beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService databaseService) {
        if (refuse.test(data)) {
            refusals.incrementAndGet();
            throw new IllegalStateException(REASON);
        }
        return null;
    }

    public int refusals() {
        return refusals.get();
    }

    @Override
    public void close() {
        server.managementService().unregisterTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, this);
    }
}
