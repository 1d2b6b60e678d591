package io.papergraph.extractor.terms;

import io.papergraph.extractor.terms.PaperTerms.AcronymDefinition;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The corpus sums a term ranking is made of, kept between loads so that adding, changing or removing papers re-ranks
 * only what they change instead of every paper again: the acronym votes, per resolved key the sums the score is
 * made of (document frequency, occurrences, standalone occurrences, Chinese names' votes), the surface forms of the
 * kept terms, and per paper its resolved keys and its mentions of the kept terms. After any sequence of updates
 * {@link #terms()} and the mentions equal what {@link TermIndex#build} gives for the papers the state then holds:
 * every sum is of integers, so the order papers came in does not show.
 *
 * <p>An update re-merges the papers it adds and removes, the papers whose acronym resolution it changes and the
 * papers of keys that become or stop being terms; the findings of the last two kinds are asked for by id.
 */
public final class RankingState {

    /** Version of the ranking and of the serialised form: a state written by another version is not read. */
    private static final int FORMAT = 3;

    /** Papers merged in parallel at a time. */
    private static final int CHUNK = 2048;

    private final TermOptions options;

    private final Map<String, Integer> slots = new HashMap<>();
    private final List<PaperSlot> papers = new ArrayList<>();
    private final List<Integer> freeSlots = new ArrayList<>();

    /** Per acronym key, per expansion key, the papers defining the acronym by it. */
    private final TreeMap<String, Map<String, Integer>> votes = new TreeMap<>();
    private AcronymResolver resolver = AcronymResolver.ofVotes(new TreeMap<>());

    private final Map<String, Integer> keyIds = new HashMap<>();
    private final List<RankedKey> keys = new ArrayList<>();
    /**
     * Occurrences of all candidates whose key is a single word before the thesaurus: the corpus side of
     * {@link Specificity} ({@link TermRanker.Merged#singleWords}).
     */
    private long singleWords;
    /** Those of them standing alone. */
    private long singleWordsAlone;

    private RankingState(TermOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The state of ranking the given papers from nothing, and the mentions of each. */
    public static Ranked of(Collection<PaperTerms> papers, TermOptions options) {
        var state = new RankingState(options);
        var update = state.update(List.of(), papers, ids -> {
            throw new IllegalStateException("a first ranking asks for no stored findings");
        });
        return new Ranked(state, update);
    }

    /** A state and what its last update gave. */
    public record Ranked(RankingState state, Update update) {
    }

    /**
     * What an update changed.
     *
     * @param mentions per paper whose mentions were computed again (every added one among them), its mentions of the
     *                 kept terms, highest weight first; the other papers' mentions are as before
     * @param removed  papers the state no longer holds
     */
    public record Update(Map<String, List<TermMention>> mentions, Set<String> removed) {

        public Update {
            mentions = Map.copyOf(mentions);
            removed = Set.copyOf(removed);
        }
    }

    public TermOptions options() {
        return options;
    }

    /** The number of papers the state holds. */
    public int papers() {
        return slots.size();
    }

    /** Whether the state holds the paper. */
    public boolean holds(String arxivId) {
        return slots.containsKey(arxivId);
    }

    /**
     * Removes the {@code removed} findings (as they were added before: papers that leave or change) and adds the
     * {@code added} ones (papers that arrive or change), then ranks again what that changes.
     *
     * @param findings the findings the state holds of the given papers (neither removed nor added here), for papers
     *                 whose resolution or terms changed; each asked for once per update
     */
    public Update update(Collection<PaperTerms> removed, Collection<PaperTerms> added,
            Function<Set<String>, Collection<PaperTerms>> findings) {
        var removedIds = new HashSet<String>();
        for (var p : removed) {
            if (!slots.containsKey(p.arxivId()) || !removedIds.add(p.arxivId())) {
                throw new IllegalArgumentException("the state does not hold paper " + p.arxivId() + " (or it is removed twice)");
            }
        }
        var addedById = new HashMap<String, PaperTerms>();
        for (var p : added) {
            if (addedById.put(p.arxivId(), p) != null) {
                throw new IllegalArgumentException("two term analyses for paper " + p.arxivId());
            }
            if (slots.containsKey(p.arxivId()) && !removedIds.contains(p.arxivId())) {
                throw new IllegalArgumentException("paper " + p.arxivId() + " is held already; remove its findings first");
            }
        }
        var before = resolver;
        removed.forEach(p -> vote(p, -1));
        added.forEach(p -> vote(p, 1));
        resolver = AcronymResolver.ofVotes(votes);

        // Papers whose merge the new resolution changes: some raw key of theirs is resolved otherwise now. A raw key
        // resolves to itself or to its corpus key, so those papers hold one of these as resolved keys.
        var resolutionProbe = new BitSet();
        for (var key : before.changedKeys(resolver)) {
            probe(resolutionProbe, key);
            probe(resolutionProbe, before.corpusKey(key));
        }
        var affectedIds = papersWith(resolutionProbe);
        affectedIds.removeAll(removedIds);
        affectedIds.removeAll(addedById.keySet());
        var held = new HashMap<String, PaperTerms>();
        fetch(affectedIds, held, findings);

        var touched = new BitSet();
        var leaving = new ArrayList<PaperTerms>(removed);
        leaving.addAll(held.values());
        mergeAll(leaving, before, (paper, merged) -> contribute(paper, merged, before, -1, touched));
        for (var id : removedIds) {
            if (!addedById.containsKey(id)) {
                int slot = slots.remove(id);
                papers.set(slot, null);
                freeSlots.add(slot);
            }
        }
        var arriving = new ArrayList<PaperTerms>(added);
        arriving.addAll(held.values());
        var newResolver = resolver;
        mergeAll(arriving, newResolver, (paper, merged) -> {
            var slot = slotOf(paper.arxivId());
            slot.keys = contribute(paper, merged, newResolver, 1, touched);
        });

        // Keys that become terms get their forms from every paper holding them; keys that stop lose them. Single-word
        // keys are all looked at, touched or not: their specificity depends on the corpus's single-word occurrences,
        // which any update changes; so are the phrases whose count of longer phrases changed.
        RankedKey.countHeads(keys, touched);
        var flipped = new BitSet();
        var totals = new Specificity.WordTotals(singleWords, singleWordsAlone);
        for (int id = 0; id < keys.size(); id++) {
            var k = keys.get(id);
            if (k.words != 1 && !touched.get(id)) {
                continue;
            }
            boolean kept = TermRanker.isTerm(k.key, k.words, k.df, k.freq, k.standalone, k.isOwnPhrase(), k.named, totals,
                    options);
            if (kept != k.kept) {
                flipped.set(id);
                k.kept = kept;
                k.forms = kept ? new HashMap<>() : null;
                k.acronymForms = kept ? new HashMap<>() : null;
            }
        }
        var remerge = papersWith(flipped);
        var mentionsDue = new HashSet<>(remerge);
        mentionsDue.addAll(addedById.keySet());
        mentionsDue.addAll(affectedIds);
        var fetchIds = new HashSet<>(mentionsDue);
        fetchIds.removeAll(addedById.keySet());
        fetchIds.removeAll(held.keySet());
        fetch(fetchIds, held, findings);
        var due = new ArrayList<PaperTerms>(mentionsDue.size());
        for (var id : mentionsDue) {
            due.add(addedById.containsKey(id) ? addedById.get(id) : held.get(id));
        }
        due.sort(Comparator.comparing(PaperTerms::arxivId));
        var out = new LinkedHashMap<String, List<TermMention>>();
        var remergeIds = new HashSet<>(remerge);
        mergeAll(due, newResolver, (paper, merged) -> {
            if (remergeIds.contains(paper.arxivId())) {
                merged.byKey().forEach((key, m) -> {
                    Integer id = keyIds.get(key);
                    if (flipped.get(id) && keys.get(id).kept) {
                        TermRanker.addForms(m.longForms, keys.get(id).forms, 1);
                        TermRanker.addForms(m.acronyms, keys.get(id).acronymForms, 1);
                    }
                });
            }
        }, merged -> TermRanker.mentions(merged, key -> {
            var k = keys.get(keyIds.get(key));
            return k.kept ? k.words : 0;
        }), (paper, mentions) -> {
            var slot = slotOf(paper.arxivId());
            slot.mentionKeys = new int[mentions.size()];
            slot.mentionWeights = new double[mentions.size()];
            for (int i = 0; i < mentions.size(); i++) {
                slot.mentionKeys[i] = keyIds.get(mentions.get(i).termKey());
                slot.mentionWeights[i] = mentions.get(i).weight();
            }
            out.put(paper.arxivId(), mentions);
        });
        scores();
        var gone = new HashSet<>(removedIds);
        gone.removeAll(addedById.keySet());
        return new Update(out, gone);
    }

    /** Adds ({@code sign} 1) or removes (-1) a paper's votes: each (acronym, expansion) it defines counts once. */
    private void vote(PaperTerms paper, int sign) {
        var seen = new HashSet<String>();
        for (AcronymDefinition def : paper.acronyms()) {
            if (!seen.add(def.acronymKey() + '\u0000' + def.expansionKey())) {
                continue;
            }
            var expansions = votes.computeIfAbsent(def.acronymKey(), k -> new HashMap<>());
            int n = expansions.getOrDefault(def.expansionKey(), 0) + sign;
            if (n < 0) {
                throw new IllegalStateException("internal error: the votes for " + def.acronymKey() + " went below zero");
            }
            if (n == 0) {
                expansions.remove(def.expansionKey());
                if (expansions.isEmpty()) {
                    votes.remove(def.acronymKey());
                }
            } else {
                expansions.put(def.expansionKey(), n);
            }
        }
    }

    private void probe(BitSet probe, String key) {
        Integer id = keyIds.get(key);
        if (id != null) {
            probe.set(id);
        }
    }

    /** The papers holding any of the keys set in {@code probe} (a scan of every paper's key ids). */
    private Set<String> papersWith(BitSet probe) {
        var out = new HashSet<String>();
        if (probe.isEmpty()) {
            return out;
        }
        for (var slot : papers) {
            if (slot == null || slot.keys == null) {
                continue;
            }
            for (int id : slot.keys) {
                if (probe.get(id)) {
                    out.add(slot.arxivId);
                    break;
                }
            }
        }
        return out;
    }

    private static void fetch(Set<String> ids, Map<String, PaperTerms> into, Function<Set<String>, Collection<PaperTerms>> findings) {
        if (ids.isEmpty()) {
            return;
        }
        for (var p : findings.apply(Set.copyOf(ids))) {
            into.put(p.arxivId(), p);
        }
        for (var id : ids) {
            if (!into.containsKey(id)) {
                throw new IllegalStateException("the stored term findings of paper " + id + " were asked for and not given");
            }
        }
    }

    private PaperSlot slotOf(String arxivId) {
        Integer slot = slots.get(arxivId);
        if (slot == null) {
            var s = new PaperSlot(arxivId);
            if (freeSlots.isEmpty()) {
                slot = papers.size();
                papers.add(s);
            } else {
                slot = freeSlots.remove(freeSlots.size() - 1);
                papers.set(slot, s);
            }
            slots.put(arxivId, slot);
            return s;
        }
        return papers.get(slot);
    }

    private int idOf(String key) {
        Integer id = keyIds.get(key);
        if (id == null) {
            id = keys.size();
            keyIds.put(key, id);
            var k = new RankedKey(key);
            keys.add(k);
            k.inner = innerIds(key);
            // headPhrases hands on one suffix per word but the first and the last; both are inner phrases, so known.
            k.heads = new int[Math.max(0, k.words - 2)];
            k.boundaries = new int[k.heads.length];
            var n = new int[1];
            TermRanker.headPhrases(key, (suffix, boundary) -> {
                k.heads[n[0]] = keyIds.get(suffix);
                k.boundaries[n[0]++] = keyIds.get(boundary);
            });
        }
        return id;
    }

    /** The ids of the distinct shorter phrases inside a key (created as keys without sums when new). */
    private int[] innerIds(String key) {
        var at = TermRanker.wordStarts(key);
        int words = at.length - 1;
        if (words < 2) {
            return new int[0];
        }
        var inner = new java.util.TreeSet<Integer>();
        for (int i = 0; i < words; i++) {
            for (int j = i + 1; j <= words; j++) {
                if (j - i != words) {
                    inner.add(idOf(key.substring(at[i], at[j] - 1)));
                }
            }
        }
        return inner.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Adds or removes one merged paper's sums; returns the sorted ids of its resolved keys (candidates and Chinese
     * names). Forms are summed for the keys kept at this point.
     */
    private int[] contribute(PaperTerms paper, TermRanker.Merged merged, AcronymResolver resolution, int sign, BitSet touched) {
        var ids = new int[merged.byKey().size() + paper.namesZh().size()];
        int n = 0;
        singleWords += sign * merged.singleWords();
        singleWordsAlone += sign * merged.singleWordsAlone();
        for (var e : merged.byKey().entrySet()) {
            var m = e.getValue();
            int id = idOf(e.getKey());
            ids[n++] = id;
            touched.set(id);
            var k = keys.get(id);
            k.df += sign;
            k.freq += sign * m.count;
            k.standalone += sign * m.standalone;
            k.named += sign * m.named;
            if (k.kept) {
                TermRanker.addForms(m.longForms, k.forms, sign);
                TermRanker.addForms(m.acronyms, k.acronymForms, sign);
            }
        }
        var namesSeen = new HashSet<String>();
        var resolve = TermRanker.keysOf(paper, resolution, options.thesaurus());
        for (var name : paper.namesZh()) {
            var key = resolve.apply(name.key());
            if (!key.isEmpty() && namesSeen.add(key + '\u0000' + name.name())) {
                int id = idOf(key);
                ids[n++] = id;
                touched.set(id);
                var k = keys.get(id);
                if (k.namesZh == null) {
                    k.namesZh = new HashMap<>(2);
                }
                TermRanker.addCount(k.namesZh, name.name(), sign);
                if (k.namesZh.isEmpty()) {
                    k.namesZh = null;
                }
            }
        }
        return java.util.Arrays.stream(ids, 0, n).sorted().distinct().toArray();
    }

    /** Merges the papers on all cores a chunk at a time and hands each on in order. */
    private void mergeAll(List<PaperTerms> papers, AcronymResolver resolution,
            java.util.function.BiConsumer<PaperTerms, TermRanker.Merged> each) {
        mergeAll(papers, resolution, each, merged -> null, (paper, none) -> { });
    }

    /**
     * Merges the papers on all cores a chunk at a time, derives {@code derive} of each merge there too, and hands
     * each merge and derived value on in order.
     */
    private <T> void mergeAll(List<PaperTerms> papers, AcronymResolver resolution,
            java.util.function.BiConsumer<PaperTerms, TermRanker.Merged> each, Function<TermRanker.Merged, T> derive,
            java.util.function.BiConsumer<PaperTerms, T> then) {
        for (int from = 0; from < papers.size(); from += CHUNK) {
            var chunk = papers.subList(from, Math.min(papers.size(), from + CHUNK));
            var merged = chunk.parallelStream().map(p -> TermRanker.merge(p, resolution, options.thesaurus())).toList();
            for (int i = 0; i < chunk.size(); i++) {
                each.accept(chunk.get(i), merged.get(i));
            }
            var derived = merged.parallelStream().map(derive).toList();
            for (int i = 0; i < chunk.size(); i++) {
                then.accept(chunk.get(i), derived.get(i));
            }
        }
    }

    /** The C-value and score of every kept key, from the frequencies of the live keys containing it. */
    private void scores() {
        for (var k : keys) {
            if (k.kept) {
                k.longerSum = 0;
                k.longerN = 0;
            }
        }
        for (var longer : keys) {
            if (!longer.live()) {
                continue;
            }
            for (int id : longer.inner) {
                var k = keys.get(id);
                if (k.kept) {
                    k.longerSum += longer.freq;
                    k.longerN++;
                }
            }
        }
        for (var k : keys) {
            if (k.kept) {
                k.score = TermRanker.score(TermRanker.cvalue(k.words, k.freq, k.longerSum, k.longerN), k.df, k.standalone, k.freq);
            }
        }
    }

    /** The kept terms, best score first (ties by key), as {@link TermIndex#build} gives them. */
    public List<Term> terms() {
        var kept = keys.stream().filter(k -> k.kept).toList();
        var terms = new ArrayList<>(kept.parallelStream().map(k -> TermRanker.term(k.key, k.forms, k.acronymForms,
                k.namesZh == null ? Map.of() : k.namesZh, k.df, k.score, options.thesaurus().nameOf(k.key))).toList());
        terms.sort(Comparator.comparingDouble(Term::score).reversed().thenComparing(Term::key));
        return terms;
    }

    /** Receives one mention of a kept term. */
    public interface MentionSink {
        void accept(String arxivId, String termKey, double weight);
    }

    /** Hands every held paper's mentions of the kept terms on: paper by paper, highest weight first within one. */
    public void forEachMention(MentionSink sink) {
        for (var slot : papers) {
            if (slot == null) {
                continue;
            }
            for (int i = 0; i < slot.mentionKeys.length; i++) {
                sink.accept(slot.arxivId, keys.get(slot.mentionKeys[i]).key, slot.mentionWeights[i]);
            }
        }
    }

    /** The number of mentions of kept terms the held papers have. */
    public long mentionCount() {
        long n = 0;
        for (var slot : papers) {
            if (slot != null) {
                n += slot.mentionKeys.length;
            }
        }
        return n;
    }

    // ---- serialised form ----------------------------------------------------------------------------------

    /** Writes the state; {@link #read} gives it back for the same options. */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(FORMAT);
        out.writeUTF(options.rankingFingerprint());
        out.writeLong(singleWords);
        out.writeLong(singleWordsAlone);
        var liveIds = new int[keys.size()];
        java.util.Arrays.fill(liveIds, -1);
        var written = new ArrayList<RankedKey>();
        for (int id = 0; id < keys.size(); id++) {
            var k = keys.get(id);
            if (k.live() || k.kept) {
                liveIds[id] = written.size();
                written.add(k);
            }
        }
        out.writeInt(written.size());
        for (var k : written) {
            out.writeUTF(k.key);
            out.writeInt(k.df);
            out.writeInt(k.freq);
            out.writeInt(k.standalone);
            out.writeInt(k.named);
            CountMaps.write(out, k.namesZh);
            out.writeBoolean(k.kept);
            if (k.kept) {
                CountMaps.write(out, k.forms);
                CountMaps.write(out, k.acronymForms);
            }
        }
        out.writeInt(votes.size());
        for (var e : votes.entrySet()) {
            out.writeUTF(e.getKey());
            CountMaps.write(out, e.getValue());
        }
        out.writeInt(slots.size());
        for (var slot : papers) {
            if (slot == null) {
                continue;
            }
            out.writeUTF(slot.arxivId);
            out.writeInt(slot.keys.length);
            for (int id : slot.keys) {
                out.writeInt(liveIds[id]);
            }
            out.writeInt(slot.mentionKeys.length);
            for (int i = 0; i < slot.mentionKeys.length; i++) {
                out.writeInt(liveIds[slot.mentionKeys[i]]);
                out.writeDouble(slot.mentionWeights[i]);
            }
        }
    }

    /**
     * Reads a state {@link #write} wrote. Empty when it was written by another version or for other options: such a
     * state is ranked again from the findings.
     */
    public static java.util.Optional<RankingState> read(DataInputStream in, TermOptions options) throws IOException {
        if (in.readInt() != FORMAT || !in.readUTF().equals(options.rankingFingerprint())) {
            return java.util.Optional.empty();
        }
        var state = new RankingState(options);
        state.singleWords = in.readLong();
        state.singleWordsAlone = in.readLong();
        int keyCount = in.readInt();
        var ids = new int[keyCount];
        for (int i = 0; i < keyCount; i++) {
            int id = state.idOf(in.readUTF());
            ids[i] = id;
            var k = state.keys.get(id);
            k.df = in.readInt();
            k.freq = in.readInt();
            k.standalone = in.readInt();
            k.named = in.readInt();
            k.namesZh = CountMaps.read(in);
            k.kept = in.readBoolean();
            if (k.kept) {
                k.forms = CountMaps.nonNull(CountMaps.read(in));
                k.acronymForms = CountMaps.nonNull(CountMaps.read(in));
            }
        }
        int voteCount = in.readInt();
        for (int i = 0; i < voteCount; i++) {
            state.votes.put(in.readUTF(), CountMaps.nonNull(CountMaps.read(in)));
        }
        state.resolver = AcronymResolver.ofVotes(state.votes);
        int paperCount = in.readInt();
        for (int i = 0; i < paperCount; i++) {
            var slot = state.slotOf(in.readUTF());
            slot.keys = new int[in.readInt()];
            for (int j = 0; j < slot.keys.length; j++) {
                slot.keys[j] = ids[in.readInt()];
            }
            java.util.Arrays.sort(slot.keys);
            int mentions = in.readInt();
            slot.mentionKeys = new int[mentions];
            slot.mentionWeights = new double[mentions];
            for (int j = 0; j < mentions; j++) {
                slot.mentionKeys[j] = ids[in.readInt()];
                slot.mentionWeights[j] = in.readDouble();
            }
        }
        RankedKey.countHeads(state.keys, new BitSet());
        state.scores();
        return java.util.Optional.of(state);
    }


}
