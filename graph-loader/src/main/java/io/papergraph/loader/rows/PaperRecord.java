package io.papergraph.loader.rows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.papergraph.extractor.JsonLines;
import io.papergraph.extractor.model.AuthorKey;
import io.papergraph.extractor.model.ChineseTexts;
import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.terms.PaperTerms;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The property map a paper is stored as. */
public final class PaperRecord {

    /** The JSON mapper of the extract output, that of the stored findings. */
    private static final ObjectMapper JSON = JsonLines.mapper();

    private PaperRecord() {
    }

    public static Map<String, Object> of(Paper p, PaperTerms terms) {
        var r = new LinkedHashMap<String, Object>();
        r.put("arxivId", p.arxivId());
        putIfPresent(r, "version", p.version() == null ? null : (long) p.version());
        r.put("title", p.title());
        putIfPresent(r, "titleRaw", p.titleRaw());
        putIfPresent(r, "url", p.url());
        putIfPresent(r, "abstract", p.abstractText());
        putIfPresent(r, "primaryCategory", p.primaryCategory());
        putIfPresent(r, "announceType", p.announceType());
        ChineseTexts zh = p.zh();
        putIfPresent(r, "summaryZh", zh.summary());
        putIfPresent(r, "tldrZh", zh.tldr());
        putIfPresent(r, "motivationZh", zh.motivation());
        putIfPresent(r, "methodZh", zh.method());
        putIfPresent(r, "resultZh", zh.result());
        putIfPresent(r, "conclusionZh", zh.conclusion());
        putList(r, "keywordsZh", zh.keywords());
        putList(r, "authors", p.authors().stream().map(AuthorKey::displayName).toList());
        putList(r, "categories", p.categories());
        putList(r, "tags", p.tags());
        putTerms(r, p.arxivId(), terms);
        return r;
    }

    /**
     * The properties a fresh load creates a paper with: its record, its first and last listing dates, and its
     * term findings as JSON (made here, a batch at a time, not kept for every paper at once).
     */
    public static Map<String, Object> fresh(Map<String, Object> record, Map<String, java.time.LocalDate[]> listed,
            Map<String, PaperTerms> termsById) {
        var props = new HashMap<>(record);
        String id = (String) record.get("arxivId");
        var dates = listed.get(id);
        if (dates != null) {
            props.put("firstListed", dates[0]);
            props.put("lastListed", dates[1]);
        }
        putTerms(props, id, termsById.get(id));
        return props;
    }

    /** Adds a paper's term findings (when it has any) as the JSON property an incremental load ranks again. */
    private static void putTerms(Map<String, Object> r, String arxivId, PaperTerms terms) {
        if (terms != null) {
            try {
                r.put("paperTerms", JSON.writeValueAsString(terms));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise the term findings of " + arxivId, e);
            }
        }
    }

    private static void putIfPresent(Map<String, Object> r, String key, Object value) {
        if (value != null) {
            r.put(key, value);
        }
    }

    private static void putList(Map<String, Object> r, String key, List<String> values) {
        if (values != null && !values.isEmpty()) {
            r.put(key, List.copyOf(values));
        }
    }
}
