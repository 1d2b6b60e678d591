package io.papergraph.extractor.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArxivIdTests {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "https://arxiv.org/abs/2511.05518, 2511.05518, -",
        "https://arxiv.org/pdf/2511.05518, 2511.05518, -",
        "https://arxiv.org/pdf/2511.05518.pdf, 2511.05518, -",
        "https://arxiv.org/pdf/2511.05518v3, 2511.05518, 3",
        "https://arxiv.org/pdf/2511.05518v2.pdf, 2511.05518, 2",
        "http://arxiv.org/abs/2511.05518, 2511.05518, -",
        "arxiv.org/abs/1501.0001, 1501.0001, -",
        "https://www.arxiv.org/abs/2511.05518/, 2511.05518, -",
        "https://arxiv.org/abs/hep-th/9901001, hep-th/9901001, -",
        "https://arxiv.org/pdf/hep-th/9901001v2, hep-th/9901001, 2",
        "https://arxiv.org/abs/math.GT/0309136, math.GT/0309136, -",
    })
    void readsEveryLinkForm(String link, String id, Integer version) {
        assertEquals(Optional.of(new ArxivId(id, version)), ArxivId.fromLink(link));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://openreview.net/forum?id=abc", "https://arxiv.org/list/cs.LG/new", "", "2511.05518",
        "https://arxiv.org/abs/2501.00001v99999999999"})
    void rejectsWhatIsNotAnArxivLink(String link) {
        assertTrue(ArxivId.fromLink(link).isEmpty());
    }

    @Test
    void readsAnnouncedIds() {
        assertEquals(Optional.of(new ArxivId("2506.05508", 1)), ArxivId.fromText("arXiv:2506.05508v1"));
        assertEquals("https://arxiv.org/abs/hep-th/9901001", ArxivId.fromText("hep-th/9901001").orElseThrow().url());
    }

    @Test
    void aVersionNumberTooLargeForAnyPaperIsNoId() {
        // found by fuzzing: it used to escape as a NumberFormatException
        assertTrue(ArxivId.fromText("arXiv:2501.00001v99999999999").isEmpty());
    }
}
