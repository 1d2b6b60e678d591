package io.papergraph.extractor.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a thesaurus file: VOSviewer's two columns, and the further columns a drafted one carries for its reader. */
class ThesaurusTests {

    @Test
    void twoColumnsMergeAndDrop(@TempDir Path dir) throws IOException {
        var file = write(dir, "label\treplace by\nLLM Agents\tagents\nsurvey\t\nno tab here\na\tb\tc\n");

        var read = Thesaurus.read(file);

        assertEquals(Map.of("llm agent", "agent", "survey", ""), read.thesaurus().replacements());
        assertEquals(Map.of("agent", "agents"), read.thesaurus().names());
        assertEquals(List.of(
                file + ":4: expected \"label<TAB>replacement\" (an empty replacement drops the term), found \"no tab here\"",
                file + ":5: expected \"label<TAB>replacement\" (an empty replacement drops the term), found \"a\tb\tc\""),
                read.problems());
    }

    @Test
    void furtherColumnsOfTheHeaderAreReadAndIgnored(@TempDir Path dir) throws IOException {
        var file = write(dir, "label\treplace by\tpapers\tsupport\n"
                + "data\t\t125\t\n"
                + "Large Language Models\tLarge Language Models\t228\tacronym; Chinese name\n"
                + "KV cache\tKV cache\n"
                + "one\ttwo\t3\t4\t5\n");

        var read = Thesaurus.read(file);

        assertEquals(Map.of("datum", "", "large language model", "large language model", "kv cache", "kv cache"),
                read.thesaurus().replacements());
        assertEquals(List.of(file + ":5: expected \"label<TAB>replacement\" (an empty replacement drops the term) and at"
                + " most 4 cells, as the header has, found \"one\ttwo\t3\t4\t5\""), read.problems());
    }

    private static Path write(Path dir, String text) throws IOException {
        var file = dir.resolve("thesaurus.txt");
        Files.writeString(file, text);
        return file;
    }
}
