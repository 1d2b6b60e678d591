package io.papergraph.bench.synthetic;

import java.util.List;

/**
 * The arXiv categories a synthetic corpus uses, most listed first: the machine-learning-heavy mix of the
 * sample digests' feeds. Papers pick a primary category with Zipf-like weights over this order.
 */
final class ArxivCategories {

    static final List<String> BY_FREQUENCY = List.of(
            "cs.LG", "cs.CL", "cs.AI", "cs.CV", "cs.IR", "cs.RO", "cs.CR", "stat.ML", "cs.HC", "cs.SE",
            "cs.MA", "eess.AS", "cs.SD", "eess.IV", "cs.DC", "cs.NE", "math.OC", "cs.CY", "cs.DB", "cs.GR",
            "q-bio.QM", "cs.NI", "eess.SP", "cs.LO", "physics.comp-ph", "cs.PL", "econ.GN", "cs.DS", "cs.GT",
            "quant-ph");

    private ArxivCategories() {
    }
}
