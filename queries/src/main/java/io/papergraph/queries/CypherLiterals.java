package io.papergraph.queries;

import java.util.Locale;

/** The few Cypher literals a report header's {@code :param} lines may use: numbers, strings, booleans, null. */
final class CypherLiterals {

    private CypherLiterals() {
    }

    static Object parse(String literal) {
        var text = literal.strip();
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.length() >= 2 && (text.startsWith("'") && text.endsWith("'") || text.startsWith("\"") && text.endsWith("\""))) {
            return text.substring(1, text.length() - 1).replace("\\'", "'").replace("\\\"", "\"");
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            case "null":
                return null;
            default:
                break;
        }
        if (text.matches("-?\\d+")) {
            return Long.parseLong(text);
        }
        if (text.matches("-?(\\d+\\.\\d*|\\.\\d+)([eE][-+]?\\d+)?|-?\\d+[eE][-+]?\\d+")) {
            return Double.parseDouble(text);
        }
        throw new IllegalArgumentException("not a number, string, boolean or null: " + literal.strip());
    }

    static String format(Object value) {
        if (value instanceof String s) {
            return "'" + s.replace("'", "\\'") + "'";
        }
        return String.valueOf(value);
    }
}
