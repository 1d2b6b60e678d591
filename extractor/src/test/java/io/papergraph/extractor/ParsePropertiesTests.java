package io.papergraph.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ParsePropertiesTests {

    @Test
    void returnsTheResultOfAFastCall() throws Exception {
        assertEquals(42, ParseProperties.within(Duration.ofSeconds(5), () -> 42));
    }

    @Test
    void failsACallThatSpinsPastItsCpuDeadline() {
        var failure = assertThrows(AssertionFailedError.class, () -> ParseProperties.within(Duration.ofMillis(200), () -> {
            long x = 0;
            while (!Thread.currentThread().isInterrupted()) {
                x++;
            }
            return x;
        }));
        assertTrue(failure.getMessage().contains("hangs"), failure.getMessage());
    }

    @Test
    void rethrowsWhatTheCallThrows() {
        assertThrows(IllegalStateException.class, () -> ParseProperties.within(Duration.ofSeconds(5), () -> {
            throw new IllegalStateException("from the parser");
        }));
    }

    @Test
    void aWorkerLeftBehindByATimeoutIsReplaced() throws Exception {
        assertThrows(AssertionFailedError.class, () -> ParseProperties.within(Duration.ofMillis(100), () -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            return "interrupted";
        }));
        assertEquals("next", ParseProperties.within(Duration.ofSeconds(5), () -> "next"));
    }
}
