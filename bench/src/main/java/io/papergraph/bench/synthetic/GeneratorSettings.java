package io.papergraph.bench.synthetic;

import io.papergraph.PapergraphException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate.
 *
 * @param papers       distinct papers in the corpus
 * @param seed         the seed: the same settings give the same bytes
 * @param papersPerDay new papers per announcement day on average (days vary by ±20%)
 * @param firstDay     the first announcement day (moved to the next weekday if on a weekend)
 */
public record GeneratorSettings(long papers, long seed, int papersPerDay, LocalDate firstDay) {

    /** About 100,000 papers a year over 261 weekdays: a busy feed. */
    public static final int DEFAULT_PAPERS_PER_DAY = 380;
    public static final LocalDate DEFAULT_FIRST_DAY = LocalDate.of(2025, 1, 6);
    /** Keeps a month's sequence numbers within arXiv's five digits. */
    public static final int MAX_PAPERS_PER_DAY = 3000;

    public GeneratorSettings {
        Objects.requireNonNull(firstDay, "firstDay");
        if (papers < 1) {
            throw new PapergraphException("--papers must be at least 1, was " + papers);
        }
        if (papers > 50_000_000L) {
            throw new PapergraphException("--papers must be at most 50,000,000, was " + papers);
        }
        if (papersPerDay < 1 || papersPerDay > MAX_PAPERS_PER_DAY) {
            throw new PapergraphException("--papers-per-day must be between 1 and " + MAX_PAPERS_PER_DAY
                    + ", was " + papersPerDay);
        }
        if (firstDay.getYear() < 2007 || firstDay.getYear() > 2099) {
            throw new PapergraphException("--first-day must lie in 2007–2099 (new-style arXiv ids), was " + firstDay);
        }
        while (firstDay.getDayOfWeek() == DayOfWeek.SATURDAY || firstDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            firstDay = firstDay.plusDays(1);
        }
    }

    public static GeneratorSettings of(long papers, long seed) {
        return new GeneratorSettings(papers, seed, DEFAULT_PAPERS_PER_DAY, DEFAULT_FIRST_DAY);
    }
}
