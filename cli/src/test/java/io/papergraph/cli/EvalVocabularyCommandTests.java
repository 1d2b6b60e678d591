package io.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code papergraph eval-vocabulary}: shares of judged labels, top slices and recall, on hand-made files. */
class EvalVocabularyCommandTests {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        var file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void printsTheSharesOfEachSliceAndTheRecallOfTechnicalStrings() throws IOException {
        var terms = write("terms.jsonl", """
                {"key":"kv cache","name":"KV cache","aliases":["KV-cache"],"acronym":null,"namesZh":[],"df":9,"score":1.0}
                {"key":"datum","name":"data","aliases":[],"acronym":null,"namesZh":[],"df":30,"score":1.0}
                {"key":"machine","name":"machine","aliases":[],"acronym":null,"namesZh":[],"df":5,"score":1.0}
                {"key":"quux","name":"quux","aliases":[],"acronym":null,"namesZh":[],"df":2,"score":1.0}
                """);
        var labels = write("labels.tsv", """
                # key	name	df	label
                kv cache	KV cache	9	T
                datum	data	30	G
                machine	machine	5	F
                lora	LoRA	4	T
                """);
        var run = Cli.run("eval-vocabulary", terms.toString(), "--labels", labels.toString(), "--top", "1,2");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(
                "all: 4 terms, 3 judged: T 33.3%  G 33.3%  F 33.3%  (1 unjudged)",
                "top 1: 1 terms, 1 judged: T 0.0%  G 100.0%  F 0.0%",
                "top 2: 2 terms, 2 judged: T 50.0%  G 50.0%  F 0.0%",
                "recall of judged technical terms: 1/2 = 50.0%"), run.out().strip().lines().toList());
    }

    @Test
    void aMalformedLabelLineIsAnErrorNamingFileAndLine() throws IOException {
        var terms = write("terms.jsonl", "{\"key\":\"a\",\"name\":\"a\",\"aliases\":[],\"acronym\":null,\"namesZh\":[],\"df\":2,\"score\":1.0}\n");
        var labels = write("labels.tsv", "a\ta\t2\tT\nb\tb\t2\n");
        var run = Cli.run("eval-vocabulary", terms.toString(), "--labels", labels.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(labels + ":2: expected key<TAB>name<TAB>df<TAB>label"), run.err());
    }
}
