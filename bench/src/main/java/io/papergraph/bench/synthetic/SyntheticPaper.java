package io.papergraph.bench.synthetic;

import io.papergraph.extractor.model.ChineseTexts;
import io.papergraph.bench.synthetic.SourceMaterial.TermName;
import java.util.List;
import java.util.Objects;

/**
 * One paper of a synthetic corpus, as every digest format would list it. A pure function of the corpus seed
 * and the paper's number, so a later listing of the same paper prints the same fields.
 *
 * @param number        position in the corpus (0-based), in order of first listing
 * @param arxivId       new-style arXiv id ({@code 2501.00042})
 * @param version       arXiv version, 1 unless a replacement
 * @param title         the title as printed
 * @param authors       display names in byline order
 * @param authorKeys    the authors' numbers in the corpus's author pool, in byline order (distinct per author)
 * @param primaryCategory the paper's arXiv category
 * @param tags          free-form topics (printed only by the FIELDS format)
 * @param abstractText  English abstract
 * @param zh            Chinese texts
 * @param announceType  arXiv announcement type
 * @param terms         the technical terms the paper defines, main term first
 * @param termRanks     those terms' ranks in the corpus's term vocabulary (0 = most frequent)
 */
record SyntheticPaper(
        long number,
        String arxivId,
        int version,
        String title,
        List<String> authors,
        List<Long> authorKeys,
        String primaryCategory,
        List<String> tags,
        String abstractText,
        ChineseTexts zh,
        String announceType,
        List<TermName> terms,
        List<Integer> termRanks) {

    public SyntheticPaper {
        Objects.requireNonNull(arxivId, "arxivId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(primaryCategory, "primaryCategory");
        Objects.requireNonNull(abstractText, "abstractText");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(announceType, "announceType");
        authors = List.copyOf(authors);
        authorKeys = List.copyOf(authorKeys);
        tags = List.copyOf(tags);
        terms = List.copyOf(terms);
        termRanks = List.copyOf(termRanks);
        if (authors.size() != authorKeys.size() || terms.size() != termRanks.size()) {
            throw new IllegalArgumentException("one key per author and one rank per term expected");
        }
    }
}
