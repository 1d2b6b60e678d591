package io.papergraph.extractor;

import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.model.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One input file as read: its path as given, its {@link DigestInfo} (absent when the file is not a
 * readable digest), the papers of its entries (one listing each, not merged across files) and its problems.
 */
public record ParsedDigest(String file, DigestInfo info, List<Paper> papers, List<Problem> problems) {

    public ParsedDigest {
        Objects.requireNonNull(file, "file");
        papers = List.copyOf(papers);
        problems = List.copyOf(problems);
    }

    public Optional<DigestInfo> digest() {
        return Optional.ofNullable(info);
    }
}
