package io.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseTimesTests {

    @Test
    void eachPhaseLastsFromTheEndOfThePreviousOneAndTheTotalCountsFromTheJvmStart() {
        var times = PhaseTimes.sinceJvmStart();
        long first = times.phases().get(0).millis();
        assertTrue(first > 0, "the JVM started before this test");
        long now = System.currentTimeMillis();
        times.mark("open the graph", now + 1_500);
        times.mark("report", now + 1_750);
        var phases = times.phases();
        assertEquals(List.of("start-up (Java, options)", "open the graph", "report"), phases.stream().map(PhaseTimes.Phase::name).toList());
        assertTrue(phases.get(1).millis() >= 1_500, phases.toString());
        assertEquals(250, phases.get(2).millis());

        var text = new StringWriter();
        times.print(new PrintWriter(text));
        var lines = text.toString().lines().toList();
        assertEquals(5, lines.size(), text.toString());
        assertTrue(lines.get(2).matches("open the graph\\s+1\\.5\\d"), lines.get(2));
        assertTrue(lines.get(3).matches("report\\s+0\\.25"), lines.get(3));
        double total = Double.parseDouble(lines.get(4).replaceAll(".*\\s", ""));
        double sum = phases.stream().mapToLong(PhaseTimes.Phase::millis).sum() / 1000.0;
        assertEquals(sum, total, 0.011, "the total is the phases' sum");
    }

    @Test
    void aClockGoingBackCountsAsNoTime() {
        var times = PhaseTimes.sinceJvmStart();
        long now = System.currentTimeMillis();
        times.mark("later", now + 100);
        times.mark("earlier", now + 50);
        assertEquals(0, times.phases().get(2).millis());
        assertThrows(IllegalArgumentException.class, () -> new PhaseTimes.Phase(" ", 1));
    }
}
