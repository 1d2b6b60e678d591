package io.papergraph.queries;

import io.papergraph.PapergraphException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a report's header: {@code // Title:}, {@code // Description:} (continued on indented comment
 * lines), a {@code // Parameters:} list ({@code //   name  text}, text starting with {@code (required)}
 * for required ones) and one {@code // :param name => value} line per parameter.
 */
final class ReportParser {

    private static final Pattern PARAM_COMMAND = Pattern.compile("^//\\s*:param\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*=>\\s*(.+)$");
    private static final Pattern PARAM_DOC = Pattern.compile("^//\\s{2,}([A-Za-z_][A-Za-z0-9_]*)\\s+(.*)$");
    private static final Pattern USED_PARAM = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    private ReportParser() {
    }

    static Report parse(String name, String text, String source) {
        String title = null;
        var description = new StringBuilder();
        var docs = new LinkedHashMap<String, String>();
        var values = new LinkedHashMap<String, Object>();
        var section = "";
        var lines = text.lines().toList();
        int lineNumber = 0;
        for (var line : lines) {
            lineNumber++;
            var stripped = line.strip();
            if (!stripped.startsWith("//")) {
                if (stripped.isEmpty()) {
                    continue;
                }
                break;
            }
            var command = PARAM_COMMAND.matcher(stripped);
            if (command.matches()) {
                try {
                    values.put(command.group(1), CypherLiterals.parse(command.group(2)));
                } catch (IllegalArgumentException e) {
                    throw new PapergraphException(source + ":" + lineNumber + ": :param " + command.group(1)
                            + " has a value papergraph cannot read (" + e.getMessage() + ")");
                }
                section = "";
                continue;
            }
            var content = stripped.substring(2).strip();
            if (content.regionMatches(true, 0, "Title:", 0, 6)) {
                title = content.substring(6).strip();
                section = "";
            } else if (content.regionMatches(true, 0, "Description:", 0, 12)) {
                description.append(content.substring(12).strip());
                section = "description";
            } else if (content.equalsIgnoreCase("Parameters:")) {
                section = "parameters";
            } else if (section.equals("parameters") && PARAM_DOC.matcher(stripped).matches()) {
                var doc = PARAM_DOC.matcher(stripped);
                doc.matches();
                docs.put(doc.group(1), doc.group(2).strip());
            } else if (section.equals("description") && line.strip().startsWith("//  ") && !content.isEmpty()) {
                description.append(' ').append(content);
            } else {
                section = "";
            }
        }
        var parameters = new ArrayList<ReportParameter>();
        for (var entry : docs.entrySet()) {
            if (!values.containsKey(entry.getKey())) {
                throw new PapergraphException(source + ": parameter '" + entry.getKey()
                        + "' is listed under Parameters but has no ':param " + entry.getKey() + " => …' line");
            }
            var doc = entry.getValue();
            boolean required = doc.startsWith("(required)");
            parameters.add(new ReportParameter(entry.getKey(),
                    required ? doc.substring("(required)".length()).strip() : doc, values.get(entry.getKey()), required));
        }
        for (var declared : values.keySet()) {
            if (!docs.containsKey(declared)) {
                parameters.add(new ReportParameter(declared, "", values.get(declared), false));
            }
        }
        var used = usedParameters(text);
        var undeclared = used.stream().filter(p -> !values.containsKey(p)).toList();
        if (!undeclared.isEmpty()) {
            throw new PapergraphException(source + ": the query uses $" + String.join(", $", undeclared)
                    + " but the header has no ':param' line for " + (undeclared.size() == 1 ? "it" : "them"));
        }
        return new Report(name, title, description.toString(), parameters, text, source);
    }

    /** The {@code $parameters} the query text (outside comments) refers to, in order of first use. */
    static List<String> usedParameters(String text) {
        var used = new ArrayList<String>();
        for (var line : text.lines().toList()) {
            var code = line.strip().startsWith("//") ? "" : line;
            var matcher = USED_PARAM.matcher(code);
            while (matcher.find()) {
                if (!used.contains(matcher.group(1))) {
                    used.add(matcher.group(1));
                }
            }
        }
        return used;
    }
}
