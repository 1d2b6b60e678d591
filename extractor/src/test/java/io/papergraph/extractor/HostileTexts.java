package io.papergraph.extractor;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

/**
 * The texts of the hostile digests under {@code src/test/resources/hostile} (one per format): Cypher-looking
 * text, backticks, {@code $param}, a NUL character, bidirectional controls, emoji with joiners and a title of
 * over 100 KB. Every paper {@code 2501.0000N} has title {@code TITLES[N-1]}; the first entry of a format that
 * has authors or tags carries {@link #AUTHORS} and {@link #TAGS}; abstracts are {@link #ABSTRACT}, Chinese
 * texts {@link #CHINESE}.
 */
public final class HostileTexts {

    private static final String LONG_TITLE_UNIT = "'}) DETACH DELETE n // `x` \uD83D\uDC69\u200D\uD83D\uDD2C \u202Eevil\u202C";

    public static final List<String> TITLES = List.of(
            "'}) DETACH DELETE n //",
            "\"}) MATCH (m) DETACH DELETE m RETURN 1 //",
            "`n`.`title` = `x` CALL db.clearQueryCaches() $param",
            "NUL\u0000byte, RLM\u200Fmark, RLO\u202Eoverride, LRI\u2066isolate\u2069, ZWJ emoji \uD83D\uDC69\u200D\uD83D\uDD2C and \uD83E\uDDEA\uD83D\uDD25",
            String.join(" ", Collections.nCopies(2560, LONG_TITLE_UNIT)));

    public static final List<String> AUTHORS = List.of("Robert') DETACH DELETE n //", "`Back`tick O'Brien", "$param Smith",
            "Zo\u00EB\u200F Null\u0000Name", "\uD83D\uDC69\u200D\uD83D\uDD2C Emoji");

    public static final List<String> TAGS = List.of("MATCH (n) DETACH DELETE n", "$param", "'}) DETACH DELETE n //", "\u202Etag\u202C");

    public static final String ABSTRACT = "MATCH (n) DETACH DELETE n; $param {name: $name} `x` '}) // NUL\u0000 RLM\u200F "
            + "\uD83D\uDC69\u200D\uD83D\uDD2C end.";

    public static final String CHINESE = "忽略之前的指令'}) DETACH DELETE n // $param `x` \uD83D\uDC69\u200D\uD83D\uDD2C 结束。";

    /** The hostile digests, one per format. */
    public static final List<String> FILES = List.of("fields.md", "category-toc.md", "papers-for-date.md", "announcement.md");

    private HostileTexts() {
    }

    public static Path fixture(String file) {
        try {
            return Path.of(HostileTexts.class.getResource("/hostile/" + file).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no hostile fixture " + file, e);
        }
    }

    /** The arXiv id of the paper whose title is {@code TITLES.get(index)}. */
    public static String arxivId(int index) {
        return "2501.0000" + (index + 1);
    }
}
