package io.papergraph.extractor.model;

/** The digest layouts Papergraph understands, detected from a file's content. */
public enum DigestFormat {
    /** {@code ### N Title} followed by {@code **link**}, {@code **date**}, {@code **keywords**}, {@code **abs**} fields. */
    FIELDS,
    /** Category table of contents, {@code ### [N] [Title](abs link)}, authors, TL;DR, details block and Abstract. */
    CATEGORY_TOC,
    /** {@code # Papers for DATE}, {@code ## N.[Title](pdf link)}, {@code summary:} with bold keywords. */
    PAPERS_FOR_DATE,
    /** {@code # DATE-TIME}, {@code ## [Title](abs link)}, {@code ### Abstract} with the arXiv announcement line, {@code ### 摘要}. */
    ANNOUNCEMENT,
    /**
     * The earlier layout of the category generator (spring 2025): {@code ### [Title](abs link)} without a number,
     * the byline in {@code *...*}, the English abstract in {@code <details><summary>Abstract</summary>}.
     */
    ABSTRACT_DETAILS,
    /**
     * Any other text that ties a heading, bold line or list item to an arXiv link or {@code arXiv:ID}, read by the
     * general reader when no known layout matches.
     */
    GENERIC
}
