package io.papergraph.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.papergraph.extractor.model.DigestFormat;
import io.papergraph.extractor.model.DigestInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DigestProgressTests {

    private static List<DigestInfo> digests(int n) {
        return IntStream.rangeClosed(1, n)
                .mapToObj(i -> new DigestInfo("d" + i + ".md", LocalDate.of(2026, 1, i), DigestFormat.ANNOUNCEMENT, "h" + i, 1, 1))
                .toList();
    }

    @Test
    void beforeTheGraphIsReadNothingIsClaimed() {
        assertEquals("nothing of the 3 digests was written yet", new DigestProgress(digests(3)).describe());
    }

    @Test
    void namesLoadedAndPendingDigestsInInputOrder() {
        var progress = new DigestProgress(digests(4));
        progress.complete(List.of("d3.md", "d1.md"));
        assertEquals("loaded 2 of 4 digests (d1.md, d3.md); 2 pending (d2.md, d4.md)", progress.describe());
        progress.complete(List.of());
        assertEquals("loaded 2 of 4 digests (d1.md, d3.md); 2 pending (d2.md, d4.md)", progress.describe());
        progress.complete(List.of("d2.md", "d4.md"));
        assertEquals("loaded 4 of 4 digests (d1.md, d2.md, d3.md, d4.md)", progress.describe());
    }

    @Test
    void noneLoadedAndLongListsAreCounted() {
        var progress = new DigestProgress(digests(8));
        progress.complete(List.of());
        assertEquals("loaded 0 of 8 digests; 8 pending (d1.md, d2.md, d3.md, d4.md, d5.md and 3 more)", progress.describe());
    }
}
