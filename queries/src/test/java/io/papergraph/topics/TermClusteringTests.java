package io.papergraph.topics;

import io.papergraph.extractor.terms.corpus.CoOccurrence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TermClusteringTests {

    /**
     * Two dense topics (attention and reinforcement learning) joined by one weak edge; a tightly knit pair
     * (graph neural network, message passing) hanging off the RL topic by a weak edge; an isolated term;
     * and "large language model", mentioned by every paper and tied mostly to the attention topic.
     */
    static CooccurrenceGraph sample() {
        var terms = List.of(
                new TermNode("attention", "attention", List.of("注意力")),
                new TermNode("transformer", "Transformer", List.of("变换器")),
                new TermNode("self-attention", "self-attention", List.of()),
                new TermNode("positional encoding", "positional encoding", List.of("位置编码")),
                new TermNode("large language model", "large language model", List.of("大型语言模型")),
                new TermNode("reinforcement learning", "reinforcement learning", List.of("强化学习")),
                new TermNode("policy gradient", "policy gradient", List.of()),
                new TermNode("reward model", "reward model", List.of("奖励模型")),
                new TermNode("ppo", "PPO", List.of()),
                new TermNode("graph neural network", "graph neural network", List.of("图神经网络")),
                new TermNode("message passing", "message passing", List.of()),
                new TermNode("quantum annealing", "quantum annealing", List.of("量子退火")));
        var edges = new ArrayList<CoOccurrence>();
        clique(edges, 5, "attention", "transformer", "self-attention", "positional encoding");
        clique(edges, 5, "policy gradient", "ppo", "reinforcement learning", "reward model");
        for (var t : List.of("attention", "transformer", "self-attention", "positional encoding")) {
            edges.add(CoOccurrence.of("large language model", t, 4, 0.4));
        }
        edges.add(CoOccurrence.of("large language model", "reward model", 1, 0.1));
        edges.add(CoOccurrence.of("transformer", "ppo", 1, 0.1));
        edges.add(CoOccurrence.of("graph neural network", "message passing", 12, 0.9));
        edges.add(CoOccurrence.of("graph neural network", "reinforcement learning", 1, 0.05));
        var mentions = new ArrayList<WeightedMention>();
        for (int p = 1; p <= 4; p++) {
            var paper = "2501.0000" + p;
            mentions.add(new WeightedMention(paper, "attention", 1.0));
            mentions.add(new WeightedMention(paper, "transformer", 0.8));
            mentions.add(new WeightedMention(paper, "self-attention", 0.6));
            mentions.add(new WeightedMention(paper, "positional encoding", 0.4));
            mentions.add(new WeightedMention(paper, "large language model", 0.5));
        }
        for (int p = 5; p <= 8; p++) {
            var paper = "2501.0000" + p;
            mentions.add(new WeightedMention(paper, "reinforcement learning", 1.0));
            mentions.add(new WeightedMention(paper, p % 2 == 0 ? "ppo" : "policy gradient", 0.7));
            mentions.add(new WeightedMention(paper, "reward model", 0.6));
            mentions.add(new WeightedMention(paper, "large language model", 0.5));
        }
        mentions.add(new WeightedMention("2501.00009", "graph neural network", 1.0));
        mentions.add(new WeightedMention("2501.00009", "message passing", 1.0));
        mentions.add(new WeightedMention("2501.00010", "quantum annealing", 1.0));
        return new CooccurrenceGraph(terms, edges, mentions);
    }

    private static void clique(List<CoOccurrence> edges, int papers, String... keys) {
        for (int i = 0; i < keys.length; i++) {
            for (int j = i + 1; j < keys.length; j++) {
                edges.add(CoOccurrence.of(keys[i], keys[j], papers, 0.5));
            }
        }
    }

    private static Set<Set<String>> partition(TopicClusters clusters) {
        return clusters.clusters().stream()
                .map(c -> c.members().stream().map(ClusterMember::termKey).collect(Collectors.toCollection(TreeSet::new)))
                .collect(Collectors.toSet());
    }

    private static TopicCluster clusterOf(TopicClusters clusters, String termKey) {
        return clusters.clusters().stream()
                .filter(c -> c.members().stream().anyMatch(m -> m.termKey().equals(termKey)))
                .findFirst().orElseThrow();
    }

    @Test
    void findsTheTwoTopicsFoldsTheSmallPairAndFlagsTheIsolatedTerm() {
        var result = TermClustering.inProcess(sample(), ClusterOptions.defaults());

        assertEquals(Set.of(
                Set.of("attention", "transformer", "self-attention", "positional encoding", "large language model"),
                Set.of("reinforcement learning", "policy gradient", "reward model", "ppo",
                        "graph neural network", "message passing"),
                Set.of("quantum annealing")), partition(result));
        var isolated = clusterOf(result, "quantum annealing");
        assertTrue(isolated.small());
        assertEquals("quantum annealing", isolated.id());
        assertFalse(clusterOf(result, "ppo").small());
        assertEquals(List.of(6, 5, 1), result.clusters().stream().map(TopicCluster::size).toList());
    }

    @Test
    void keepsTheSmallPairWhenTheMinimumSizeAllowsIt() {
        var result = TermClustering.inProcess(sample(), ClusterOptions.defaults().withMinClusterSize(1));

        var pair = clusterOf(result, "message passing");
        assertEquals(Set.of("graph neural network", "message passing"),
                pair.members().stream().map(ClusterMember::termKey).collect(Collectors.toSet()));
        assertFalse(pair.small());
    }

    @Test
    void sameDataInAnyOrderGivesTheSameClusters() {
        var graph = sample();
        var expected = TermClustering.inProcess(graph, ClusterOptions.defaults());
        var random = new Random(7);
        for (int round = 0; round < 5; round++) {
            var terms = new ArrayList<>(graph.terms());
            var edges = new ArrayList<>(graph.edges());
            var mentions = new ArrayList<>(graph.mentions());
            Collections.shuffle(terms, random);
            Collections.shuffle(edges, random);
            Collections.shuffle(mentions, random);
            var shuffled = TermClustering.inProcess(new CooccurrenceGraph(terms, edges, mentions), ClusterOptions.defaults());
            assertEquals(expected, shuffled);
        }
    }

    /** 400 terms in 8 planted topics with noise edges between them, and 600 papers mentioning them. */
    static CooccurrenceGraph planted(long seed) {
        var random = new Random(seed);
        var terms = new ArrayList<TermNode>();
        for (int i = 0; i < 400; i++) {
            terms.add(new TermNode(String.format("t%03d", i), "term " + i, List.of()));
        }
        var edges = new HashMap<String, CoOccurrence>();
        var mentions = new ArrayList<WeightedMention>();
        for (int p = 0; p < 600; p++) {
            int topic = p % 8;
            var picked = new TreeSet<Integer>();
            while (picked.size() < 6) {
                picked.add(random.nextDouble() < 0.85 ? topic * 50 + random.nextInt(50) : random.nextInt(400));
            }
            for (int t : picked) {
                mentions.add(new WeightedMention("p" + p, String.format("t%03d", t), 0.2 + random.nextDouble()));
                for (int u : picked.tailSet(t, false)) {
                    var key = t + "-" + u;
                    var old = edges.get(key);
                    edges.put(key, CoOccurrence.of(String.format("t%03d", t), String.format("t%03d", u),
                            old == null ? 1 : old.papers() + 1, 0));
                }
            }
        }
        return new CooccurrenceGraph(terms, new ArrayList<>(edges.values()), mentions);
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void recoversPlantedTopicsDeterministicallyOnALargerGraph() {
        var graph = planted(3);
        var first = TermClustering.inProcess(graph, ClusterOptions.defaults());
        var terms = new ArrayList<>(graph.terms());
        var edges = new ArrayList<>(graph.edges());
        var mentions = new ArrayList<>(graph.mentions());
        Collections.shuffle(terms, new Random(1));
        Collections.shuffle(edges, new Random(2));
        Collections.shuffle(mentions, new Random(3));
        assertEquals(first, TermClustering.inProcess(new CooccurrenceGraph(terms, edges, mentions), ClusterOptions.defaults()));

        // Most members of each large cluster come from one planted topic.
        for (var cluster : first.clusters().stream().filter(c -> c.size() >= 20).toList()) {
            var topics = cluster.members().stream()
                    .collect(Collectors.groupingBy(m -> Integer.parseInt(m.termKey().substring(1)) / 50, Collectors.counting()));
            long dominant = topics.values().stream().mapToLong(Long::longValue).max().orElse(0);
            assertTrue(dominant >= 0.8 * cluster.size(), cluster.id() + " " + topics);
        }
        assertTrue(first.clusters().stream().filter(c -> c.size() >= 20).count() >= 6, first.clusters().size() + " clusters");
    }

    @Test
    void idsComeFromTheBestConnectedMember() {
        var result = TermClustering.inProcess(sample(), ClusterOptions.defaults());

        // The four clique members tie on internal weight (5+5+5+4); the smallest key wins the tie.
        var attention = clusterOf(result, "positional encoding");
        assertEquals("attention", attention.id());
        assertEquals(List.of("attention", "positional encoding", "self-attention", "transformer"),
                attention.members().subList(0, 4).stream().map(ClusterMember::termKey).toList());
        assertEquals(1.0, attention.members().get(3).weight());
        // "large language model" has 4+4+4+4 = 16 of 19 inside.
        assertEquals(16.0 / 19, attention.members().stream()
                .filter(m -> m.termKey().equals("large language model")).findFirst().orElseThrow().weight(), 1e-9);
        // "reinforcement learning" ties the other three (5+5+5, +1 to the folded pair) and wins.
        assertEquals("reinforcement learning", clusterOf(result, "ppo").id());
    }

    @Test
    void labelsPreferDistinctiveTermsOverOnesUsedEverywhere() {
        var result = TermClustering.inProcess(sample(), ClusterOptions.defaults());
        var attention = clusterOf(result, "attention");

        // "large language model" is mentioned by all eight papers, so it ranks last despite its frequency.
        assertEquals("large language model", attention.topTerms().get(attention.topTerms().size() - 1));
        assertEquals("Transformer / self-attention / positional encoding", attention.label());
        assertEquals("变换器 / 位置编码", attention.labelZh());
        assertEquals("强化学习 / 奖励模型", clusterOf(result, "ppo").labelZh().replace("图神经网络 / ", ""));
    }

    @Test
    void paperSharesSumToOneAndFollowTheMentions() {
        var result = TermClustering.inProcess(sample(), ClusterOptions.defaults());
        var byPaper = new HashMap<String, Double>();
        result.shares().forEach(s -> byPaper.merge(s.arxivId(), s.share(), Double::sum));
        byPaper.values().forEach(total -> assertEquals(1.0, total, 1e-9));
        assertEquals(10, byPaper.size());

        var rlId = clusterOf(result, "ppo").id();
        var paper5 = result.shares().stream().filter(s -> s.arxivId().equals("2501.00005")).toList();
        // 1.0 + 0.7 + 0.6 on the RL topic, 0.5 (large language model) on the attention topic.
        assertEquals(rlId, paper5.get(0).clusterId());
        assertEquals(2.3 / 2.8, paper5.get(0).share(), 1e-9);
        assertEquals(0.5 / 2.8, paper5.get(1).share(), 1e-9);
    }

    @Test
    void communitiesFromElsewhereGiveTheSameShape() {
        var graph = sample();
        var inProcess = TermClustering.inProcess(graph, ClusterOptions.defaults());
        Map<String, Long> communities = new HashMap<>();
        long n = 100;
        for (var cluster : inProcess.clusters()) {
            n += 7;
            for (var member : cluster.members()) {
                communities.put(member.termKey(), n);
            }
        }
        assertEquals(inProcess, TermClustering.fromCommunities(graph, communities, ClusterOptions.defaults()));
    }

    @Test
    void cpmSeparatesTheTwoTopicsToo() {
        var result = TermClustering.inProcess(sample(),
                ClusterOptions.defaults().withAlgorithm(ClusterAlgorithm.LEIDEN_CPM));

        assertNotEquals(clusterOf(result, "attention").id(), clusterOf(result, "ppo").id());
        assertEquals(clusterOf(result, "attention").id(), clusterOf(result, "positional encoding").id());
        assertEquals(clusterOf(result, "ppo").id(), clusterOf(result, "reward model").id());
    }

    @Test
    void higherModularityResolutionGivesAtLeastAsManyClusters() {
        var coarse = TermClustering.inProcess(sample(), ClusterOptions.defaults().withMinClusterSize(1).withResolution(0.2));
        var fine = TermClustering.inProcess(sample(), ClusterOptions.defaults().withMinClusterSize(1).withResolution(3.0));
        assertTrue(fine.clusters().size() > coarse.clusters().size(),
                coarse.clusters().size() + " vs " + fine.clusters().size());
    }

    @Test
    void emptyGraphGivesNoClusters() {
        var result = TermClustering.inProcess(new CooccurrenceGraph(List.of(), List.of(), List.of()), ClusterOptions.defaults());
        assertTrue(result.clusters().isEmpty());
        assertTrue(result.shares().isEmpty());
    }

    @Test
    void rejectsBadInput() {
        var term = new TermNode("a", "a", List.of());
        assertThrows(IllegalArgumentException.class,
                () -> new CooccurrenceGraph(List.of(term), List.of(CoOccurrence.of("a", "b", 1, 1)), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new CooccurrenceGraph(List.of(term, term), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> ClusterOptions.defaults().withResolution(0));
        assertThrows(IllegalArgumentException.class, () -> ClusterAlgorithm.fromCliName("louvain"));
        assertEquals(ClusterAlgorithm.LEIDEN_CPM, ClusterAlgorithm.fromCliName("leiden-cpm"));
    }

    @Test
    void labelsLeaveOutTermsWhoseCoOccurrencesSpreadOverOtherTopics() {
        var terms = new ArrayList<TermNode>();
        var edges = new ArrayList<CoOccurrence>();
        var mentions = new ArrayList<WeightedMention>();
        for (var topic : List.of("graph", "speech", "protein")) {
            var keys = new ArrayList<String>();
            for (int i = 1; i <= 4; i++) {
                keys.add(topic + " term " + i);
                terms.add(new TermNode(topic + " term " + i, topic + " term " + i, List.of()));
            }
            clique(edges, 5, keys.toArray(String[]::new));
            // Tied to its own topic (3 papers per term) and to the two others (2 each): mostly outside.
            keys.forEach(key -> edges.add(CoOccurrence.of("high-quality", key, topic.equals("graph") ? 3 : 2, 0.1)));
            for (int p = 1; p <= 4; p++) {
                var paper = topic + "-" + p;
                keys.forEach(key -> mentions.add(new WeightedMention(paper, key, 0.5)));
                mentions.add(new WeightedMention(paper, "high-quality", topic.equals("graph") ? 1.0 : 0.05));
            }
        }
        terms.add(new TermNode("high-quality", "high-quality", List.of()));

        var graph = clusterOf(TermClustering.inProcess(new CooccurrenceGraph(terms, edges, mentions),
                ClusterOptions.defaults()), "graph term 1");

        assertTrue(graph.members().stream().anyMatch(m -> m.termKey().equals("high-quality")), graph.members().toString());
        assertEquals("high-quality", graph.topTerms().get(0), "the most distinctive term of the cluster by its mentions");
        assertFalse(graph.label().contains("high-quality"), graph.label());
    }

    @Test
    void labelsNameTopicsWithNamesThenPhrasesThenSingleWords() {
        var data = new TermNode("datum", "data", List.of());
        var token = new TermNode("token", "token", List.of());
        var kv = new TermNode("kv cache", "KV cache", List.of());
        var lora = new TermNode("low rank adaptation", "LoRA", List.of());
        var cost = new TermNode("computational cost", "computational cost", List.of());
        assertEquals(List.of(kv, lora, data), TermClustering.labelTerms(List.of(data, kv, token, lora)));
        assertEquals(List.of(kv, lora, cost), TermClustering.labelTerms(List.of(cost, data, kv, token, lora)));
        var gpt = new TermNode("gpt 4", "GPT-4", List.of());
        assertEquals(List.of(kv, lora, gpt), TermClustering.labelTerms(List.of(cost, data, kv, token, lora, gpt)));
        assertEquals(List.of(data, token), TermClustering.labelTerms(List.of(data, token)));
    }

}
