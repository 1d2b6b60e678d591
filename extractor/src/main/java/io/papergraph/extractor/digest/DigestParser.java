package io.papergraph.extractor.digest;

import io.papergraph.extractor.model.DigestFormat;
import java.util.List;
import java.util.Optional;

/**
 * Reads one digest format. Which parser reads a file is decided from its content alone
 * ({@link #detect}): each parser counts the lines that only its format has, and the highest count wins; when
 * none has any, the {@linkplain #GENERIC general reader} takes any file that names an arXiv paper.
 */
public sealed interface DigestParser
        permits FieldsDigestParser, CategoryTocDigestParser, PapersForDateDigestParser, AnnouncementDigestParser,
        AbstractDetailsDigestParser, GenericDigestParser {

    /** Every known format, in the order ties are broken. */
    List<DigestParser> ALL = List.of(new FieldsDigestParser(), new CategoryTocDigestParser(),
            new PapersForDateDigestParser(), new AnnouncementDigestParser(), new AbstractDetailsDigestParser());

    /**
     * The general reader, tried after the known formats: its signature is every line naming an arXiv paper, which
     * every digest has, so it cannot compete with them.
     */
    DigestParser GENERIC = new GenericDigestParser();

    DigestFormat format();

    /** How many lines look like this format's headers, entry headings and field labels; 0 when none do. */
    int signature(DigestSource source);

    /** Reads every entry; never throws for bad input, which becomes problems instead. */
    DigestEntries parse(DigestSource source);

    /**
     * The known parser whose format the content matches best; else the general reader when the content names an
     * arXiv paper; else empty.
     */
    static Optional<DigestParser> detect(DigestSource source) {
        DigestParser best = null;
        int bestScore = 0;
        for (var parser : ALL) {
            int score = parser.signature(source);
            if (score > bestScore) {
                best = parser;
                bestScore = score;
            }
        }
        if (best == null && GENERIC.signature(source) > 0) {
            best = GENERIC;
        }
        return Optional.ofNullable(best);
    }
}
