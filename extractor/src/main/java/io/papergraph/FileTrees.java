package io.papergraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders that papergraph writes and replaces whole: benchmark stores, work folders. */
public final class FileTrees {

    private FileTrees() {
    }

    /** Deletes a folder with everything in it; nothing happens when it does not exist. */
    public static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new PapergraphException("cannot delete " + root + ": " + e.getMessage(), e);
        }
    }
}
