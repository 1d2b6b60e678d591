package io.papergraph.loader;

import io.papergraph.loader.connection.ConnectionSettings;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.testsupport.Neo4jExtension;
import io.papergraph.testsupport.Neo4jTestServer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The loader's {@link Neo4jConnection} to the test JVM's one server ({@link Neo4jTestServer}), opened once per JVM
 * and handed to test methods and constructors as a parameter; registered after {@link Neo4jExtension}, which
 * empties the database before each test. Published in the test-jar for the other modules' tests.
 */
public final class TestConnection implements ParameterResolver {

    private static Neo4jConnection shared;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Neo4jConnection.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return shared();
    }

    /** The connection, for test helpers outside JUnit's extension model; the database is not emptied by this call. */
    public static synchronized Neo4jConnection shared() {
        if (shared == null) {
            shared = Neo4jConnection.open(new ConnectionSettings(Neo4jTestServer.shared().boltUri(), null, null, null));
        }
        return shared;
    }
}
