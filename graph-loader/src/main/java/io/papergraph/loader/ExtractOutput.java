package io.papergraph.loader;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.papergraph.PapergraphException;
import io.papergraph.extractor.JsonLines;
import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.terms.PaperTerms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the output folder of {@code papergraph extract} into a {@link LoadInput}: {@code digests.jsonl}
 * (one {@link DigestInfo} a line), {@code papers.jsonl} ({@link Paper}) and, when present,
 * {@code paper-terms.jsonl} ({@link PaperTerms}). A line that does not parse stops the read with its file
 * and line number.
 */
public final class ExtractOutput {

    public static final String PAPERS = "papers.jsonl";
    public static final String DIGESTS = "digests.jsonl";
    public static final String PAPER_TERMS = "paper-terms.jsonl";

    /** The JSON mapper of the extract output (ISO dates), also used for the stored term findings. */
    public static final ObjectMapper JSON = JsonLines.mapper();

    private ExtractOutput() {
    }

    public static LoadInput read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new PapergraphException(dir + " is not a folder (expected the output folder of 'papergraph extract')");
        }
        var digests = JsonLines.read(required(dir.resolve(DIGESTS)), DigestInfo.class);
        var papers = JsonLines.read(required(dir.resolve(PAPERS)), Paper.class);
        Path terms = dir.resolve(PAPER_TERMS);
        List<PaperTerms> paperTerms = Files.exists(terms) ? JsonLines.read(terms, PaperTerms.class) : List.of();
        return new LoadInput(digests, papers, paperTerms);
    }

    private static Path required(Path file) {
        if (!Files.exists(file)) {
            throw new PapergraphException(file + " is missing (expected the output folder of 'papergraph extract')");
        }
        return file;
    }
}
