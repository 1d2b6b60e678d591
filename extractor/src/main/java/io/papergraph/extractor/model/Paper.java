package io.papergraph.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * One distinct arXiv paper, merged over every digest entry that listed it.
 *
 * @param arxivId      canonical arXiv id without version ({@code 2511.05518}, {@code hep-th/9901001})
 * @param version      version number when a link or announcement gives one, else null
 * @param title        readable title: LaTeX math and HTML entities decoded
 * @param titleRaw     the title exactly as the digest printed it
 * @param url          canonical abstract page
 * @param authors      display names in byline order
 * @param categories   arXiv category codes, primary first
 * @param primaryCategory the primary arXiv category when the digest names one, else null
 * @param tags         free-form topics of the digest (never arXiv codes)
 * @param abstractText English abstract, null when the digest gives none
 * @param zh           the Chinese texts the digest gives
 * @param announceType arXiv announcement type ({@code new}, {@code cross}, {@code replace}...) when given
 * @param listings     every place this paper was listed, in input order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Paper(
        String arxivId,
        Integer version,
        String title,
        String titleRaw,
        String url,
        List<String> authors,
        List<String> categories,
        String primaryCategory,
        List<String> tags,
        @JsonProperty("abstract") String abstractText,
        ChineseTexts zh,
        String announceType,
        List<Listing> listings) {

    public Paper {
        Objects.requireNonNull(arxivId, "arxivId");
        Objects.requireNonNull(title, "title");
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
        tags = tags == null ? List.of() : List.copyOf(tags);
        zh = zh == null ? ChineseTexts.NONE : zh;
        listings = listings == null ? List.of() : List.copyOf(listings);
    }
}
