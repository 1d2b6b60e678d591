package io.papergraph.loader;

import io.papergraph.extractor.model.DigestInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which digests of one load are complete in the graph (marked loaded, by this load or an earlier one) and
 * which are pending, so that a load that stops can say what it leaves behind and what the next run redoes.
 */
final class DigestProgress {

    /** Digest names listed in a message; more are counted, not named. */
    static final int NAMED = 5;

    private final List<String> files;
    private final Set<String> complete = new LinkedHashSet<>();
    private boolean known;

    DigestProgress(Collection<DigestInfo> digests) {
        files = digests.stream().map(DigestInfo::file).distinct().toList();
    }

    /** Records digests that are marked loaded in the graph (the skipped ones, or the ones this load marked). */
    void complete(Collection<String> done) {
        known = true;
        complete.addAll(done);
    }

    /** E.g. "loaded 2 of 5 digests (a, b); 3 pending (c, d, e)". */
    String describe() {
        if (!known) {
            return "nothing of the " + files.size() + " digests was written yet";
        }
        var pending = new ArrayList<String>();
        var done = new ArrayList<String>();
        for (String f : files) {
            (complete.contains(f) ? done : pending).add(f);
        }
        var text = new StringBuilder("loaded ").append(done.size()).append(" of ").append(files.size()).append(" digests");
        if (!done.isEmpty()) {
            text.append(' ').append(names(done));
        }
        if (!pending.isEmpty()) {
            text.append("; ").append(pending.size()).append(" pending ").append(names(pending));
        }
        return text.toString();
    }

    private static String names(List<String> list) {
        var shown = String.join(", ", list.subList(0, Math.min(NAMED, list.size())));
        return "(" + shown + (list.size() > NAMED ? " and " + (list.size() - NAMED) + " more" : "") + ")";
    }
}
