package io.papergraph.queries;

import java.util.Objects;

/**
 * A parameter a report declares in its header.
 *
 * @param defaultValue the value of the header's {@code :param} line: the default, or for a required
 *                     parameter the example shown in Neo4j Browser; it also fixes the parameter's type
 * @param required     must be given with {@code --param}; the header value is only an example
 */
public record ReportParameter(String name, String description, Object defaultValue, boolean required) {

    public ReportParameter {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
    }

    /** Converts a command-line value to this parameter's type (the type of its header value). */
    public Object convert(String raw) {
        try {
            if (defaultValue instanceof Long) {
                return Long.parseLong(raw.strip());
            }
            if (defaultValue instanceof Double) {
                return Double.parseDouble(raw.strip());
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + name + "' expects "
                    + (defaultValue instanceof Long ? "an integer" : "a number") + ", got '" + raw + "'");
        }
        if (defaultValue instanceof Boolean) {
            if (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(raw);
            }
            throw new IllegalArgumentException("parameter '" + name + "' expects true or false, got '" + raw + "'");
        }
        return raw;
    }

    /** {@code name (default 20)} or {@code name (required, e.g. 'LLM')}, for listings and messages. */
    public String describeValue() {
        return required ? "required, e.g. " + CypherLiterals.format(defaultValue)
                : "default " + CypherLiterals.format(defaultValue);
    }
}
