package io.papergraph.loader.bench;

import io.papergraph.extractor.model.AuthorKey;
import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.extractor.model.Listing;
import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.terms.TermIndex;
import io.papergraph.loader.bulk.AdminImport;
import io.papergraph.loader.bulk.ImportFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The graph of {@code docs/graph-model.md} as CSV files for {@code neo4j-admin database import}: nodes
 * (Paper, Author, Category, Tag, Term, Digest) and relationships (WROTE, IN_CATEGORY, TAGGED, MENTIONS, LISTS),
 * with the properties the loader writes; authors are keyed by {@link AuthorKey}. Papers are streamed; authors, tags, categories and digests are
 * collected by key to be written once. Derived parts (CO_OCCURS, clusters) are computed in the database after
 * loading and are not part of the files.
 *
 * @param directory     where the files are
 * @param nodes         node files by label
 * @param relationships relationship files by type
 * @param nodeCount     nodes over all files
 * @param relationshipCount relationships over all files
 * @param lineBreaks    whether some field holds a line break
 */
public record GraphCsv(Path directory, Map<String, Path> nodes, Map<String, Path> relationships, long nodeCount,
                       long relationshipCount, boolean lineBreaks) {

    public GraphCsv {
        Objects.requireNonNull(directory, "directory");
        nodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        relationships = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(relationships));
    }

    /** The files as the import takes them. */
    public AdminImport.Files files() {
        var byType = new LinkedHashMap<String, java.util.List<Path>>();
        relationships.forEach((type, file) -> byType.put(type, java.util.List.of(file)));
        return new AdminImport.Files(nodes, byType, nodeCount, relationshipCount, lineBreaks);
    }

    /** Nodes plus relationships: the graph elements a load writes. */
    public long elements() {
        return nodeCount + relationshipCount;
    }

    /**
     * Writes the CSV files of a graph into {@code directory} (created if needed).
     *
     * @param digests the digests read
     * @param papers  the distinct papers, each once
     * @param terms   the terms and mentions, or null when terms are not extracted
     */
    public static GraphCsv write(Path directory, List<DigestInfo> digests, Iterable<Paper> papers, TermIndex terms) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(directory + ": cannot create", e);
        }
        var authors = new LinkedHashMap<String, String>();
        var tags = new LinkedHashMap<String, String>();
        var categories = new LinkedHashMap<String, String>();
        var digestByFile = new LinkedHashMap<String, DigestInfo>();
        for (var digest : digests) {
            digestByFile.put(digest.file(), digest);
        }
        var nodeFiles = new LinkedHashMap<String, Path>();
        var relFiles = new LinkedHashMap<String, Path>();
        long nodeCount = 0;
        long relCount = 0;
        boolean lineBreaks = false;
        try (var paperCsv = new ImportFile(directory.resolve("paper.csv"), List.of("arxivId:ID(Paper)", "version:int",
                     "title", "titleRaw", "url", "abstract", "primaryCategory", "announceType", "summaryZh", "tldrZh",
                     "motivationZh", "methodZh", "resultZh", "conclusionZh", "keywordsZh:string[]", "firstListed:date",
                     "lastListed:date"));
             var wrote = new ImportFile(directory.resolve("wrote.csv"),
                     List.of(":START_ID(Author)", ":END_ID(Paper)", "position:int"));
             var inCategory = new ImportFile(directory.resolve("in_category.csv"),
                     List.of(":START_ID(Paper)", ":END_ID(Category)", "primary:boolean"));
             var tagged = new ImportFile(directory.resolve("tagged.csv"), List.of(":START_ID(Paper)", ":END_ID(Tag)"));
             var lists = new ImportFile(directory.resolve("lists.csv"),
                     List.of(":START_ID(Digest)", ":END_ID(Paper)", "rank:int", "line:int", "date:date"))) {
            for (var paper : papers) {
                var zh = paper.zh();
                LocalDate first = null;
                LocalDate last = null;
                for (Listing listing : paper.listings()) {
                    if (listing.date() != null) {
                        first = first == null || listing.date().isBefore(first) ? listing.date() : first;
                        last = last == null || listing.date().isAfter(last) ? listing.date() : last;
                    }
                }
                paperCsv.row(paper.arxivId(), paper.version(), paper.title(), paper.titleRaw(), paper.url(),
                        paper.abstractText(), paper.primaryCategory(), paper.announceType(), zh.summary(), zh.tldr(),
                        zh.motivation(), zh.method(), zh.result(), zh.conclusion(), zh.keywords(), first, last);
                int position = 0;
                var seenAuthors = new java.util.HashSet<String>();
                for (var author : paper.authors()) {
                    position++;
                    var key = AuthorKey.of(author);
                    authors.putIfAbsent(key, AuthorKey.displayName(author));
                    if (seenAuthors.add(key)) {
                        wrote.row(key, paper.arxivId(), position);
                    }
                }
                var codes = new ArrayList<>(paper.categories());
                if (paper.primaryCategory() != null && !codes.contains(paper.primaryCategory())) {
                    codes.add(0, paper.primaryCategory());
                }
                for (var code : codes) {
                    categories.putIfAbsent(code, code.contains(".") ? code.substring(0, code.indexOf('.')) : code);
                    inCategory.row(paper.arxivId(), code, code.equals(paper.primaryCategory()));
                }
                var seenTags = new java.util.HashSet<String>();
                for (var tag : paper.tags()) {
                    var key = fold(tag);
                    tags.putIfAbsent(key, display(tag));
                    if (seenTags.add(key)) {
                        tagged.row(paper.arxivId(), key);
                    }
                }
                for (Listing listing : paper.listings()) {
                    digestByFile.putIfAbsent(listing.digest(), null);
                    lists.row(listing.digest(), paper.arxivId(), listing.rank(), listing.line(), listing.date());
                }
            }
            nodeCount += paperCsv.rows();
            relCount += wrote.rows() + inCategory.rows() + tagged.rows() + lists.rows();
            lineBreaks |= paperCsv.lineBreaks() || wrote.lineBreaks() || inCategory.lineBreaks() || tagged.lineBreaks()
                    || lists.lineBreaks();
            nodeFiles.put("Paper", paperCsv.path());
            relFiles.put("WROTE", wrote.path());
            relFiles.put("IN_CATEGORY", inCategory.path());
            relFiles.put("TAGGED", tagged.path());
            relFiles.put("LISTS", lists.path());
        }
        try (var csv = new ImportFile(directory.resolve("author.csv"), List.of("key:ID(Author)", "name"))) {
            authors.forEach(csv::row);
            nodeCount += csv.rows();
            lineBreaks |= csv.lineBreaks();
            nodeFiles.put("Author", csv.path());
        }
        try (var csv = new ImportFile(directory.resolve("tag.csv"), List.of("key:ID(Tag)", "name"))) {
            tags.forEach(csv::row);
            nodeCount += csv.rows();
            lineBreaks |= csv.lineBreaks();
            nodeFiles.put("Tag", csv.path());
        }
        try (var csv = new ImportFile(directory.resolve("category.csv"), List.of("code:ID(Category)", "archive"))) {
            categories.forEach(csv::row);
            nodeCount += csv.rows();
            lineBreaks |= csv.lineBreaks();
            nodeFiles.put("Category", csv.path());
        }
        try (var csv = new ImportFile(directory.resolve("digest.csv"),
                List.of("file:ID(Digest)", "date:date", "format", "contentHash", "entries:int", "papers:int"))) {
            digestByFile.forEach((file, d) -> {
                if (d == null) {
                    csv.row(file, null, null, null, null, null);
                } else {
                    csv.row(file, d.date(), d.format() == null ? null : d.format().name(), d.contentHash(), d.entries(),
                            d.papers());
                }
            });
            nodeCount += csv.rows();
            lineBreaks |= csv.lineBreaks();
            nodeFiles.put("Digest", csv.path());
        }
        if (terms != null) {
            try (var csv = new ImportFile(directory.resolve("term.csv"), List.of("key:ID(Term)", "name", "aliases:string[]",
                    "acronym", "namesZh:string[]", "df:int", "score:double"))) {
                for (var term : terms.terms()) {
                    csv.row(term.key(), term.name(), term.aliases(), term.acronym(), term.namesZh(), term.df(), term.score());
                }
                nodeCount += csv.rows();
                lineBreaks |= csv.lineBreaks();
                nodeFiles.put("Term", csv.path());
            }
            try (var csv = new ImportFile(directory.resolve("mentions.csv"), List.of(":START_ID(Paper)", ":END_ID(Term)",
                    "count:int", "inTitle:boolean", "weight:double"))) {
                for (var mention : terms.mentions()) {
                    csv.row(mention.arxivId(), mention.termKey(), mention.count(), mention.inTitle(), mention.weight());
                }
                relCount += csv.rows();
                lineBreaks |= csv.lineBreaks();
                relFiles.put("MENTIONS", csv.path());
            }
        }
        return new GraphCsv(directory, nodeFiles, relFiles, nodeCount, relCount, lineBreaks);
    }

    /** Identity key of a tag (docs/graph-model.md): NFC, trimmed, white space folded, lower case. */
    static String fold(String name) {
        return display(name).toLowerCase(Locale.ROOT);
    }

    private static String display(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }
}
