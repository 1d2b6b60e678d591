package io.papergraph.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the topic-clusters report shows of a cluster's papers, computed once when the clustering is written:
 * reading it from every paper's shares at report time costs seconds on a year of papers.
 *
 * @param papers     papers with a share in the cluster
 * @param topPapers  up to {@link #TOP_PAPERS} arXiv ids by share (highest first, ties by id)
 * @param categories up to {@link #TOP_CATEGORIES} arXiv category codes by the summed shares of their papers
 *                   (highest first, ties by code)
 */
record ClusterProfile(long papers, List<String> topPapers, List<String> categories) {

    static final int TOP_PAPERS = 10;
    static final int TOP_CATEGORIES = 3;

    ClusterProfile {
        topPapers = List.copyOf(topPapers);
        categories = List.copyOf(categories);
    }

    /**
     * Profiles of every cluster that has shares; clusters without papers are absent.
     *
     * @param categoriesOfPaper the category codes of each paper (papers without categories may be absent)
     */
    static Map<String, ClusterProfile> of(List<PaperShare> shares, Map<String, List<String>> categoriesOfPaper) {
        Objects.requireNonNull(categoriesOfPaper, "categoriesOfPaper");
        var sharesOfCluster = new HashMap<String, List<PaperShare>>();
        for (var share : shares) {
            sharesOfCluster.computeIfAbsent(share.clusterId(), c -> new ArrayList<>()).add(share);
        }
        var byShare = Comparator.comparingDouble(PaperShare::share).reversed().thenComparing(PaperShare::arxivId);
        var profiles = new HashMap<String, ClusterProfile>();
        sharesOfCluster.forEach((cluster, ofCluster) -> {
            ofCluster.sort(byShare);
            var top = ofCluster.stream().limit(TOP_PAPERS).map(PaperShare::arxivId).toList();
            var weightOfCategory = new HashMap<String, Double>();
            for (var share : ofCluster) {
                for (var code : categoriesOfPaper.getOrDefault(share.arxivId(), List.of())) {
                    weightOfCategory.merge(code, share.share(), Double::sum);
                }
            }
            var categories = weightOfCategory.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(TOP_CATEGORIES)
                    .map(Map.Entry::getKey)
                    .toList();
            profiles.put(cluster, new ClusterProfile(ofCluster.size(), top, categories));
        });
        return profiles;
    }
}
