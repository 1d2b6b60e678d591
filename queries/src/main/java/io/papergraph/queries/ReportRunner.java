package io.papergraph.queries;

import java.util.Collection;
import java.util.Map;
import org.neo4j.driver.Driver;

/**
 * Runs reports in read sessions. A report whose plan says it writes (or changes the schema) is refused
 * before it runs; the read access mode stops anything that slips through.
 */
public sealed interface ReportRunner permits DefaultReportRunner {

    /** @param database the database name, or null for the server's default */
    static ReportRunner create(Driver driver, String database) {
        return new DefaultReportRunner(driver, database);
    }

    /**
     * Runs a report with parameters given as text (from {@code --param key=value}); they are converted to
     * the types of the header values, and missing optional ones take their defaults.
     */
    ReportResult run(Report report, Map<String, String> parameters);

    /**
     * Plans each report once ({@code EXPLAIN}, with the header values as parameters), so that its first run on this
     * server finds the plan cached instead of paying for the planner; a server just started spends most of a first
     * report there. A report that cannot be planned is left for its run to tell why.
     *
     * @return how many reports were planned
     */
    int prepare(Collection<Report> reports);
}
