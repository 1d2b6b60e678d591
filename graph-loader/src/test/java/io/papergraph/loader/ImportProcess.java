package io.papergraph.loader;

import io.papergraph.loader.bulk.StoreImport;
import java.nio.file.Path;

/**
 * An import of a new store in a process of its own, for tests that kill it: imports an extract output folder
 * into a store folder with {@link StoreImport} and prints {@code done}. Arguments: store folder, extract
 * output folder.
 */
public final class ImportProcess {

    private ImportProcess() {
    }

    public static void main(String[] args) {
        StoreImport.run(ExtractOutput.read(Path.of(args[1])), SampleInput.RANKING, LoaderOptions.defaults().withProgress(false),
                Path.of(args[0]));
        System.out.println("done");
    }
}
