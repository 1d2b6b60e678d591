package io.papergraph.testsupport;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.neo4j.driver.Driver;

/**
 * JUnit 5 extension owning the test JVM's one Neo4j ({@link Neo4jTestServer#shared()}, started on first use) and
 * emptying its database before each test. Test methods and constructors receive the {@link Neo4jTestServer} or its
 * {@link Driver} as parameters; a module may add resolvers of its own types on top, such as the loader's connection.
 */
public final class Neo4jExtension implements BeforeEachCallback, ParameterResolver {

    @Override
    public void beforeEach(ExtensionContext context) {
        Neo4jTestServer.shared().empty();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Driver.class || type == Neo4jTestServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        var server = Neo4jTestServer.shared();
        return parameter.getParameter().getType() == Driver.class ? server.driver() : server;
    }
}
