package io.papergraph.loader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.papergraph.PapergraphException;
import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.terms.PaperTerms;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** The JSON mapper of the loader: ISO dates, unknown fields tolerated (newer extract output). */
    public static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ExtractOutput() {
    }

    public static LoadInput read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new PapergraphException(dir + " is not a folder (expected the output folder of 'papergraph extract')");
        }
        var digests = readLines(dir.resolve(DIGESTS), DigestInfo.class, true);
        var papers = readLines(dir.resolve(PAPERS), Paper.class, true);
        var terms = readLines(dir.resolve(PAPER_TERMS), PaperTerms.class, false);
        return new LoadInput(digests, papers, terms);
    }

    private static <T> List<T> readLines(Path file, Class<T> type, boolean required) {
        if (!Files.exists(file)) {
            if (required) {
                throw new PapergraphException(file + " is missing (expected the output folder of 'papergraph extract')");
            }
            return List.of();
        }
        var out = new ArrayList<T>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(JSON.readValue(line, type));
                } catch (JsonProcessingException e) {
                    throw new PapergraphException(file + ":" + number + ": expected one JSON " + type.getSimpleName()
                            + " record, " + e.getOriginalMessage());
                } catch (RuntimeException e) {
                    throw new PapergraphException(file + ":" + number + ": invalid " + type.getSimpleName() + " record: "
                            + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new PapergraphException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
