package io.papergraph.queries;

import io.papergraph.PapergraphException;
import io.papergraph.loader.connection.Neo4jConnection;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.Path;

/** {@link ReportRunner} over the Neo4j Java Driver. */
final class DefaultReportRunner implements ReportRunner {

    private final Driver driver;
    private final String database;

    DefaultReportRunner(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    private SessionConfig readSession() {
        return Neo4jConnection.sessionConfig(database, AccessMode.READ);
    }

    @Override
    public int prepare(Collection<Report> reports) {
        int planned = 0;
        try (var session = driver.session(readSession())) {
            for (var report : reports) {
                var examples = new HashMap<String, Object>();
                report.parameters().forEach(parameter -> examples.put(parameter.name(), parameter.defaultValue()));
                try {
                    session.executeRead(tx -> tx.run(new Query("EXPLAIN " + report.cypher(), examples)).consume());
                    planned++;
                } catch (Neo4jException e) {
                    // Planned again when it is run, which then says what is wrong with it.
                }
            }
        }
        return planned;
    }

    @Override
    public ReportResult run(Report report, Map<String, String> given) {
        var parameters = report.bind(given);
        try (var session = driver.session(readSession())) {
            var queryType = session.executeRead(
                    tx -> tx.run(new Query("EXPLAIN " + report.cypher(), parameters)).consume().queryType());
            if (queryType != QueryType.READ_ONLY) {
                throw new PapergraphException("report '" + report.name() + "' (" + report.source()
                        + ") would write to the graph (query type " + queryType + "); reports must only read");
            }
            return session.executeRead(tx -> {
                var result = tx.run(new Query(report.cypher(), parameters));
                var columns = result.keys();
                var rows = new ArrayList<List<Object>>();
                while (result.hasNext()) {
                    var record = result.next();
                    var row = new ArrayList<Object>(columns.size());
                    for (var column : columns) {
                        row.add(plain(record.get(column)));
                    }
                    rows.add(row);
                }
                return new ReportResult(report, columns, rows);
            });
        } catch (ClientException e) {
            if (e.code() != null && e.code().contains("Forbidden")) {
                throw new PapergraphException("report '" + report.name() + "' tried to write to the graph, which reports"
                        + " may not do: " + e.getMessage(), e);
            }
            throw new PapergraphException("report '" + report.name() + "' (" + report.source() + ") failed: "
                    + e.getMessage(), e);
        } catch (Neo4jException e) {
            throw new PapergraphException("report '" + report.name() + "' failed: " + e.getMessage(), e);
        }
    }

    /** Driver values to plain Java values: nodes and relationships become their properties. */
    static Object plain(Value value) {
        if (value == null || value.isNull()) {
            return null;
        }
        var object = value.asObject();
        return plainObject(object);
    }

    private static Object plainObject(Object object) {
        if (object instanceof Entity entity) {
            return plainObject(entity.asMap());
        }
        if (object instanceof Path path) {
            return path.toString();
        }
        if (object instanceof TemporalAccessor temporal) {
            return temporal.toString();
        }
        if (object instanceof List<?> list) {
            var copy = new ArrayList<Object>(list.size());
            list.forEach(item -> copy.add(plainObject(item)));
            return copy;
        }
        if (object instanceof Map<?, ?> map) {
            var copy = new LinkedHashMap<String, Object>();
            map.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.toString().compareTo(b.toString())))
                    .forEach(e -> copy.put(e.getKey().toString(), plainObject(e.getValue())));
            return copy;
        }
        if (object instanceof Integer i) {
            return i.longValue();
        }
        return object;
    }
}
