package io.papergraph.topics;

import io.papergraph.extractor.terms.corpus.CoOccurrence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns a partition of the term co-occurrence graph into topic clusters: folds small clusters, derives
 * stable ids from members, labels each cluster with its most distinctive terms (class-based TF-IDF over the
 * papers' weighted mentions) and computes each paper's topic shares. The partition may come from Leiden in
 * this JVM ({@link #inProcess}) or from the server's GDS ({@link #fromCommunities}); the rest is shared,
 * so both give results of the same shape.
 */
public final class TermClustering {

    static final int TOP_TERMS = 10;
    static final int LABEL_TERMS = 3;
    /** Least share of a term's co-occurrence weight inside its cluster for it to label the cluster first. */
    static final double MIN_LABEL_COHESION = 0.5;

    private TermClustering() {
    }

    /** Clusters with Leiden from CWTS networkanalysis. */
    public static TopicClusters inProcess(CooccurrenceGraph graph, ClusterOptions options) {
        var indexed = new WeightedTermGraph(graph);
        return assemble(graph, indexed, LeidenPartition.communities(indexed, options), options);
    }

    /**
     * Builds clusters from communities computed elsewhere (e.g. {@code gds.leiden}); terms missing from
     * {@code communityOfTerm} count as communities of their own.
     */
    public static TopicClusters fromCommunities(CooccurrenceGraph graph, Map<String, Long> communityOfTerm,
            ClusterOptions options) {
        var indexed = new WeightedTermGraph(graph);
        var numbering = new HashMap<Long, Integer>();
        int[] communities = new int[indexed.size()];
        int next = 0;
        for (int i = 0; i < indexed.size(); i++) {
            var community = communityOfTerm.get(indexed.terms.get(i).key());
            if (community == null) {
                communities[i] = -1 - i;
                continue;
            }
            Integer number = numbering.get(community);
            if (number == null) {
                number = next++;
                numbering.put(community, number);
            }
            communities[i] = number;
        }
        for (int i = 0; i < communities.length; i++) {
            if (communities[i] < 0) {
                communities[i] = next++;
            }
        }
        return assemble(graph, indexed, communities, options);
    }

    private static TopicClusters assemble(CooccurrenceGraph graph, WeightedTermGraph indexed, int[] communities,
            ClusterOptions options) {
        foldSmallClusters(indexed, communities, options.minClusterSize());
        var membersOf = new TreeMap<Integer, List<Integer>>();
        for (int i = 0; i < communities.length; i++) {
            membersOf.computeIfAbsent(communities[i], c -> new ArrayList<>()).add(i);
        }
        var drafts = new ArrayList<Draft>();
        for (var members : membersOf.values()) {
            drafts.add(Draft.of(indexed, communities, members));
        }
        var clusterOfTerm = new HashMap<String, Draft>();
        for (var draft : drafts) {
            for (var member : draft.members) {
                clusterOfTerm.put(member.termKey(), draft);
            }
        }
        // Grouped by paper and sorted so that floating-point sums do not depend on the order the server returned
        // the mentions in; a sort within each paper costs a fraction of one over millions of mentions.
        var grouped = new HashMap<String, List<WeightedMention>>();
        for (var mention : graph.mentions()) {
            grouped.computeIfAbsent(mention.arxivId(), p -> new ArrayList<>()).add(mention);
        }
        var mentionsByPaper = new TreeMap<String, List<WeightedMention>>(grouped);
        mentionsByPaper.values().parallelStream().forEach(ofPaper -> ofPaper.sort(
                Comparator.comparing(WeightedMention::termKey).thenComparingDouble(WeightedMention::weight)));
        var shares = paperShares(mentionsByPaper, clusterOfTerm);
        var scores = distinctiveness(mentionsByPaper, shares, clusterOfTerm);
        var clusters = new ArrayList<TopicCluster>();
        for (var draft : drafts) {
            clusters.add(draft.toCluster(indexed, scores, options.minClusterSize()));
        }
        clusters.sort(Comparator.comparingInt(TopicCluster::size).reversed().thenComparing(TopicCluster::id));
        var shareList = new ArrayList<PaperShare>();
        var byShare = Comparator.comparingDouble(PaperShare::share).reversed().thenComparing(PaperShare::clusterId);
        shares.forEach((paper, byCluster) -> {
            int from = shareList.size();
            byCluster.forEach((cluster, share) -> shareList.add(new PaperShare(paper, cluster, share)));
            shareList.subList(from, shareList.size()).sort(byShare);
        });
        return new TopicClusters(clusters, shareList, options);
    }

    /**
     * Moves each cluster smaller than {@code minSize} into the neighbouring cluster it shares the most
     * co-occurrence weight with, smallest clusters first; clusters without neighbours stay (and get flagged).
     */
    static void foldSmallClusters(WeightedTermGraph graph, int[] communities, int minSize) {
        // A cluster without outside edges keeps none when others merge, so it is checked only once.
        var isolated = new java.util.HashSet<Integer>();
        while (true) {
            var members = new TreeMap<Integer, List<Integer>>();
            for (int i = 0; i < communities.length; i++) {
                members.computeIfAbsent(communities[i], c -> new ArrayList<>()).add(i);
            }
            Integer victim = null;
            Integer target = null;
            for (var entry : members.entrySet().stream()
                    .filter(e -> e.getValue().size() < minSize && !isolated.contains(e.getKey()))
                    .sorted(Comparator.<Map.Entry<Integer, List<Integer>>>comparingInt(e -> e.getValue().size())
                            .thenComparing(e -> graph.terms.get(e.getValue().get(0)).key()))
                    .toList()) {
                var weightTo = new TreeMap<Integer, Double>();
                for (int node : entry.getValue()) {
                    for (int k = 0; k < graph.neighbours[node].length; k++) {
                        int other = communities[graph.neighbours[node][k]];
                        if (other != entry.getKey()) {
                            weightTo.merge(other, graph.neighbourWeights[node][k], Double::sum);
                        }
                    }
                }
                if (weightTo.isEmpty()) {
                    isolated.add(entry.getKey());
                } else {
                    victim = entry.getKey();
                    target = weightTo.entrySet().stream()
                            .max(Comparator.<Map.Entry<Integer, Double>>comparingDouble(Map.Entry::getValue)
                                    .thenComparing(e -> graph.terms.get(members.get(e.getKey()).get(0)).key(),
                                            Comparator.reverseOrder()))
                            .orElseThrow().getKey();
                    break;
                }
            }
            if (victim == null) {
                return;
            }
            for (int node : members.get(victim)) {
                communities[node] = target;
            }
        }
    }

    /** Per paper (in id order), per cluster id: the share of the paper's mention weight on the cluster's terms. */
    private static Map<String, Map<String, Double>> paperShares(Map<String, List<WeightedMention>> mentionsByPaper,
            Map<String, Draft> clusterOfTerm) {
        var byPaper = new TreeMap<String, Map<String, Double>>();
        mentionsByPaper.forEach((paper, mentions) -> {
            var shares = new TreeMap<String, Double>();
            for (var mention : mentions) {
                if (mention.weight() > 0) {
                    shares.merge(clusterOfTerm.get(mention.termKey()).id, mention.weight(), Double::sum);
                }
            }
            if (!shares.isEmpty()) {
                double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
                shares.replaceAll((cluster, weight) -> weight / total);
                byPaper.put(paper, shares);
            }
        });
        return byPaper;
    }

    /**
     * Class-based TF-IDF of each term in its own cluster: the term's mention weight in the cluster's papers
     * (weighted by their share), relative to the cluster's total, times log(1 + A / f) where f is the term's
     * weight over all papers and A the average cluster total. A term used everywhere scores low even when
     * it is frequent, which is what makes a label distinctive. A cluster's total is the sum over papers of
     * the paper's share in it times the paper's mention weight, so each mention is visited once.
     */
    private static Map<String, Double> distinctiveness(Map<String, List<WeightedMention>> mentionsByPaper,
            Map<String, Map<String, Double>> shares, Map<String, Draft> clusterOfTerm) {
        var termInCluster = new HashMap<String, Double>();
        var termTotal = new HashMap<String, Double>();
        var clusterTotal = new HashMap<String, Double>();
        mentionsByPaper.forEach((paper, mentions) -> {
            var paperShares = shares.get(paper);
            double paperWeight = 0;
            for (var mention : mentions) {
                termTotal.merge(mention.termKey(), mention.weight(), Double::sum);
                paperWeight += mention.weight();
                if (paperShares != null) {
                    var share = paperShares.get(clusterOfTerm.get(mention.termKey()).id);
                    if (share != null) {
                        termInCluster.merge(mention.termKey(), share * mention.weight(), Double::sum);
                    }
                }
            }
            if (paperShares != null) {
                double weight = paperWeight;
                paperShares.forEach((cluster, share) -> clusterTotal.merge(cluster, share * weight, Double::sum));
            }
        });
        double average = clusterTotal.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        var scores = new HashMap<String, Double>();
        termInCluster.forEach((term, tf) -> {
            double total = clusterTotal.get(clusterOfTerm.get(term).id);
            scores.put(term, tf / total * Math.log(1 + average / termTotal.get(term)));
        });
        return scores;
    }

    /**
     * The terms a label is made of, kind by kind, each kind in the order of {@code ranked} (cohesive first, then most
     * distinctive): names written with a capital letter or a digit ("LoRA", "Retrieval-Augmented Generation", "GPT-4"),
     * which authors give to a method, model or task of their own; then lower-case phrases ("KV cache"); single
     * lower-case words ("data", "token") last, only when the cluster has fewer than {@link #LABEL_TERMS} of the others.
     * A descriptive phrase ("computational cost", "user preferences") is more often a general notion than a name is.
     */
    static List<TermNode> labelTerms(List<TermNode> ranked) {
        return ranked.stream()
                .sorted(Comparator.comparingInt(TermClustering::labelKind))
                .limit(LABEL_TERMS)
                .toList();
    }

    /** 0 for a name (a capital letter or a digit), 1 for a lower-case phrase (a space or hyphen), 2 for a single word. */
    private static int labelKind(TermNode term) {
        var name = term.name();
        if (name.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
            return 0;
        }
        return name.chars().anyMatch(c -> c == ' ' || c == '-') ? 1 : 2;
    }

    /** A cluster before labelling: members with their weights, id from the best connected member. */
    private static final class Draft {
        final String id;
        final List<ClusterMember> members;
        /** Per member key: the share of its co-occurrence weight that stays inside the cluster. */
        final Map<String, Double> cohesion;

        private Draft(String id, List<ClusterMember> members, Map<String, Double> cohesion) {
            this.id = id;
            this.members = members;
            this.cohesion = cohesion;
        }

        static Draft of(WeightedTermGraph graph, int[] communities, List<Integer> nodes) {
            var internal = new LinkedHashMap<Integer, Double>();
            var cohesion = new HashMap<String, Double>();
            for (int node : nodes) {
                double sum = 0;
                double all = 0;
                for (int k = 0; k < graph.neighbours[node].length; k++) {
                    all += graph.neighbourWeights[node][k];
                    if (communities[graph.neighbours[node][k]] == communities[node]) {
                        sum += graph.neighbourWeights[node][k];
                    }
                }
                internal.put(node, sum);
                cohesion.put(graph.terms.get(node).key(), all == 0 ? 1.0 : sum / all);
            }
            double max = internal.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            var members = internal.entrySet().stream()
                    .map(e -> new ClusterMember(graph.terms.get(e.getKey()).key(), max == 0 ? 1.0 : e.getValue() / max))
                    .sorted(Comparator.comparingDouble(ClusterMember::weight).reversed()
                            .thenComparing(ClusterMember::termKey))
                    .toList();
            return new Draft(members.get(0).termKey(), members, cohesion);
        }

        /**
         * Whether most of a term's co-occurrence weight stays inside this cluster. A label is made of such terms
         * first: a term whose co-occurrences spread over every topic ("high-quality", "trade-off") is general,
         * however often the cluster's papers use it (the reasoning behind VOSviewer's relevance score).
         */
        private boolean isCohesive(String termKey) {
            return cohesion.getOrDefault(termKey, 0.0) >= MIN_LABEL_COHESION;
        }

        TopicCluster toCluster(WeightedTermGraph graph, Map<String, Double> scores, int minSize) {
            var ranked = members.stream()
                    .sorted(Comparator.<ClusterMember>comparingDouble(m -> scores.getOrDefault(m.termKey(), 0.0))
                            .reversed()
                            .thenComparing(Comparator.comparingDouble(ClusterMember::weight).reversed())
                            .thenComparing(ClusterMember::termKey))
                    .map(m -> graph.terms.get(graph.indexOf.get(m.termKey())))
                    .limit(TOP_TERMS)
                    .toList();
            var topTerms = ranked.stream().map(TermNode::name).toList();
            var labelTerms = labelTerms(ranked.stream()
                    .sorted(Comparator.comparing((TermNode t) -> !isCohesive(t.key())))
                    .toList());
            var label = labelTerms.stream().map(TermNode::name).collect(Collectors.joining(" / "));
            var zh = labelTerms.stream().filter(t -> !t.namesZh().isEmpty()).map(t -> t.namesZh().get(0)).toList();
            return new TopicCluster(id, label, zh.isEmpty() ? null : String.join(" / ", zh), topTerms,
                    members.size() < minSize, members);
        }
    }
}
