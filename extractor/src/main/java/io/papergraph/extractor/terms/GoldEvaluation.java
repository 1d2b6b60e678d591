package io.papergraph.extractor.terms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.papergraph.PapergraphException;
import io.papergraph.extractor.model.Paper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Runs term extraction over a gold file ({@code {"id","title","abstract","terms"}} per line) and ranks
 * predictions the way the gold-term scorer expects: per document, the terms by weight in the document;
 * for the corpus, recurring terms by score, then the others.
 */
public final class GoldEvaluation {

    /** One gold document. */
    public record GoldDocument(String id, String title, String abstractText, List<String> terms) {

        public GoldDocument {
            terms = List.copyOf(terms);
        }
    }

    /** Ranked predictions: per document id (gold order) and one corpus-level list. */
    public record Predictions(Map<String, List<String>> documents, List<String> corpus) {
    }

    private GoldEvaluation() {
    }

    /** Reads a gold file; a malformed line is an error naming file and line. */
    public static List<GoldDocument> read(Path file) {
        var mapper = new ObjectMapper();
        var docs = new ArrayList<GoldDocument>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PapergraphException("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            JsonNode node;
            try {
                node = mapper.readTree(line);
            } catch (IOException e) {
                throw new PapergraphException(file + ":" + (i + 1) + ": expected a JSON object, found: "
                        + excerpt(line));
            }
            if (!node.isObject() || !node.hasNonNull("id")) {
                throw new PapergraphException(file + ":" + (i + 1) + ": expected an object with \"id\", found: "
                        + excerpt(line));
            }
            var terms = new ArrayList<String>();
            node.path("terms").forEach(t -> terms.add(t.asText()));
            docs.add(new GoldDocument(node.get("id").asText(), node.path("title").asText(""),
                    node.path("abstract").asText(""), terms));
        }
        return docs;
    }

    private static String excerpt(String line) {
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }

    /**
     * Analyses the documents and ranks their terms. Per-document lists use every candidate (document frequency 1
     * and up); the corpus list puts terms of at least {@code options.minDf()} documents first.
     */
    public static Predictions predict(TermExtractor extractor, List<GoldDocument> docs, TermOptions options) {
        var papers = docs.stream()
                .map(d -> new Paper(d.id(), null, d.title(), d.title(), null, null, null, null, null,
                        d.abstractText(), null, null, null))
                .toList();
        return rank(docs, extractor.analyzeAll(papers), options);
    }

    /** Ranks the analyses of the gold documents into predictions. */
    public static Predictions rank(List<GoldDocument> docs, List<PaperTerms> analyses, TermOptions options) {
        var index = TermIndex.build(analyses, options.withMinDf(1));
        var byDoc = new LinkedHashMap<String, List<String>>();
        docs.forEach(d -> byDoc.put(d.id(), new ArrayList<>()));
        for (var m : index.mentions()) {
            byDoc.get(m.arxivId()).addAll(m.forms());
        }
        var corpus = new LinkedHashSet<String>();
        for (boolean recurring : new boolean[] {true, false}) {
            for (var t : index.terms()) {
                if ((t.df() >= options.minDf()) == recurring) {
                    corpus.add(t.name());
                    if (t.acronym() != null) {
                        corpus.add(t.acronym());
                    }
                    corpus.addAll(t.aliases());
                }
            }
        }
        return new Predictions(byDoc, List.copyOf(corpus));
    }

    public static Map<String, List<String>> goldTerms(List<GoldDocument> docs) {
        var gold = new LinkedHashMap<String, List<String>>();
        docs.forEach(d -> gold.put(d.id(), d.terms()));
        return gold;
    }
}
