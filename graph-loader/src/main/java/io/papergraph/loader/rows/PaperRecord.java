package io.papergraph.loader.rows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.papergraph.extractor.JsonLines;
import io.papergraph.extractor.PaperMerger;
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
    private static final String PAPER_TERMS = "paperTerms";

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
     * The record of a paper the graph holds merged with a new record of it, by the rule entries read together are
     * merged by ({@link PaperMerger#merge}): a load of the paper's digests one by one then leaves it as a load of
     * them all at once. The term findings are those of the record whose text wins (the stored ones, or
     * {@code terms}), or of the other when that one has none.
     */
    public static Map<String, Object> merged(Map<String, Object> stored, Paper incoming, PaperTerms terms) {
        var merge = PaperMerger.mergeOf(paper(stored), incoming);
        var record = of(merge.paper(), null);
        var storedTerms = (String) stored.get(PAPER_TERMS);
        if (storedTerms != null && (terms == null || merge.firstWon())) {
            record.put(PAPER_TERMS, storedTerms);
        } else {
            putTerms(record, incoming.arxivId(), terms);
        }
        return record;
    }

    /** The paper a stored record holds, without its listings (they are relationships) and term findings. */
    private static Paper paper(Map<String, Object> r) {
        var zh = new ChineseTexts(string(r, "summaryZh"), string(r, "tldrZh"), string(r, "motivationZh"),
                string(r, "methodZh"), string(r, "resultZh"), string(r, "conclusionZh"), strings(r, "keywordsZh"));
        var version = (Number) r.get("version");
        return new Paper(string(r, "arxivId"), version == null ? null : version.intValue(), string(r, "title"),
                string(r, "titleRaw"), string(r, "url"), strings(r, "authors"), strings(r, "categories"),
                string(r, "primaryCategory"), strings(r, "tags"), string(r, "abstract"), zh, string(r, "announceType"),
                List.of());
    }

    private static String string(Map<String, Object> r, String key) {
        return (String) r.get(key);
    }

    private static List<String> strings(Map<String, Object> r, String key) {
        var values = (List<?>) r.get(key);
        return values == null ? List.of() : values.stream().map(String.class::cast).toList();
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
                r.put(PAPER_TERMS, JSON.writeValueAsString(terms));
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
