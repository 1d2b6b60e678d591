package io.papergraph.loader.rows;

import io.papergraph.extractor.model.AuthorKey;
import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.extractor.model.Listing;
import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.model.TagKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The rows a load writes for its papers: the paper records, their authors, categories and tags (one row per key,
 * with the smallest display name their papers give), and the {@code WROTE}, {@code IN_CATEGORY}, {@code TAGGED}
 * and {@code LISTS} rows that join them, named by keys. Shared by the loader's statements and the import files
 * of a new store, so that both write the same graph.
 */
public record PaperRows(List<Map<String, Object>> records, Map<String, String> authors, Map<String, String> tags,
        Map<String, Map<String, Object>> categories, List<Object> wrote, List<Object> inCategory, List<Object> tagged,
        List<Object> lists) {

    /**
     * @param papers   the papers to write
     * @param files    the digests being loaded: only their listings are written
     * @param recordOf the property map each paper is stored as
     */
    public static PaperRows of(List<Paper> papers, Set<String> files, Function<Paper, Map<String, Object>> recordOf) {
        var records = new ArrayList<Map<String, Object>>();
        var authors = new TreeMap<String, String>();
        var tags = new TreeMap<String, String>();
        var categories = new TreeMap<String, Map<String, Object>>();
        var wrote = new ArrayList<Object>();
        var inCategory = new ArrayList<Object>();
        var tagged = new ArrayList<Object>();
        var lists = new ArrayList<Object>();
        for (Paper paper : papers) {
            Map<String, Object> record = recordOf.apply(paper);
            records.add(record);
            String id = paper.arxivId();
            List<?> names = (List<?>) record.getOrDefault("authors", List.of());
            for (int i = 0; i < names.size(); i++) {
                String name = (String) names.get(i);
                String key = AuthorKey.of(name);
                authors.merge(key, AuthorKey.displayName(name), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                wrote.add(Map.of("author", key, "paper", id, "position", i + 1));
            }
            String primary = (String) record.get("primaryCategory");
            for (Object c : (List<?>) record.getOrDefault("categories", List.of())) {
                String code = (String) c;
                var row = new HashMap<String, Object>();
                row.put("code", code);
                row.put("name", ArxivCategories.name(code));
                row.put("archive", ArxivCategories.archive(code));
                categories.put(code, row);
                inCategory.add(Map.of("paper", id, "category", code, "primary", code.equals(primary)));
            }
            var seenTags = new HashSet<String>();
            for (Object t : (List<?>) record.getOrDefault("tags", List.of())) {
                String key = TagKey.fold((String) t);
                if (key.isEmpty() || !seenTags.add(key)) {
                    continue;
                }
                tags.merge(key, TagKey.display((String) t), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                tagged.add(Map.of("paper", id, "tag", key));
            }
            for (Listing l : paper.listings()) {
                if (files.contains(l.digest())) {
                    var row = new HashMap<String, Object>();
                    row.put("digest", l.digest());
                    row.put("paper", id);
                    row.put("rank", l.rank());
                    row.put("line", l.line());
                    row.put("date", l.date());
                    lists.add(row);
                }
            }
        }
        return new PaperRows(records, authors, tags, categories, wrote, inCategory, tagged, lists);
    }

    /** Rows of the author nodes: key and display name. */
    public List<Object> authorRows() {
        return keyNameRows(authors);
    }

    /** Rows of the tag nodes: key and display name. */
    public List<Object> tagRows() {
        return keyNameRows(tags);
    }

    /** Rows of the category nodes: code, human name and archive. */
    public List<Object> categoryRows() {
        return new ArrayList<>(categories.values());
    }

    private static List<Object> keyNameRows(Map<String, String> byKey) {
        return byKey.entrySet().stream().map(e -> (Object) Map.of("key", e.getKey(), "name", e.getValue())).toList();
    }

    /** Per paper, the first and last date of the listing rows that have a date. */
    public Map<String, LocalDate[]> listingDates() {
        var listed = new HashMap<String, LocalDate[]>();
        for (Object l : lists) {
            var row = (Map<?, ?>) l;
            var date = (LocalDate) row.get("date");
            if (date != null) {
                listed.merge((String) row.get("paper"), new LocalDate[] {date, date}, (a, b) -> new LocalDate[] {
                        a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
            }
        }
        return listed;
    }

    /** Rows of the digest nodes about to be (re)loaded: file, date, format, entries, papers. */
    public static List<Object> digestRows(List<DigestInfo> digests) {
        var rows = new ArrayList<Object>();
        for (DigestInfo d : digests) {
            var row = new HashMap<String, Object>();
            row.put("file", d.file());
            row.put("date", d.date());
            row.put("format", d.format() == null ? null : d.format().name());
            row.put("entries", d.entries());
            row.put("papers", d.papers());
            rows.add(row);
        }
        return rows;
    }

    /** The first of each paper's listing dates. */
    public static Map<String, java.time.LocalDate> firstListed(Map<String, java.time.LocalDate[]> listed) {
        var firstListed = new HashMap<String, java.time.LocalDate>();
        listed.forEach((paper, dates) -> firstListed.put(paper, dates[0]));
        return firstListed;
    }
}
