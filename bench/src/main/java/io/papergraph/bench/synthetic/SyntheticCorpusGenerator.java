package io.papergraph.bench.synthetic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.papergraph.PapergraphException;
import io.papergraph.extractor.model.DigestFormat;
import io.papergraph.bench.synthetic.CorpusManifest.DigestFile;
import io.papergraph.bench.synthetic.CorpusManifest.FormatCount;
import io.papergraph.bench.synthetic.CorpusManifest.MalformedEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Writes a synthetic corpus of daily digests for benchmarks: {@code DIR/digests/DATE-FORMAT.txt} (one file per
 * format and weekday) and {@code DIR/manifest.json}. Memory stays bounded whatever the number of papers: files
 * are written one at a time, and a paper listed again on a later day is computed again from its number
 * rather than kept (only the last {@value #RELIST_WINDOW_DAYS} days' number ranges are remembered). The
 * counters of listed papers, distinct authors and terms take one bit per possible paper, author or term, and
 * the manifest keeps one record per file and per malformed entry.
 *
 * <p>Per day: new papers spread over the four formats (category TOC 45%, announcement 30%, papers-for-date
 * 15%, fields 10%); about 2% more entries list a paper of the last {@value #RELIST_WINDOW_DAYS} days again,
 * 0.3% list a paper twice in the same file (in the category TOC, under a second category, as arXiv
 * cross-lists do) and 0.1% are malformed. The first digest of each format holds one malformed entry, so that
 * even a small corpus exercises every format's error path.
 */
public final class SyntheticCorpusGenerator {

    static final int RELIST_WINDOW_DAYS = 5;
    static final String DIGEST_DIRECTORY = "digests";
    static final String MANIFEST = "manifest.json";

    private static final long DAYS = 3;
    /** The layouts written: those of the sample corpus. */
    static final DigestFormat[] FORMATS = {
        DigestFormat.CATEGORY_TOC, DigestFormat.ANNOUNCEMENT, DigestFormat.PAPERS_FOR_DATE, DigestFormat.FIELDS};
    private static final double[] FORMAT_WEIGHTS = {0.45, 0.30, 0.15, 0.10};
    private static final double RELIST_ACROSS_DAYS = 0.02;
    private static final double RELIST_SAME_FILE = 0.003;
    private static final double MALFORMED = 0.001;

    private final SourceMaterial material;

    public SyntheticCorpusGenerator(SourceMaterial material) {
        this.material = material;
    }

    /** The papers of a day that later days may list again. */
    private record Day(long firstNumber, int count, String yymm, long monthFirstNumber, int monthOffset) {
        String arxivId(long number) {
            return yymm + "." + String.format("%05d", monthOffset + number - monthFirstNumber);
        }
    }

    /** Writes the corpus into {@code directory} (created if needed; its {@code digests/} folder must be empty). */
    public CorpusManifest generate(GeneratorSettings settings, Path directory) {
        var digestDir = directory.resolve(DIGEST_DIRECTORY);
        prepare(digestDir);
        var factory = new PaperFactory(settings.seed(), settings.papers(), material);
        var counts = new Counts(factory);
        var recent = new ArrayDeque<Day>();
        var date = settings.firstDay();
        long next = 0;
        String yymm = null;
        long monthFirst = 0;
        int monthOffset = 0;
        int dayIndex = 0;
        var firstOfFormat = new EnumMap<DigestFormat, Boolean>(DigestFormat.class);
        while (next < settings.papers()) {
            var rng = Seeds.stream(settings.seed(), DAYS, dayIndex);
            var dayYymm = String.format("%02d%02d", date.getYear() % 100, date.getMonthValue());
            if (!dayYymm.equals(yymm)) {
                yymm = dayYymm;
                monthFirst = next;
                monthOffset = 1 + rng.nextInt(2000);
            }
            int count = (int) Math.min(settings.papers() - next,
                    Math.max(1, Math.round(settings.papersPerDay() * (0.8 + 0.4 * rng.nextDouble()))));
            var today = new Day(next, count, yymm, monthFirst, monthOffset);
            var entries = new EnumMap<DigestFormat, List<DigestEntry>>(DigestFormat.class);
            for (var format : FORMATS) {
                entries.put(format, new ArrayList<>());
            }
            for (long number = next; number < next + count; number++) {
                var format = FORMATS[PaperFactory.weighted(rng, FORMAT_WEIGHTS)];
                var list = entries.get(format);
                list.add(new DigestEntry.Listed(factory.paper(number, today.arxivId(number))));
                if (!recent.isEmpty() && rng.nextDouble() < RELIST_ACROSS_DAYS) {
                    var earlier = PaperFactory.pick(rng, List.copyOf(recent));
                    long old = earlier.firstNumber() + rng.nextInt(earlier.count());
                    insert(rng, list, new DigestEntry.Listed(factory.paper(old, earlier.arxivId(old))));
                }
                if (rng.nextDouble() < RELIST_SAME_FILE) {
                    var again = PaperFactory.pick(rng, list);
                    if (again instanceof DigestEntry.Listed) {
                        insert(rng, list, again);
                    }
                }
                if (rng.nextDouble() < MALFORMED) {
                    insert(rng, list, malformed(rng, factory, settings, counts, today, format));
                }
            }
            for (var format : FORMATS) {
                var list = entries.get(format);
                if (!list.isEmpty() && firstOfFormat.put(format, Boolean.TRUE) == null) {
                    insert(rng, list, malformed(rng, factory, settings, counts, today, format));
                }
                if (!list.isEmpty()) {
                    var time = String.format("%02d-%02d", 11 + rng.nextInt(3), rng.nextInt(60));
                    write(digestDir, date, time, format, list, rng, counts);
                }
            }
            recent.addLast(today);
            if (recent.size() > RELIST_WINDOW_DAYS) {
                recent.removeFirst();
            }
            next += count;
            counts.lastDay = date;
            counts.days++;
            dayIndex++;
            date = nextWeekday(date);
        }
        var manifest = counts.manifest(settings, material, factory.vocabularySize());
        writeManifest(directory.resolve(MANIFEST), manifest);
        return manifest;
    }

    private static DigestEntry malformed(UniformRandomProvider rng, PaperFactory factory, GeneratorSettings settings, Counts counts, Day today,
                                         DigestFormat format) {
        long number = settings.papers() + counts.malformedMade++;
        var paper = factory.paper(number, today.arxivId(today.firstNumber()));
        var kind = format == DigestFormat.FIELDS && rng.nextBoolean()
                ? MalformedKind.MISSING_LINK : MalformedKind.TRUNCATED_ID;
        return new DigestEntry.Malformed(paper, kind);
    }

    private static void insert(UniformRandomProvider rng, List<DigestEntry> list, DigestEntry entry) {
        list.add(rng.nextInt(list.size() + 1), entry);
    }

    private void write(Path digestDir, LocalDate date, String time, DigestFormat format, List<DigestEntry> list,
                       UniformRandomProvider rng, Counts counts) {
        var renderer = DigestRenderer.of(format);
        var sections = new ArrayList<String>(list.size());
        Set<Long> inFile = new HashSet<>();
        for (var entry : list) {
            var primary = entry.paper().primaryCategory();
            boolean again = entry instanceof DigestEntry.Listed && !inFile.add(entry.paper().number());
            sections.add(again ? otherCategory(rng, primary) : primary);
        }
        var text = new DigestText();
        int[] lines = renderer.render(date, time, list, sections, text);
        var name = date + "-" + renderer.fileSuffix() + ".txt";
        try {
            Files.writeString(digestDir.resolve(name), text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PapergraphException(digestDir.resolve(name) + ": cannot write: " + e.getMessage(), e);
        }
        counts.file(name, format, date, list, lines);
    }

    private static String otherCategory(UniformRandomProvider rng, String primary) {
        var categories = ArxivCategories.BY_FREQUENCY;
        var other = categories.get(rng.nextInt(8));
        return other.equals(primary) ? categories.get(8 + rng.nextInt(categories.size() - 8)) : other;
    }

    private static LocalDate nextWeekday(LocalDate date) {
        var next = date.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static void prepare(Path digestDir) {
        try {
            Files.createDirectories(digestDir);
            try (Stream<Path> existing = Files.list(digestDir)) {
                if (existing.findAny().isPresent()) {
                    throw new PapergraphException(digestDir + " is not empty; generate into a new directory");
                }
            }
        } catch (IOException e) {
            throw new PapergraphException(digestDir + ": cannot create the output directory: " + e.getMessage(), e);
        }
    }

    private static void writeManifest(Path file, CorpusManifest manifest) {
        ObjectMapper json = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
        try {
            Files.writeString(file, json.writeValueAsString(manifest) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PapergraphException(file + ": cannot write the manifest: " + e.getMessage(), e);
        }
    }

    /** The running totals a manifest reports. */
    private static final class Counts {
        final BitSet firstListed = new BitSet();
        final BitSet bylinePrinted = new BitSet();
        final BitSet authors = new BitSet();
        final BitSet terms = new BitSet();
        final Map<DigestFormat, long[]> formats = new EnumMap<>(DigestFormat.class);
        final List<DigestFile> digests = new ArrayList<>();
        final List<MalformedEntry> malformed = new ArrayList<>();
        final PaperFactory factory;
        LocalDate lastDay;
        int days;
        long malformedMade;
        long entries;
        long distinctPapers;
        long acrossDays;
        long sameFile;
        long authorPositions;

        Counts(PaperFactory factory) {
            this.factory = factory;
        }

        void file(String name, DigestFormat format, LocalDate date, List<DigestEntry> list, int[] lines) {
            Set<Long> inFile = new HashSet<>();
            int bad = 0;
            for (int i = 0; i < list.size(); i++) {
                var entry = list.get(i);
                entries++;
                if (entry instanceof DigestEntry.Malformed m) {
                    bad++;
                    malformed.add(new MalformedEntry(name, lines[i], format, m.kind()));
                    continue;
                }
                var paper = entry.paper();
                int number = Math.toIntExact(paper.number());
                if (!inFile.add(paper.number())) {
                    sameFile++;
                } else if (firstListed.get(number)) {
                    acrossDays++;
                } else {
                    firstListed.set(number);
                    distinctPapers++;
                    paper.termRanks().forEach(terms::set);
                }
                if (format == DigestFormat.CATEGORY_TOC && !bylinePrinted.get(number)) {
                    // Only the category digest prints bylines: count the authors a parse can see.
                    bylinePrinted.set(number);
                    authorPositions += paper.authors().size();
                    paper.authorKeys().forEach(key -> authors.set(Math.toIntExact(key)));
                }
            }
            var perFormat = formats.computeIfAbsent(format, f -> new long[2]);
            perFormat[0]++;
            perFormat[1] += list.size();
            digests.add(new DigestFile(name, format, date.toString(), list.size(), inFile.size(), bad));
        }

        CorpusManifest manifest(GeneratorSettings settings, SourceMaterial material, int vocabulary) {
            var byFormat = new EnumMap<DigestFormat, FormatCount>(DigestFormat.class);
            formats.forEach((format, c) -> byFormat.put(format, new FormatCount((int) c[0], c[1])));
            return new CorpusManifest("papergraph bench generate", settings.seed(), settings.papersPerDay(),
                    material.sourceName(), material.sourceSha256(), DIGEST_DIRECTORY, settings.firstDay().toString(), lastDay.toString(),
                    days, digests.size(), entries, distinctPapers, acrossDays, sameFile, malformed.size(),
                    authorPositions, authors.cardinality(), vocabulary, terms.cardinality(), byFormat, digests,
                    malformed);
        }
    }
}
