package io.papergraph.loader;

import io.papergraph.PapergraphException;
import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.extractor.model.Listing;
import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.terms.PaperTerms;
import java.util.HashSet;
import java.util.List;

/**
 * What one load writes: the digests read, the distinct papers they list, and each paper's term findings.
 * Every listing must name one of the digests; paper ids and digest files are unique.
 */
public record LoadInput(List<DigestInfo> digests, List<Paper> papers, List<PaperTerms> paperTerms) {

    public LoadInput {
        digests = List.copyOf(digests);
        papers = List.copyOf(papers);
        paperTerms = paperTerms == null ? List.of() : List.copyOf(paperTerms);
        var files = new HashSet<String>();
        for (DigestInfo d : digests) {
            if (!files.add(d.file())) {
                throw new PapergraphException("digest " + d.file() + " appears twice in the input");
            }
        }
        var ids = new HashSet<String>();
        for (Paper p : papers) {
            if (!ids.add(p.arxivId())) {
                throw new PapergraphException("paper " + p.arxivId() + " appears twice in the input");
            }
            for (Listing l : p.listings()) {
                if (!files.contains(l.digest())) {
                    throw new PapergraphException("paper " + p.arxivId() + " is listed in digest " + l.digest()
                            + ", which is not among the input's digests");
                }
            }
        }
    }
}
