package io.papergraph.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Wall time of a short command's phases, from the JVM's start, for {@code --timings}: where the seconds of a command
 * that does little work go (starting Java, starting or reaching Neo4j, the work, stopping).
 */
final class PhaseTimes {

    /** One phase and how long it took. */
    record Phase(String name, long millis) {
        Phase {
            if (name == null || name.isBlank() || millis < 0) {
                throw new IllegalArgumentException("a phase needs a name and a duration >= 0");
            }
        }
    }

    private final long jvmStart;
    private final List<Phase> phases = new ArrayList<>();
    private long last;

    private PhaseTimes(long jvmStart, long now) {
        this.jvmStart = jvmStart;
        this.last = jvmStart;
        mark("start-up (Java, options)", now);
    }

    /** Starts counting now; the first phase is the time since the JVM started. */
    static PhaseTimes sinceJvmStart() {
        return new PhaseTimes(ManagementFactory.getRuntimeMXBean().getStartTime(), System.currentTimeMillis());
    }

    /** Ends the current phase, named {@code name}, now. */
    void mark(String name) {
        mark(name, System.currentTimeMillis());
    }

    void mark(String name, long now) {
        phases.add(new Phase(name, Math.max(0, now - last)));
        last = Math.max(last, now);
    }

    List<Phase> phases() {
        return List.copyOf(phases);
    }

    /** The phases as a small table, with the total since the JVM started. */
    void print(PrintWriter out) {
        out.printf("%-36s %8s%n", "phase", "seconds");
        for (var phase : phases) {
            out.printf("%-36s %8.2f%n", phase.name(), phase.millis() / 1000.0);
        }
        out.printf("%-36s %8.2f%n", "total (wall, since Java started)", (last - jvmStart) / 1000.0);
        out.flush();
    }
}
