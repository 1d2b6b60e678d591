package io.papergraph.extractor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.papergraph.PapergraphException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON Lines files of the {@code extract} command: one JSON object per line, UTF-8, dates as
 * {@code YYYY-MM-DD}. Writers and readers of {@code papers.jsonl}, {@code problems.jsonl} and
 * {@code digests.jsonl} share this mapper so the files round-trip.
 */
public final class JsonLines {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JsonLines() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Writes one line per value, replacing the file. */
    public static void write(Path file, Iterable<?> values) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (var value : values) {
                out.write(MAPPER.writeValueAsString(value));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new PapergraphException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads every non-blank line of {@code file} as a {@code type}. */
    public static <T> List<T> read(Path file, Class<T> type) {
        var values = new ArrayList<T>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    values.add(MAPPER.readValue(line, type));
                } catch (JsonProcessingException e) {
                    throw new PapergraphException(file + ":" + lineNumber + ": expected a " + type.getSimpleName()
                            + " as JSON, " + e.getOriginalMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new PapergraphException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return values;
    }
}
