package io.papergraph.loader.state;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The graph's {@code Term} nodes as a load wrote them: each key with the node's element id and properties. A load
 * compares the terms it wants with these and writes only the differences; kept beside the ranking state, they spare
 * the next load reading every term back (twenty thousand at a year of papers, with their names and aliases).
 */
public final class StoredTerms {

    /** Version of the serialised form: a file written by another version is not read. */
    private static final int FORMAT = 1;

    /** One stored node: its element id and properties (the key among them). */
    public record Stored(String id, Map<String, Object> props) {

        public Stored {
            Objects.requireNonNull(id, "id");
            props = Collections.unmodifiableMap(new LinkedHashMap<>(props));
        }
    }

    private final Map<String, Stored> byKey;

    /** @param byKey each term's node, by key */
    public StoredTerms(Map<String, Stored> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** The nodes of the given terms (properties by key), each with its element id. */
    public static StoredTerms of(Map<String, Map<String, Object>> props, Map<String, String> ids) {
        var byKey = new HashMap<String, Stored>(props.size() * 2);
        props.forEach((key, termProps) -> {
            String id = ids.get(key);
            if (id == null) {
                throw new IllegalStateException("internal error: no element id for term " + key);
            }
            byKey.put(key, new Stored(id, termProps));
        });
        return new StoredTerms(byKey);
    }

    /** The properties of every node, by key. */
    public Map<String, Map<String, Object>> props() {
        var out = new HashMap<String, Map<String, Object>>(byKey.size() * 2);
        byKey.forEach((key, node) -> out.put(key, node.props()));
        return out;
    }

    /** The element id of every node, by key. */
    public Map<String, String> ids() {
        var out = new HashMap<String, String>(byKey.size() * 2);
        byKey.forEach((key, node) -> out.put(key, node.id()));
        return out;
    }

    public int size() {
        return byKey.size();
    }

    /**
     * Writes the nodes. Property values are what the loader writes on terms: strings, whole numbers, decimals,
     * dates, booleans and lists of strings; anything else is an {@link IOException} (the nodes are then not kept).
     */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(FORMAT);
        out.writeInt(byKey.size());
        for (var node : byKey.entrySet()) {
            out.writeUTF(node.getKey());
            out.writeUTF(node.getValue().id());
            out.writeInt(node.getValue().props().size());
            for (var property : node.getValue().props().entrySet()) {
                out.writeUTF(property.getKey());
                writeValue(out, property.getValue());
            }
        }
    }

    private static void writeValue(DataOutputStream out, Object value) throws IOException {
        if (value instanceof String s) {
            out.writeByte('S');
            out.writeUTF(s);
        } else if (value instanceof Long l) {
            out.writeByte('L');
            out.writeLong(l);
        } else if (value instanceof Double d) {
            out.writeByte('D');
            out.writeDouble(d);
        } else if (value instanceof LocalDate d) {
            out.writeByte('T');
            out.writeLong(d.toEpochDay());
        } else if (value instanceof Boolean b) {
            out.writeByte('B');
            out.writeBoolean(b);
        } else if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            out.writeByte('A');
            out.writeInt(list.size());
            for (Object s : list) {
                out.writeUTF((String) s);
            }
        } else {
            throw new IOException("a term property of an unexpected type: " + (value == null ? "null" : value.getClass().getName()));
        }
    }

    /** Reads what {@link #write} wrote; an {@link IOException} for anything else (another version, a cut file). */
    public static StoredTerms read(DataInputStream in) throws IOException {
        if (in.readInt() != FORMAT) {
            throw new IOException("stored terms of another version");
        }
        int count = in.readInt();
        var byKey = new HashMap<String, Stored>(count * 2);
        for (int i = 0; i < count; i++) {
            String key = in.readUTF();
            String id = in.readUTF();
            int properties = in.readInt();
            var props = new LinkedHashMap<String, Object>();
            for (int p = 0; p < properties; p++) {
                props.put(in.readUTF(), readValue(in));
            }
            byKey.put(key, new Stored(id, props));
        }
        return new StoredTerms(byKey);
    }

    private static Object readValue(DataInputStream in) throws IOException {
        int type = in.readByte();
        return switch (type) {
            case 'S' -> in.readUTF();
            case 'L' -> in.readLong();
            case 'D' -> in.readDouble();
            case 'T' -> LocalDate.ofEpochDay(in.readLong());
            case 'B' -> in.readBoolean();
            case 'A' -> {
                int size = in.readInt();
                var list = new ArrayList<String>(size);
                for (int i = 0; i < size; i++) {
                    list.add(in.readUTF());
                }
                yield List.copyOf(list);
            }
            default -> throw new IOException("stored terms with a value of unknown type " + type);
        };
    }
}
