package io.papergraph.extractor.terms;

import io.papergraph.PapergraphException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A vocabulary measured against strings judged by a rubric: T technical term, G generic, F fragment or noise. For the
 * whole vocabulary and its top terms by papers, the shares of T, G and F among the judged terms (unjudged ones are
 * counted apart, never guessed), and the recall of the strings judged technical. The rules are those of the
 * judged-vocabulary scorer {@code score_terms.py}: a term takes the label of its name, else of its key, else of its
 * first labelled alias; recall counts the judged technical names found as a term's name or alias; matching ignores case.
 *
 * @param labels    judged string (case folded) to its label, the name column before the key column
 * @param technical the judged technical names (case folded)
 */
public record JudgedVocabulary(Map<String, Character> labels, Set<String> technical) {

    public JudgedVocabulary {
        labels = Map.copyOf(labels);
        technical = Set.copyOf(technical);
    }

    /** The shares of one slice of the vocabulary. */
    public record Shares(String slice, int terms, int judged, int technical, int generic, int fragments) {

        public double share(int count) {
            return judged == 0 ? 0 : (double) count / judged;
        }

        /** The line {@code score_terms.py} prints for the slice. */
        public String describe() {
            if (judged == 0) {
                return slice + ": " + terms + " terms, none judged";
            }
            return String.format(Locale.ROOT, "%s: %d terms, %d judged: T %.1f%%  G %.1f%%  F %.1f%%%s", slice, terms, judged,
                    100 * share(technical), 100 * share(generic), 100 * share(fragments),
                    terms > judged ? "  (" + (terms - judged) + " unjudged)" : "");
        }
    }

    /** What a vocabulary scores. */
    public record Report(List<Shares> slices, int technicalFound, int technicalJudged) {

        public Report {
            slices = List.copyOf(slices);
        }

        public double recall() {
            return (double) technicalFound / Math.max(1, technicalJudged);
        }

        /** The slice of that name ("all", "top 200"), if the vocabulary was large enough to have it. */
        public java.util.Optional<Shares> slice(String name) {
            return slices.stream().filter(s -> s.slice().equals(name)).findFirst();
        }

        /** The lines {@code score_terms.py} prints. */
        public List<String> describe() {
            var lines = new ArrayList<String>();
            slices.forEach(s -> lines.add(s.describe()));
            lines.add(String.format(Locale.ROOT, "recall of judged technical terms: %d/%d = %.1f%%", technicalFound, technicalJudged,
                    100 * recall()));
            return lines;
        }
    }

    /** Reads a labels file: {@code key<TAB>name<TAB>df<TAB>label} a line, {@code #} comments. */
    public static JudgedVocabulary read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new PapergraphException("labels file " + file + " does not exist");
        } catch (IOException e) {
            throw new PapergraphException("cannot read labels file " + file + ": " + e.getMessage(), e);
        }
        var labels = new HashMap<String, Character>();
        var technical = new HashSet<String>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var cells = line.split("\t", -1);
            var label = cells.length >= 4 ? cells[3].strip() : "";
            if (label.length() != 1 || "TGF".indexOf(label.charAt(0)) < 0) {
                throw new PapergraphException(file + ":" + (i + 1) + ": expected key<TAB>name<TAB>df<TAB>label with label T, G or F, found \""
                        + (line.length() > 80 ? line.substring(0, 77) + "..." : line) + "\"");
            }
            labels.putIfAbsent(fold(cells[1]), label.charAt(0));
            labels.putIfAbsent(fold(cells[0]), label.charAt(0));
            if (label.charAt(0) == 'T') {
                technical.add(fold(cells[1]));
            }
        }
        return new JudgedVocabulary(labels, technical);
    }

    /** Scores a vocabulary: the whole of it, then its top {@code tops} terms by papers (where it has more). */
    public Report score(List<Term> terms, List<Integer> tops) {
        Objects.requireNonNull(terms, "terms");
        var sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparingInt(Term::df).reversed().thenComparing(Term::name));
        var slices = new ArrayList<Shares>();
        slices.add(shares("all", sorted));
        for (int k : tops) {
            if (k < sorted.size()) {
                slices.add(shares("top " + k, sorted.subList(0, k)));
            }
        }
        var seen = new HashSet<String>();
        for (var t : sorted) {
            seen.add(fold(t.name()));
            t.aliases().forEach(a -> seen.add(fold(a)));
        }
        int found = (int) technical.stream().filter(seen::contains).count();
        return new Report(slices, found, technical.size());
    }

    private Shares shares(String slice, List<Term> terms) {
        int t = 0;
        int g = 0;
        int f = 0;
        int judged = 0;
        for (var term : terms) {
            var label = label(term);
            if (label == null) {
                continue;
            }
            judged++;
            switch (label) {
                case 'T' -> t++;
                case 'G' -> g++;
                default -> f++;
            }
        }
        return new Shares(slice, terms.size(), judged, t, g, f);
    }

    /** The label of a term: of its name, else its key, else its first labelled alias; null when none is judged. */
    Character label(Term term) {
        var strings = new ArrayList<String>();
        strings.add(term.name());
        strings.add(term.key());
        strings.addAll(term.aliases());
        for (var s : strings) {
            var label = s == null || s.isEmpty() ? null : labels.get(fold(s));
            if (label != null) {
                return label;
            }
        }
        return null;
    }

    /** Case folding as Python's str.casefold does it for the strings of a vocabulary. */
    private static String fold(String s) {
        return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
