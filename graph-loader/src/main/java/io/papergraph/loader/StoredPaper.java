package io.papergraph.loader;

import java.util.List;
import java.util.Map;

/** A paper as the graph held it before a load: its properties and the digests that listed it. */
record StoredPaper(Map<String, Object> props, List<String> listedBy) {
}
