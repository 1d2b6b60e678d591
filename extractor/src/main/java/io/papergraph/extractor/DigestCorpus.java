package io.papergraph.extractor;

import io.papergraph.PapergraphException;
import io.papergraph.extractor.model.AuthorKey;
import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.model.Problem;
import java.util.List;

/**
 * Everything read from a set of inputs: how many files were read, the digests among them, the merged
 * papers (one per arXiv id) and every problem, in file order.
 */
public record DigestCorpus(int files, List<DigestInfo> digests, List<Paper> papers, List<Problem> problems) {

    public DigestCorpus {
        digests = List.copyOf(digests);
        papers = List.copyOf(papers);
        problems = List.copyOf(problems);
    }

    /** Entries seen in all digests; equals {@link #entriesKept()} + {@link #entriesDropped()}. */
    public int entries() {
        return digests.stream().mapToInt(DigestInfo::entries).sum();
    }

    /** Entries that became (part of) a paper. */
    public int entriesKept() {
        return digests.stream().mapToInt(DigestInfo::papers).sum();
    }

    /** Entries left out, each with a problem saying why. */
    public long entriesDropped() {
        return problems.stream().filter(Problem::entryDropped).count();
    }

    /** Author positions over all distinct papers (one per name on each paper's byline). */
    public int authorPositions() {
        return papers.stream().mapToInt(p -> p.authors().size()).sum();
    }

    /** Distinct authors by {@link AuthorKey#of}. */
    public long distinctAuthors() {
        return papers.stream().flatMap(p -> p.authors().stream()).map(AuthorKey::of).distinct().count();
    }

    /**
     * Fails when no file was a digest (an empty folder, only files without an arXiv id): an empty result would look
     * like a successful day with no papers. The message names the first file's problem, then {@code consequence}.
     */
    public void requireDigests(String consequence) {
        if (!digests.isEmpty()) {
            return;
        }
        var first = problems.stream().findFirst().map(p -> "; first: " + p.describe()).orElse("");
        throw new PapergraphException("no digest found in " + files + " file(s) read" + first + "; " + consequence);
    }
}
