package io.papergraph.loader;

import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.loader.state.RankingStateStore;
import io.papergraph.loader.write.LoadStep;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a bulk import ({@link io.papergraph.loader.bulk.StoreImport}) wrote, for {@link GraphLoader#completeImport} to finish and report. The figures are those of
 * the loader's graph; the topic clusters an import computed (see {@link io.papergraph.loader.bulk.StoreImport.Clustering}) are not counted in them.
 *
 * @param digests          the digests imported (not marked loaded yet)
 * @param papers           papers written
 * @param nodes            nodes imported
 * @param relationships    relationships imported
 * @param properties       property values imported
 * @param mentionsWithoutForms whether some mentions had no forms (their empty lists are set after the import)
 * @param steps            the steps so far, with their rows and times
 * @param elapsed          time taken so far
 */
public record ImportedStore(List<DigestInfo> digests, int papers, long nodes, long relationships, long properties,
        boolean mentionsWithoutForms, List<LoadStep> steps, Duration elapsed, Optional<RankingStateStore.Staged> rankingState) {
    public ImportedStore {
        digests = List.copyOf(digests);
        steps = List.copyOf(steps);
        Objects.requireNonNull(rankingState, "rankingState");
    }
}
