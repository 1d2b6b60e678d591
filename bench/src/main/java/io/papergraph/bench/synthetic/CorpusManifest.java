package io.papergraph.bench.synthetic;

import io.papergraph.extractor.model.DigestFormat;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a synthetic corpus holds, written as {@code manifest.json} beside its {@code digests/} folder so that
 * benchmarks and tests can check a parse against it: entries = distinctPapers + relistedAcrossDays +
 * relistedSameFile + malformedEntries, and a parser should keep {@code distinctPapers} papers and report
 * {@code malformedEntries} dropped entries.
 *
 * @param generator          the command that wrote the corpus
 * @param seed               the seed
 * @param papersPerDay       average new papers per day asked for
 * @param source             where the source material came from
 * @param sourceSha256       hash of the source material's files (same seed + same hash = same bytes)
 * @param digestDirectory    folder of the digests, relative to the manifest
 * @param firstDay           first digest date (ISO)
 * @param lastDay            last digest date (ISO)
 * @param days               announcement days (weekdays)
 * @param files              digest files
 * @param entries            entries over all files
 * @param distinctPapers     distinct arXiv ids listed
 * @param relistedAcrossDays entries that list a paper first listed on an earlier day
 * @param relistedSameFile   entries that list a paper a second time in the same file
 * @param malformedEntries   entries without a usable arXiv id, which a parser must report and drop
 * @param authorPositions    author positions of the distinct papers whose byline a digest prints (only the
 *                           category digest does): the WROTE relationships a parse yields
 * @param distinctAuthors    distinct author names in those bylines
 * @param termVocabulary     size of the ranked term vocabulary papers draw from
 * @param distinctTerms      distinct terms the papers define
 * @param formats            files and entries per format
 * @param digests            every digest file with its counts, in date order
 * @param malformed          every malformed entry: file, line of the defect, format, kind
 */
public record CorpusManifest(
        String generator,
        long seed,
        int papersPerDay,
        String source,
        String sourceSha256,
        String digestDirectory,
        String firstDay,
        String lastDay,
        int days,
        int files,
        long entries,
        long distinctPapers,
        long relistedAcrossDays,
        long relistedSameFile,
        long malformedEntries,
        long authorPositions,
        long distinctAuthors,
        int termVocabulary,
        long distinctTerms,
        Map<DigestFormat, FormatCount> formats,
        List<DigestFile> digests,
        List<MalformedEntry> malformed) {

    public CorpusManifest {
        Objects.requireNonNull(generator, "generator");
        var byFormat = new EnumMap<DigestFormat, FormatCount>(DigestFormat.class);
        byFormat.putAll(formats);
        formats = Collections.unmodifiableMap(byFormat);
        digests = List.copyOf(digests);
        malformed = List.copyOf(malformed);
    }

    /** Files and entries of one format. */
    public record FormatCount(int files, long entries) {
    }

    /** One digest file: its name, format, date, entries, the distinct papers it lists and its malformed entries. */
    public record DigestFile(String file, DigestFormat format, String date, int entries, int papers, int malformed) {
        public DigestFile {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(format, "format");
        }
    }

    /** One malformed entry: the line of its defect (the broken link, or the heading when the link is missing). */
    public record MalformedEntry(String file, int line, DigestFormat format, MalformedKind kind) {
        public MalformedEntry {
            Objects.requireNonNull(file, "file");
        }
    }
}
