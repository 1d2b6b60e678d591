package io.papergraph.loader.write;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** The progress bar (on stderr) of a load or an import that writes many rows; small ones draw none. */
public final class RowProgress {

    /** Loads with fewer rows than this draw no progress bar. */
    public static final int THRESHOLD = 20_000;

    private RowProgress() {
    }

    /** A bar named {@code task} over {@code rows} rows, or null when none is asked for or the rows are too few. */
    public static ProgressBar start(String task, long rows, boolean show) {
        if (!show || rows < THRESHOLD) {
            return null;
        }
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(rows)
                .setUnit(" rows", 1)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(500)
                .build();
    }
}
