package io.papergraph.loader.bench;

import io.papergraph.PapergraphException;
import io.papergraph.extractor.JsonLines;
import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.terms.Term;
import io.papergraph.extractor.terms.TermIndex;
import io.papergraph.extractor.terms.TermMention;
import io.papergraph.loader.bulk.AdminImport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The bulk-import yardstick for an {@code extract} output directory: writes its graph as CSV into
 * {@code WORK/csv} and imports it with {@code neo4j-admin} into the fresh home {@code WORK/home}. Terms and
 * mentions are included when the output has them ({@code terms.jsonl}, {@code mentions.jsonl}). Papers are
 * streamed from {@code papers.jsonl}, so a large corpus needs no more memory than its authors, tags and
 * categories take.
 */
public final class ExtractOutputImport {

    private ExtractOutputImport() {
    }

    /**
     * What it took.
     *
     * @param csv        the files written
     * @param csvSeconds time to write them
     * @param figures    the import's figures
     */
    public record Result(GraphCsv csv, double csvSeconds, AdminImport.Figures figures) {
    }

    public static Result run(Path extractOutput, Path work, String maxOffHeapMemory) {
        var papersFile = extractOutput.resolve("papers.jsonl");
        var digestsFile = extractOutput.resolve("digests.jsonl");
        for (var file : new Path[] {papersFile, digestsFile}) {
            if (!Files.isRegularFile(file)) {
                throw new PapergraphException(file + " is missing; run 'papergraph extract' into " + extractOutput + " first");
            }
        }
        var digests = JsonLines.read(digestsFile, DigestInfo.class);
        var termsFile = extractOutput.resolve("terms.jsonl");
        var mentionsFile = extractOutput.resolve("mentions.jsonl");
        var terms = Files.isRegularFile(termsFile) && Files.isRegularFile(mentionsFile)
                ? new TermIndex(JsonLines.read(termsFile, Term.class), JsonLines.read(mentionsFile, TermMention.class))
                : null;
        long started = System.nanoTime();
        var csv = GraphCsv.write(work.resolve("csv"), digests, () -> papers(papersFile), terms);
        double csvSeconds = (System.nanoTime() - started) / 1e9;
        var figures = AdminImport.run(work.resolve("home"), csv.files(), maxOffHeapMemory);
        return new Result(csv, csvSeconds, figures);
    }

    /** The papers of a {@code papers.jsonl}, read one line at a time. */
    private static Iterator<Paper> papers(Path file) {
        BufferedReader in;
        try {
            in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PapergraphException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new Iterator<>() {
            private int lineNumber;
            private String line = next(in);

            private String next(BufferedReader reader) {
                try {
                    String l;
                    do {
                        l = reader.readLine();
                        lineNumber++;
                    } while (l != null && l.isBlank());
                    if (l == null) {
                        reader.close();
                    }
                    return l;
                } catch (IOException e) {
                    throw new UncheckedIOException(file + ": cannot read", e);
                }
            }

            @Override
            public boolean hasNext() {
                return line != null;
            }

            @Override
            public Paper next() {
                if (line == null) {
                    throw new NoSuchElementException();
                }
                Paper paper;
                try {
                    paper = JsonLines.mapper().readValue(line, Paper.class);
                } catch (IOException e) {
                    throw new PapergraphException(file + ":" + lineNumber + ": expected a Paper as JSON: " + e.getMessage(), e);
                }
                line = next(in);
                return paper;
            }
        };
    }
}
