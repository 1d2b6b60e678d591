package io.papergraph.extractor;

import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.model.Problem;
import io.papergraph.testsupport.SampleDigests;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** Test digests: the small fixtures under {@code src/test/resources/digests} and the sample corpus. */
public final class Fixtures {

    /** The sample corpus shipped with the project. */
    public static final Path SAMPLE_CORPUS = SampleDigests.DIRECTORY;

    private Fixtures() {
    }

    public static Path path(String fixture) {
        try {
            return Path.of(Fixtures.class.getResource("/digests/" + fixture).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + fixture, e);
        }
    }

    public static ParsedDigest read(String fixture) {
        return new DigestCorpusReader().readFile(path(fixture));
    }

    public static Paper paper(ParsedDigest digest, String arxivId) {
        return digest.papers().stream().filter(p -> p.arxivId().equals(arxivId)).findFirst()
                .orElseThrow(() -> new AssertionError("no paper " + arxivId + " in " + digest.file()));
    }

    public static List<Problem> warnings(ParsedDigest digest) {
        return digest.problems().stream().filter(p -> p.severity() == Problem.Severity.WARNING).toList();
    }
}
