package io.papergraph.extractor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class AuthorKeyTests {

    @Test
    void displayNameIsNfcAndTidied() {
        // "o" followed by a combining diaeresis becomes the single character ö
        assertEquals("Martin Törngren", AuthorKey.displayName("  Martin  To\u0308rngren\u00A0"));
    }

    @Test
    void keyFoldsCaseAndSpacing() {
        assertEquals(AuthorKey.of("Min sung Choi"), AuthorKey.of("MIN  SUNG CHOI"));
        assertEquals(AuthorKey.of("Min sung Choi"), AuthorKey.of("Minsung Choi"));
        assertEquals(AuthorKey.of("Martin Törngren"), AuthorKey.of("martin to\u0308rngren"));
        assertEquals("minsungchoi", AuthorKey.of("Min sung Choi"));
        assertNotEquals(AuthorKey.of("Jian Li"), AuthorKey.of("Jiang Li"));
    }
}
