package io.papergraph.bench.synthetic;

import java.util.Objects;

/** One entry of a synthetic digest: a listing of a paper, or a malformed entry a parser must report and drop. */
sealed interface DigestEntry {

    SyntheticPaper paper();

    /** A paper listed with everything a parser needs. */
    record Listed(SyntheticPaper paper) implements DigestEntry {
        public Listed {
            Objects.requireNonNull(paper, "paper");
        }
    }

    /**
     * An entry that names no usable arXiv id, as a digest generator produces when it truncates a link or loses
     * it. The paper only provides the rest of the text; it is not part of the corpus.
     */
    record Malformed(SyntheticPaper paper, MalformedKind kind) implements DigestEntry {
        public Malformed {
            Objects.requireNonNull(paper, "paper");
            Objects.requireNonNull(kind, "kind");
        }

        /** What is left of the id: the {@code YYMM.} prefix. */
        String truncatedId() {
            return paper.arxivId().substring(0, paper.arxivId().indexOf('.') + 1);
        }
    }
}
