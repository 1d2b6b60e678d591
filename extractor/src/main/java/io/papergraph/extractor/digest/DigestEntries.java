package io.papergraph.extractor.digest;

import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.model.Problem;
import java.time.LocalDate;
import java.util.List;

/**
 * What a parser found in one digest: its date (null when neither header nor entries give one), how many
 * entries it saw, the papers they became (one listing each, not yet merged) and the problems met.
 * Entries seen = papers + problems that dropped an entry.
 */
public record DigestEntries(LocalDate date, int entries, List<Paper> papers, List<Problem> problems) {

    public DigestEntries {
        papers = List.copyOf(papers);
        problems = List.copyOf(problems);
        long dropped = problems.stream().filter(Problem::entryDropped).count();
        if (entries != papers.size() + dropped) {
            throw new IllegalStateException("entries " + entries + " != papers " + papers.size() + " + dropped " + dropped);
        }
    }
}
