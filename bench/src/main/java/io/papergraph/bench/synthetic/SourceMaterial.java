package io.papergraph.bench.synthetic;

import io.papergraph.PapergraphException;
import io.papergraph.Sha256;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The real text a synthetic corpus is recombined from: sentences of English abstracts, Chinese summaries and
 * the Chinese TL;DR, motivation, method, result and conclusion fields, titles, author names, tags and the
 * acronym definitions the sample digests contain. Recombining real sentences keeps the vocabulary, sentence
 * length and CoreNLP's cost per token those of real digests.
 *
 * @param sourceName       where the material came from (for the manifest)
 * @param sourceSha256     SHA-256 over the source files' names and bytes, in name order
 * @param openingSentences first sentences of English abstracts
 * @param middleSentences  other sentences of English abstracts, without acronym definitions
 * @param closingSentences last sentences of English abstracts
 * @param definitionFrames English sentences around an acronym definition ({@code Long Form (LF)})
 * @param zhSentences      sentences of Chinese summaries, without acronym definitions
 * @param zhDefinitionFrames Chinese sentences around a Chinese–English pairing ({@code 中文名（LF）})
 * @param tldrs            Chinese TL;DR texts
 * @param motivations      Chinese motivation texts
 * @param methods          Chinese method texts
 * @param results          Chinese result texts
 * @param conclusions      Chinese conclusion texts
 * @param zhKeywords       Chinese keywords
 * @param titles           titles, without a leading system name ({@code "GCRank: "})
 * @param systemNames      the system names titles start with
 * @param givenNames       first words of author names (distinct, case-folded)
 * @param familyNames      last words of author names (distinct, case-folded)
 * @param tags             free-form digest topics ({@code LLM Memory})
 * @param terms            acronym-defined technical terms, most frequent in the sample first
 */
public record SourceMaterial(
        String sourceName,
        String sourceSha256,
        List<String> openingSentences,
        List<String> middleSentences,
        List<String> closingSentences,
        List<Frame> definitionFrames,
        List<String> zhSentences,
        List<Frame> zhDefinitionFrames,
        List<String> tldrs,
        List<String> motivations,
        List<String> methods,
        List<String> results,
        List<String> conclusions,
        List<String> zhKeywords,
        List<String> titles,
        List<String> systemNames,
        List<String> givenNames,
        List<String> familyNames,
        List<String> tags,
        List<TermName> terms) {

    /** Where the sample corpus sits on the classpath (copied there from {@code data/digests} by the build). */
    static final String SAMPLE_CORPUS_RESOURCE = "io/papergraph/bench/synthetic/sample-corpus";

    public SourceMaterial {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(sourceSha256, "sourceSha256");
        openingSentences = nonEmpty(openingSentences, "English abstracts");
        middleSentences = nonEmpty(middleSentences, "English abstracts");
        closingSentences = nonEmpty(closingSentences, "English abstracts");
        definitionFrames = nonEmpty(definitionFrames, "acronym definitions in English abstracts");
        zhSentences = nonEmpty(zhSentences, "Chinese summaries");
        zhDefinitionFrames = nonEmpty(zhDefinitionFrames, "Chinese–English pairings in Chinese texts");
        tldrs = nonEmpty(tldrs, "TL;DR fields");
        motivations = nonEmpty(motivations, "Motivation fields");
        methods = nonEmpty(methods, "Method fields");
        results = nonEmpty(results, "Result fields");
        conclusions = nonEmpty(conclusions, "Conclusion fields");
        zhKeywords = nonEmpty(zhKeywords, "Chinese keywords");
        titles = nonEmpty(titles, "titles");
        systemNames = nonEmpty(systemNames, "titles that start with a system name");
        givenNames = nonEmpty(givenNames, "author names");
        familyNames = nonEmpty(familyNames, "author names");
        tags = nonEmpty(tags, "free-form keywords");
        terms = nonEmpty(terms, "acronym definitions in English abstracts");
    }

    /** The text around a definition or pairing: the sentence is {@code before + definition + after}. */
    public record Frame(String before, String after) {
        public Frame {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        String fill(String definition) {
            return before + definition + after;
        }
    }

    /** A technical term: its long form, acronym and, when the sample pairs them, its Chinese name. */
    public record TermName(String name, String acronym, String nameZh) {
        public TermName {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(acronym, "acronym");
        }
    }

    /** The material of the sample corpus shipped in the jar: the default source of a synthetic corpus. */
    public static SourceMaterial fromSampleCorpus() {
        var url = SourceMaterial.class.getClassLoader().getResource(SAMPLE_CORPUS_RESOURCE);
        if (url == null) {
            throw new PapergraphException("the sample corpus is missing from the classpath ("
                    + SAMPLE_CORPUS_RESOURCE + "); rebuild Papergraph");
        }
        try {
            var uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read("sample corpus (built in)", jar.getPath(SAMPLE_CORPUS_RESOURCE));
                }
            }
            return read("sample corpus (built in)", Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new PapergraphException("cannot read the built-in sample corpus: " + e.getMessage(), e);
        }
    }

    /** The material of the digests ({@code *.txt}, {@code *.md}) in a directory. */
    public static SourceMaterial fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new PapergraphException(directory + ": not a directory of digests");
        }
        return read(directory.toString(), directory);
    }

    private static SourceMaterial read(String sourceName, Path directory) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(p -> {
                        var name = p.getFileName().toString();
                        return name.endsWith(".txt") || name.endsWith(".md");
                    })
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new PapergraphException(directory + ": cannot list the directory: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new PapergraphException(directory + ": no digests (*.txt, *.md) to take source material from");
        }
        var harvester = new SourceMaterialHarvester();
        var sha = Sha256.digest();
        for (var file : files) {
            var name = file.getFileName().toString();
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new PapergraphException(name + ": cannot read: " + e.getMessage(), e);
            }
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update(bytes);
            harvester.add(decode(name, bytes));
        }
        return harvester.material(sourceName, Sha256.hex(sha));
    }

    private static String decode(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new PapergraphException(name + ": not UTF-8 text, cannot take source material from it");
        }
    }

    private static <T> List<T> nonEmpty(List<T> list, String what) {
        if (list == null || list.isEmpty()) {
            throw new PapergraphException("the source digests hold no " + what
                    + "; a synthetic corpus needs all four digest formats' fields as material");
        }
        return List.copyOf(new ArrayList<>(list));
    }
}
