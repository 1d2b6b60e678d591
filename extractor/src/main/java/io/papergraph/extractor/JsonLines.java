package io.papergraph.extractor;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.papergraph.PapergraphException;
import java.io.BufferedReader;
import java.io.BufferedOutputStream;
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

    /** Writes values to a shared generator without flushing after each one. */
    private static final ObjectWriter LINE_WRITER = MAPPER.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private JsonLines() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Writes one line per value, replacing the file. One UTF-8 generator streams all values, with no string
     * per value in between.
     */
    public static void write(Path file, Iterable<?> values) {
        try (var out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                var json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.setRootValueSeparator(null);
            for (var value : values) {
                LINE_WRITER.writeValue(json, value);
                json.writeRaw('\n');
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
