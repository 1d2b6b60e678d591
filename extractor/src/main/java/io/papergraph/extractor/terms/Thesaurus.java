package io.papergraph.extractor.terms;

import edu.stanford.nlp.process.Morphology;
import io.papergraph.PapergraphException;
import io.papergraph.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The user's say over the vocabulary, in VOSviewer's thesaurus format: a tab-separated file whose header is
 * {@code label<TAB>replace by}; each line merges the term {@code label} into the term {@code replace by}, or drops it
 * when the replacement is empty. The header may name further columns (the papers and support of {@code papergraph
 * report vocabulary}, which drafts a thesaurus): their cells are for the reader and are ignored. Labels and
 * replacements are matched as term keys (case, hyphens and a plural last word do not matter: "LLMs", "LLM" and "llm"
 * are one label), at ranking time, so a changed thesaurus re-ranks the stored findings without analysing any paper
 * again.
 *
 * @param replacements label key to replacement key ("" drops the term)
 * @param names        replacement key to the replacement as the thesaurus writes it: the name of the merged term
 */
public record Thesaurus(Map<String, String> replacements, Map<String, String> names) {

    /** No thesaurus: every term as the ranking finds it. */
    public static final Thesaurus NONE = new Thesaurus(Map.of(), Map.of());

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public Thesaurus {
        replacements = Map.copyOf(Objects.requireNonNull(replacements, "replacements"));
        names = Map.copyOf(Objects.requireNonNull(names, "names"));
    }

    /** A thesaurus read from a file, with a line for each problem met (file:line: what was expected). */
    public record Read(Thesaurus thesaurus, List<String> problems) {

        public Read {
            Objects.requireNonNull(thesaurus, "thesaurus");
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads a thesaurus file. Lines that are not {@code label<TAB>replacement} are reported and left out; a missing or
     * unreadable file, or one without the header, is an error.
     */
    public static Read read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new PapergraphException("thesaurus " + file + " does not exist");
        } catch (IOException e) {
            throw new PapergraphException("cannot read thesaurus " + file + ": " + e.getMessage(), e);
        }
        int columns = lines.isEmpty() ? 0 : headerColumns(lines.get(0));
        if (columns < 2) {
            throw new PapergraphException(file + ":1: expected the header \"label<TAB>replace by\" of a VOSviewer thesaurus, found \""
                    + (lines.isEmpty() ? "" : shorten(lines.get(0))) + "\"");
        }
        var replacements = new TreeMap<String, String>();
        var names = new TreeMap<String, String>();
        var problems = new ArrayList<String>();
        for (int i = 1; i < lines.size(); i++) {
            var line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            var cells = line.split("\t", -1);
            var label = cells.length < 2 ? "" : key(cells[0]);
            if (label.isEmpty() || cells.length > columns) {
                problems.add(file + ":" + (i + 1) + ": expected \"label<TAB>replacement\" (an empty replacement drops the term)"
                        + (columns > 2 ? " and at most " + columns + " cells, as the header has" : "") + ", found \""
                        + shorten(line) + "\"");
                continue;
            }
            var written = WHITESPACE.matcher(cells[1].strip()).replaceAll(" ");
            var replacement = key(written);
            if (!replacement.isEmpty()) {
                names.putIfAbsent(replacement, written);
            }
            var earlier = replacements.put(label, replacement);
            if (earlier != null && !earlier.equals(replacement)) {
                problems.add(file + ":" + (i + 1) + ": the label \"" + cells[0].strip()
                        + "\" is given again with another replacement; the later one is used");
            }
        }
        return new Read(new Thesaurus(replacements, names), problems);
    }

    /**
     * The number of columns a header declares: {@code label<TAB>replace by}, then any further named columns; 0 when
     * the line is no such header.
     */
    private static int headerColumns(String line) {
        var cells = line.replace("\uFEFF", "").split("\t", -1);
        boolean header = cells.length >= 2 && cells[0].strip().equalsIgnoreCase("label")
                && cells[1].strip().equalsIgnoreCase("replace by");
        return header ? cells.length : 0;
    }

    private static String shorten(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }

    /**
     * The term key of a label as a user writes it: lower case, hyphens and underscores as spaces, the last word
     * singular ("Large Language Models" and "large-language model" give "large language model", "LLMs" gives "llm").
     */
    static String key(String text) {
        var words = SEPARATORS.split(text.strip());
        if (words.length == 0 || words[0].isEmpty()) {
            return "";
        }
        var last = words[words.length - 1];
        if (DefaultTermExtractor.ACRONYM_PLURAL.matcher(last).matches()) {
            last = last.substring(0, last.length() - 1);
        } else if (!last.equals(last.toUpperCase(Locale.ROOT))) {
            last = Morphology.lemmaStatic(last.toLowerCase(Locale.ROOT), "NNS");
        }
        words[words.length - 1] = last;
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }

    /** Whether the thesaurus changes nothing. */
    public boolean isEmpty() {
        return replacements.isEmpty();
    }

    /**
     * The key a candidate goes under: its replacement when the thesaurus lists its resolved key (or else its key as
     * written, so that an acronym can be listed on its own); "" when it is dropped; else the resolved key.
     */
    String apply(String resolvedKey, String rawKey) {
        if (replacements.isEmpty()) {
            return resolvedKey;
        }
        var r = replacements.get(resolvedKey);
        if (r == null && !rawKey.equals(resolvedKey)) {
            r = replacements.get(rawKey);
        }
        return r == null ? resolvedKey : r;
    }

    /** The name the thesaurus gives the term of a key it merges others into, or null. */
    String nameOf(String key) {
        return names.get(key);
    }

    /** A hash of the entries, for telling a ranking made with this thesaurus from others. */
    public String fingerprint() {
        if (isEmpty()) {
            return "none";
        }
        var text = new StringBuilder();
        new TreeMap<>(replacements).forEach((k, v) -> text.append(k).append('\t').append(v).append('\t')
                .append(names.getOrDefault(v, "")).append('\n'));
        return Sha256.hex(text.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }
}
