package io.papergraph.queries;

import io.papergraph.PapergraphException;
import io.papergraph.Resources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The reports papergraph knows: the packaged ones, plus reports from locations the user adds, written
 * like neo4j-migrations' locations: {@code classpath:some/package} or {@code file:/path} (a directory of
 * {@code .cypher} files or one file). A user report with the name of a packaged one replaces it.
 */
public final class ReportCatalog {

    static final String PACKAGED = "io/papergraph/queries/reports";

    private final Map<String, Report> reports;

    private ReportCatalog(Map<String, Report> reports) {
        this.reports = reports;
    }

    /** The reports shipped in the papergraph-queries jar. */
    public static ReportCatalog packaged() {
        return withLocations(List.of());
    }

    /** The packaged reports plus those found at the given {@code classpath:} or {@code file:} locations. */
    public static ReportCatalog withLocations(List<String> locations) {
        var reports = new TreeMap<String, Report>();
        for (var name : packagedNames()) {
            var resource = PACKAGED + "/" + name + ".cypher";
            reports.put(name, ReportParser.parse(name, readResource(resource), "classpath:" + resource));
        }
        for (var location : locations) {
            for (var report : load(location)) {
                reports.put(report.name(), report);
            }
        }
        return new ReportCatalog(reports);
    }

    private static List<String> packagedNames() {
        return readResource(PACKAGED + ".list").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String readResource(String resource) {
        return Resources.text(ReportCatalog.class, "/" + resource);
    }

    private static List<Report> load(String location) {
        if (location.startsWith("classpath:")) {
            var base = location.substring("classpath:".length()).replaceAll("^/+|/+$", "");
            if (base.endsWith(".cypher")) {
                return List.of(ReportParser.parse(nameOf(base), readResource(base), location));
            }
            var list = readResource(base + ".list");
            return list.lines().map(String::strip).filter(l -> !l.isEmpty())
                    .map(n -> ReportParser.parse(n, readResource(base + "/" + n + ".cypher"), "classpath:" + base + "/" + n + ".cypher"))
                    .toList();
        }
        var path = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
        if (Files.isRegularFile(path)) {
            return List.of(readFile(path));
        }
        if (!Files.isDirectory(path)) {
            throw new PapergraphException("report location " + location
                    + " is neither a .cypher file nor a directory (expected file:PATH or classpath:PACKAGE)");
        }
        try (var files = Files.list(path)) {
            var reports = new ArrayList<Report>();
            for (var file : files.filter(f -> f.getFileName().toString().endsWith(".cypher"))
                    .sorted(Comparator.comparing(Path::toString)).toList()) {
                reports.add(readFile(file));
            }
            return reports;
        } catch (IOException e) {
            throw new PapergraphException("cannot list report directory " + path + ": " + e.getMessage(), e);
        }
    }

    private static Report readFile(Path file) {
        try {
            return ReportParser.parse(nameOf(file.getFileName().toString()), Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new PapergraphException("cannot read report " + file + ": " + e.getMessage(), e);
        }
    }

    private static String nameOf(String fileName) {
        var base = fileName.substring(fileName.lastIndexOf('/') + 1);
        return base.endsWith(".cypher") ? base.substring(0, base.length() - ".cypher".length()) : base;
    }

    /** All reports, by name. */
    public List<Report> list() {
        return List.copyOf(reports.values());
    }

    /** The report of that name, or an error that lists the available ones and the closest name. */
    public Report get(String name) {
        var report = reports.get(name.toLowerCase(Locale.ROOT).strip());
        if (report != null) {
            return report;
        }
        var closest = reports.keySet().stream()
                .min(Comparator.comparingInt(n -> distance(n, name.toLowerCase(Locale.ROOT))))
                .filter(n -> distance(n, name.toLowerCase(Locale.ROOT)) <= Math.max(2, n.length() / 3));
        throw new PapergraphException("no report named '" + name + "'"
                + closest.map(n -> " (did you mean '" + n + "'?)").orElse("")
                + "; available: " + String.join(", ", reports.keySet()), null, 2);
    }

    /** Levenshtein distance, for the "did you mean" hint. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    @Override
    public String toString() {
        return reports.keySet().stream().collect(Collectors.joining(", ", "ReportCatalog[", "]"));
    }
}
