package io.papergraph.extractor.terms;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Counts by name as a {@link RankingState} file holds them: a size (-1 for none), then name and count pairs. */
final class CountMaps {

    private CountMaps() {
    }

    static Map<String, Integer> nonNull(Map<String, Integer> counts) {
        return counts == null ? new HashMap<>() : counts;
    }

    static void write(DataOutputStream out, Map<String, Integer> counts) throws IOException {
        if (counts == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(counts.size());
        for (var e : counts.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
    }

    static Map<String, Integer> read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        var out = new HashMap<String, Integer>(Math.max(2, n * 2));
        for (int i = 0; i < n; i++) {
            out.put(in.readUTF(), in.readInt());
        }
        return out;
    }
}
