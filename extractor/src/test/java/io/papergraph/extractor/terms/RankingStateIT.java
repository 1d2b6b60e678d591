package io.papergraph.extractor.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.DigestCorpusReader;
import io.papergraph.extractor.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ranking state updated paper set by paper set gives what ranking the papers it then holds from nothing gives:
 * terms, and every paper's mentions. The papers are the sample corpus's, analysed once; sets are added, changed
 * (findings of other papers under their ids, so that votes and keys move) and removed in random order. And the
 * thesaurus that {@code papergraph report vocabulary} drafts, each term's name replaced by itself, ranks the same.
 */
class RankingStateIT {

    private static List<PaperTerms> sample;

    @BeforeAll
    static void analyseSampleCorpus() {
        var corpus = new DigestCorpusReader().read(List.of(Fixtures.SAMPLE_CORPUS));
        sample = TermExtractor.create(TermOptions.defaults().withThreads(2)).analyzeAll(corpus.papers());
        assertEquals(411, sample.size());
    }

    @Test
    void aThesaurusOfTheTermsOwnNamesChangesNothing(@TempDir Path dir) throws IOException {
        var vocabulary = TermIndex.build(sample, TermOptions.defaults()).terms();
        var draft = new StringBuilder("label\treplace by\tpapers\n");
        vocabulary.forEach(t -> draft.append(t.name()).append('\t').append(t.name()).append('\t').append(t.df()).append('\n'));
        var file = Files.writeString(dir.resolve("thesaurus.txt"), draft);

        var read = Thesaurus.read(file);

        assertEquals(List.of(), read.problems());
        assertEquals(vocabulary.size(), read.thesaurus().replacements().size(), "each name its own label");
        assertEquals(vocabulary, TermIndex.build(sample, TermOptions.defaults().withThesaurus(read.thesaurus())).terms());
    }

    @Test
    void aThesaurusThatDropsTermsDropsThemAndLetsNoOtherWordIn(@TempDir Path dir) throws IOException {
        var vocabulary = TermIndex.build(sample, TermOptions.defaults()).terms();
        var dropped = vocabulary.stream().filter(t -> !t.key().contains(" ")).sorted(Comparator.comparingInt(Term::df).reversed())
                .limit(10).toList();
        var text = new StringBuilder("label\treplace by\n");
        dropped.forEach(t -> text.append(t.name()).append("\t\n"));
        var options = TermOptions.defaults().withThesaurus(Thesaurus.read(Files.writeString(dir.resolve("drop.txt"), text)).thesaurus());

        var after = TermIndex.build(sample, options).terms();

        var expected = new ArrayList<>(vocabulary.stream().map(Term::key).toList());
        dropped.forEach(t -> expected.remove(t.key()));
        assertEquals(expected.stream().sorted().toList(), after.stream().map(Term::key).sorted().toList(),
                "the words' share of the corpus is the corpus's, whatever the thesaurus drops");
        var held = new TreeMap<String, PaperTerms>();
        sample.subList(0, 300).forEach(p -> held.put(p.arxivId(), p));
        var ranked = RankingState.of(held.values(), options);
        var mentions = new HashMap<String, List<TermMention>>(ranked.update().mentions());
        var state = roundTrip(ranked.state(), options);
        var day = sample.subList(300, sample.size());
        apply(mentions, state.update(List.of(), day, ids -> lookUp(ids, held)));
        day.forEach(p -> held.put(p.arxivId(), p));
        assertSameAsFromNothing(state, held, mentions, options);
    }

    @Test
    void papersAddedDayByDayRankAsAllAtOnce() {
        var options = TermOptions.defaults();
        var shuffled = new ArrayList<>(sample);
        java.util.Collections.shuffle(shuffled, new Random(7));
        var first = shuffled.subList(0, 150);
        var ranked = RankingState.of(first, options);
        var held = new TreeMap<String, PaperTerms>();
        first.forEach(p -> held.put(p.arxivId(), p));
        var mentions = new HashMap<String, List<TermMention>>(ranked.update().mentions());
        assertSameAsFromNothing(ranked.state(), held, mentions, options);
        for (int from = 150; from < shuffled.size(); from += 65) {
            var day = shuffled.subList(from, Math.min(shuffled.size(), from + 65));
            var update = ranked.state().update(List.of(), day, ids -> lookUp(ids, held));
            day.forEach(p -> held.put(p.arxivId(), p));
            apply(mentions, update);
            assertSameAsFromNothing(ranked.state(), held, mentions, options);
        }
    }

    @Test
    void changedAndRemovedPapersRankAsTheirRestFromNothing() throws IOException {
        var options = TermOptions.defaults().withMinDf(3);
        var random = new Random(11);
        var held = new TreeMap<String, PaperTerms>();
        sample.subList(0, 300).forEach(p -> held.put(p.arxivId(), p));
        var ranked = RankingState.of(held.values(), options);
        var state = ranked.state();
        var mentions = new HashMap<String, List<TermMention>>(ranked.update().mentions());
        var spare = new ArrayList<>(sample.subList(300, sample.size()));
        for (int round = 0; round < 6; round++) {
            var ids = new ArrayList<>(held.keySet());
            var removed = new ArrayList<PaperTerms>();
            var added = new ArrayList<PaperTerms>();
            var picked = new HashSet<String>();
            for (int i = 0; i < 25; i++) {
                String id = ids.get(random.nextInt(ids.size()));
                if (!picked.add(id)) {
                    continue;
                }
                removed.add(held.get(id));
                if (i % 2 == 0 && !spare.isEmpty()) {
                    // The paper changes: another paper's findings under its id.
                    var other = spare.remove(spare.size() - 1);
                    added.add(new PaperTerms(id, other.candidates(), other.acronyms(), other.namesZh()));
                }
            }
            for (int i = 0; i < 10 && !spare.isEmpty(); i++) {
                added.add(spare.remove(spare.size() - 1));
            }
            var update = state.update(removed, added, wanted -> lookUp(wanted, held));
            removed.forEach(p -> held.remove(p.arxivId()));
            added.forEach(p -> held.put(p.arxivId(), p));
            apply(mentions, update);
            assertSameAsFromNothing(state, held, mentions, options);
            if (round == 2) {
                state = roundTrip(state, options);
                assertSameAsFromNothing(state, held, mentions, options);
            }
        }
    }

    @Test
    void aStateWrittenForOtherOptionsIsNotRead() throws IOException {
        var state = RankingState.of(sample.subList(0, 40), TermOptions.defaults()).state();
        var bytes = new ByteArrayOutputStream();
        state.write(new DataOutputStream(bytes));
        var in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        assertFalse(RankingState.read(in, TermOptions.defaults().withMinDf(3)).isPresent());
    }

    private static RankingState roundTrip(RankingState state, TermOptions options) throws IOException {
        var bytes = new ByteArrayOutputStream();
        state.write(new DataOutputStream(bytes));
        var read = RankingState.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), options);
        assertTrue(read.isPresent());
        return read.get();
    }

    private static Collection<PaperTerms> lookUp(Set<String> ids, Map<String, PaperTerms> held) {
        return ids.stream().map(held::get).toList();
    }

    private static void apply(Map<String, List<TermMention>> mentions, RankingState.Update update) {
        update.removed().forEach(mentions::remove);
        mentions.putAll(update.mentions());
    }

    private static void assertSameAsFromNothing(RankingState state, Map<String, PaperTerms> held,
            Map<String, List<TermMention>> mentions, TermOptions options) {
        var expected = TermIndex.build(held.values(), options);
        assertEquals(expected.terms(), state.terms());
        assertEquals(held.size(), state.papers());
        var expectedByPaper = new TreeMap<String, List<TermMention>>();
        expected.mentions().forEach(m -> expectedByPaper.computeIfAbsent(m.arxivId(), k -> new ArrayList<>()).add(m));
        var actual = new TreeMap<String, List<TermMention>>();
        mentions.forEach((paper, list) -> {
            if (!list.isEmpty()) {
                actual.put(paper, list);
            }
        });
        assertEquals(expectedByPaper, actual);
        var compact = new ArrayList<String>();
        state.forEachMention((paper, term, weight) -> compact.add(paper + ' ' + term + ' ' + weight));
        var expectedCompact = expected.mentions().stream().map(m -> m.arxivId() + ' ' + m.termKey() + ' ' + m.weight()).toList();
        assertEquals(expectedCompact.stream().sorted().toList(), compact.stream().sorted().toList());
        assertEquals(expected.mentions().size(), state.mentionCount());
        assertTrue(expected.terms().size() > 50, "the sample corpus has terms");
    }
}
