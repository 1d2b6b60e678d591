package io.papergraph.extractor;

import io.papergraph.Futures;
import io.papergraph.Sha256;
import io.papergraph.extractor.digest.DigestParser;
import io.papergraph.extractor.digest.DigestSource;
import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.extractor.model.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads digests from files and directories: the entry point for the {@code extract} command and the
 * loader. Directories are searched recursively (hidden files skipped) and all files are read in path
 * order, so the same inputs always give the same output, in whatever order they are named. Files are
 * parsed a few at a time on all cores and merged in path order; only the merged papers are kept. Bad input never throws: it becomes a {@link Problem}, and the run goes on.
 */
public final class DigestCorpusReader {

    /** Reads every input and merges the papers. */
    public DigestCorpus read(Collection<Path> inputs) {
        var merger = new PaperMerger();
        var digests = new ArrayList<DigestInfo>();
        var problems = new ArrayList<Problem>();
        int[] files = {0};
        forEachDigest(inputs, parsed -> {
            files[0]++;
            parsed.digest().ifPresent(digests::add);
            problems.addAll(parsed.problems());
            parsed.papers().forEach(p -> merger.add(p, parsed.file()));
        });
        problems.addAll(merger.problems());
        problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        return new DigestCorpus(files[0], digests, merger.papers(), problems);
    }

    /**
     * Reads the inputs and hands each file to {@code consumer}, one after the other on the calling thread,
     * while the next few files are parsed on all cores. The files of all inputs are read in path order, whatever the order of the inputs, and a file named twice
     * (directly and through its directory) is read once. An input that does not exist, or a directory that
     * cannot be listed, is handed over as one problem.
     */
    public void forEachDigest(Collection<Path> inputs, Consumer<ParsedDigest> consumer) {
        var files = new TreeMap<String, Path>();
        var seen = new HashSet<Path>();
        for (var input : inputs) {
            if (!Files.isDirectory(input)) {
                if (seen.add(input.toAbsolutePath().normalize())) {
                    files.put(input.toString(), input);
                }
                continue;
            }
            try {
                for (var file : filesIn(input)) {
                    if (seen.add(file.toAbsolutePath().normalize())) {
                        files.put(file.toString(), file);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                consumer.accept(fileProblem(input.toString(), 0, "expected a readable directory of digests",
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        readInOrder(List.copyOf(files.values()), consumer);
    }

    /**
     * Parses files on one thread per core, a few files ahead of the consumer, and hands them over in order:
     * the same result as reading one after the other, with a bounded number of parsed files in memory.
     */
    private void readInOrder(List<Path> files, Consumer<ParsedDigest> consumer) {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), files.size());
        if (threads < 2) {
            files.forEach(file -> consumer.accept(readFile(file)));
            return;
        }
        var pool = Executors.newFixedThreadPool(threads, r -> {
            var t = new Thread(r, "papergraph-read");
            t.setDaemon(true);
            return t;
        });
        try {
            var ahead = new ArrayDeque<Future<ParsedDigest>>();
            int next = 0;
            while (next < files.size() || !ahead.isEmpty()) {
                while (next < files.size() && ahead.size() < 2 * threads) {
                    var file = files.get(next++);
                    ahead.add(pool.submit(() -> readFile(file)));
                }
                consumer.accept(Futures.await(ahead.poll(), "reading the digests"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The files a directory holds, recursively, in path order; files and folders whose name starts with a dot are left out. */
    public List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(directory.relativize(p)))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (var part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads one file. Unreadable, empty, non-UTF-8 and non-digest files (those naming no arXiv paper) give one
     * problem each. A file whose layout is recognised but gives no entry goes to the general reader, when it names
     * papers: its lines only looked like the layout.
     */
    public ParsedDigest readFile(Path file) {
        var shown = file.toString();
        var name = file.getFileName() == null ? shown : file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return fileProblem(shown, 0, "expected a digest file or a directory of digests", "no such file");
        } catch (IOException | SecurityException e) {
            return fileProblem(shown, 0, "expected a readable file", e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        var text = decodeUtf8(bytes);
        if (text instanceof Undecodable bad) {
            return fileProblem(shown, bad.line(), "expected UTF-8 text", "byte 0x" + HexFormat.of().toHexDigits(bytes[bad.offset()])
                    + " at byte offset " + bad.offset() + " is not valid UTF-8");
        }
        var content = ((Decoded) text).text();
        if (content.isBlank()) {
            return fileProblem(shown, 0, "expected a digest", "an empty file");
        }
        var source = DigestSource.of(shown, name, content);
        var parser = DigestParser.detect(source);
        if (parser.isEmpty()) {
            var firstLine = source.lines().stream().filter(l -> !l.isBlank()).findFirst().orElse("");
            int at = source.lines().indexOf(firstLine) + 1;
            return fileProblem(shown, at, "expected a digest in one of the known formats, or any text naming arXiv "
                    + "papers by link (https://arxiv.org/abs/ID) or arXiv:ID; the file names none, so it was skipped",
                    firstLine.length() > 100 ? firstLine.substring(0, 99) + "…" : firstLine.strip());
        }
        var entries = parser.get().parse(source);
        if (entries.entries() == 0 && parser.get() != DigestParser.GENERIC && DigestParser.GENERIC.signature(source) > 0) {
            // Some lines look like a known layout, yet none of its entries is there: the papers are set out otherwise.
            parser = Optional.of(DigestParser.GENERIC);
            entries = parser.get().parse(source);
        }
        var info = new DigestInfo(name, entries.date(), parser.get().format(), Sha256.hex(bytes), entries.entries(),
                entries.papers().size());
        return new ParsedDigest(shown, info, entries.papers(), entries.problems());
    }

    private static ParsedDigest fileProblem(String file, int line, String expected, String found) {
        return new ParsedDigest(file, null, List.of(), List.of(Problem.of(file, line, Problem.Severity.ERROR, expected, found)));
    }

    private sealed interface Utf8 permits Decoded, Undecodable {
    }

    private record Decoded(String text) implements Utf8 {
    }

    private record Undecodable(int offset, int line) implements Utf8 {
    }

    private static Utf8 decodeUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return new Undecodable(offset, line);
        }
        decoder.flush(out);
        return new Decoded(out.flip().toString());
    }

}
