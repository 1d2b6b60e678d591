package io.papergraph.loader;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.papergraph.PapergraphException;
import io.papergraph.extractor.terms.PaperTerms;
import io.papergraph.loader.write.BatchWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The term findings stored on the papers of the graph (JSON), read back for a ranking. */
final class StoredFindings {

    private StoredFindings() {
    }

    /**
     * Every paper's stored term findings. Parsing the JSON (a gigabyte for a year of papers) takes longer than
     * reading it, so the records are parsed a chunk at a time on all cores.
     */
    static Collection<PaperTerms> all(BatchWriter writer) {
        var out = new TreeMap<String, PaperTerms>();
        var chunk = new ArrayList<Map.Entry<String, String>>(PARSE_CHUNK);
        writer.read("paper-terms-all", Map.of(), r -> {
            chunk.add(Map.entry(r.get("arxivId").asString(), r.get("json").asString()));
            if (chunk.size() == PARSE_CHUNK) {
                parse(chunk, out);
            }
        });
        parse(chunk, out);
        return out.values();
    }

    private static final int PARSE_CHUNK = 1024;

    /** Parses and empties {@code chunk} into {@code out}; stored JSON that does not parse names its paper. */
    static void parse(List<Map.Entry<String, String>> chunk, Map<String, PaperTerms> out) {
        var parsed = chunk.parallelStream().map(e -> {
            try {
                return ExtractOutput.JSON.readValue(e.getValue(), PaperTerms.class);
            } catch (JsonProcessingException ex) {
                return new UnreadableFindings(e.getKey(), ex.getOriginalMessage());
            }
        }).toList();
        for (int i = 0; i < chunk.size(); i++) {
            if (parsed.get(i) instanceof UnreadableFindings bad) {
                throw new PapergraphException("the stored term findings of paper " + bad.arxivId()
                        + " are not valid JSON (" + bad.problem() + "); reload its digest");
            }
            out.put(chunk.get(i).getKey(), (PaperTerms) parsed.get(i));
        }
        chunk.clear();
    }

    private record UnreadableFindings(String arxivId, String problem) {
    }

    /** The stored findings (JSON) of those of the given papers that have any. */
    static Map<String, String> json(BatchWriter writer, List<String> ids) {
        var out = new HashMap<String, String>();
        for (var batch : writer.batches(ids)) {
            writer.read("paper-terms-of", Map.of("rows", batch), r -> out.put(r.get("arxivId").asString(), r.get("json").asString()));
        }
        return out;
    }
}
