package io.papergraph.queries;

import io.papergraph.PapergraphException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A Cypher report: a {@code .cypher} file whose header comment gives its title, description and
 * parameters, so the same file documents itself, runs from {@code papergraph report} and runs unchanged
 * in Neo4j Browser.
 *
 * @param source where the report came from ({@code classpath:…} or a file path), for messages
 */
public record Report(String name, String title, String description, List<ReportParameter> parameters, String cypher,
        String source) {

    public Report {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cypher, "cypher");
        title = title == null || title.isBlank() ? name : title;
        description = description == null ? "" : description;
        parameters = List.copyOf(parameters);
    }

    public Optional<ReportParameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    /** The {@code :param} commands that set every parameter to its header value in Neo4j Browser. */
    public List<String> browserParamCommands() {
        return parameters.stream().map(p -> ":param " + p.name() + " => " + CypherLiterals.format(p.defaultValue())).toList();
    }

    /**
     * The query parameters for values given as text (e.g. {@code --param key=value}): checked against the
     * header, converted to the header values' types, defaults filling the rest. Unknown and missing
     * parameters get a message that lists the report's parameters.
     */
    public Map<String, Object> bind(Map<String, String> given) {
        var unknown = given.keySet().stream().filter(k -> parameter(k).isEmpty()).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new PapergraphException("report '" + name + "' has no parameter "
                    + String.join(", ", unknown) + "; " + describeParameters(), null, 2);
        }
        var values = new HashMap<String, Object>();
        var missing = new ArrayList<String>();
        for (var parameter : parameters()) {
            var raw = given.get(parameter.name());
            if (raw == null) {
                if (parameter.required()) {
                    missing.add(parameter.name());
                } else {
                    values.put(parameter.name(), parameter.defaultValue());
                }
                continue;
            }
            try {
                values.put(parameter.name(), parameter.convert(raw));
            } catch (IllegalArgumentException e) {
                throw new PapergraphException("report '" + name + "': " + e.getMessage(), null, 2);
            }
        }
        if (!missing.isEmpty()) {
            throw new PapergraphException("report '" + name + "' needs "
                    + missing.stream().map(m -> "--param " + m + "=…").collect(Collectors.joining(" and "))
                    + "; " + describeParameters(), null, 2);
        }
        return values;
    }

    private String describeParameters() {
        if (parameters().isEmpty()) {
            return "it takes no parameters";
        }
        return "its parameters: " + parameters().stream()
                .map(p -> p.name() + " (" + p.describeValue() + ")")
                .collect(Collectors.joining(", "));
    }

}
