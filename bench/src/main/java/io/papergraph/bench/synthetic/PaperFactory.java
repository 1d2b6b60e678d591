package io.papergraph.bench.synthetic;

import io.papergraph.bench.synthetic.SourceMaterial.Frame;
import io.papergraph.bench.synthetic.SourceMaterial.TermName;
import io.papergraph.extractor.model.ChineseTexts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.RejectionInversionZipfSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;

/**
 * Makes the papers of a synthetic corpus. Paper {@code n} is computed from the seed and {@code n} alone:
 * <ul>
 *   <li>authors: a research group (groups drawn Zipf-like, so some publish a lot) gives one to four members,
 *       plus recurring authors drawn Zipf-like from the whole pool and a few one-off authors;</li>
 *   <li>terms: a main term and up to two more, drawn Zipf-like by rank from the {@link TermVocabulary}, each
 *       defined as {@code Long Form (ACR)} in the English abstract and as {@code 中文名（ACR）} where the
 *       sample pairs one;</li>
 *   <li>texts: real sentences of the sample recombined (opening, middle, closing), real Chinese fields.</li>
 * </ul>
 */
final class PaperFactory {

    /** Stream families (see {@link Seeds}). */
    static final long PAPERS = 1;
    static final long GROUPS = 2;

    private static final Pattern CONNECTOR = Pattern.compile(" (?:for|via|with|in|of|from|using|through) ");
    /** Terms ranked below this are too common to name a system in a title. */
    private static final int COMMON_TERMS = 50;
    private static final String[] ANNOUNCE_TYPES = {"new", "cross", "replace", "replace-cross"};
    private static final double[] ANNOUNCE_WEIGHTS = {0.55, 0.25, 0.10, 0.10};

    private final long seed;
    private final SourceMaterial material;
    private final TermVocabulary vocabulary;
    private final AuthorPool authors;
    private final long recurringAuthors;
    private final int groups;
    private final List<String[]> titleParts;
    private final SharedStateDiscreteSampler termRank;
    private final SharedStateDiscreteSampler groupRank;
    private final SharedStateDiscreteSampler recurringAuthor;
    private final SharedStateDiscreteSampler memberAuthor;
    private final SharedStateDiscreteSampler categoryRank;

    PaperFactory(long seed, long papers, SourceMaterial material) {
        this.seed = seed;
        this.material = material;
        this.vocabulary = new TermVocabulary(material.terms(), (int) Math.min(Integer.MAX_VALUE - 1, Math.max(500, papers / 2)));
        this.authors = new AuthorPool(material.givenNames(), material.familyNames());
        this.recurringAuthors = Math.max(200, papers);
        this.groups = (int) Math.min(Integer.MAX_VALUE - 1, Math.max(20, papers / 12));
        this.titleParts = material.titles().stream().map(PaperFactory::splitTitle).toList();
        var any = Seeds.stream(seed, 0, 0);
        this.termRank = RejectionInversionZipfSampler.of(any, vocabulary.size(), 1.0);
        this.groupRank = RejectionInversionZipfSampler.of(any, groups, 0.9);
        this.recurringAuthor = RejectionInversionZipfSampler.of(any, (int) Math.min(Integer.MAX_VALUE - 1, recurringAuthors), 1.0);
        this.memberAuthor = RejectionInversionZipfSampler.of(any, (int) Math.min(Integer.MAX_VALUE - 1, recurringAuthors), 0.7);
        this.categoryRank = RejectionInversionZipfSampler.of(any, ArxivCategories.BY_FREQUENCY.size(), 1.1);
    }

    int vocabularySize() {
        return vocabulary.size();
    }

    SyntheticPaper paper(long number, String arxivId) {
        var rng = Seeds.stream(seed, PAPERS, number);
        var ranks = termRanks(rng);
        var terms = ranks.stream().map(vocabulary::term).toList();
        var main = terms.get(0);
        var keys = authorKeys(number, rng);
        var names = keys.stream().map(authors::name).toList();
        var category = ArxivCategories.BY_FREQUENCY.get(categoryRank.withUniformRandomProvider(rng).sample() - 1);
        var tags = new ArrayList<String>();
        if (rng.nextDouble() < 0.3) {
            tags.add(pick(rng, material.tags()));
        }
        String type = ANNOUNCE_TYPES[weighted(rng, ANNOUNCE_WEIGHTS)];
        int version = type.startsWith("replace") ? 2 + rng.nextInt(2) : 1;
        return new SyntheticPaper(number, arxivId, version, title(rng, main, ranks.get(0)), names, keys, category, tags,
                englishAbstract(rng, terms), chinese(rng, terms), type, terms, ranks);
    }

    private List<Integer> termRanks(UniformRandomProvider rng) {
        var sampler = termRank.withUniformRandomProvider(rng);
        int count = 1 + rng.nextInt(3);
        var ranks = new LinkedHashSet<Integer>();
        for (int i = 0; i < count; i++) {
            ranks.add(sampler.sample() - 1);
        }
        return List.copyOf(ranks);
    }

    private List<Long> authorKeys(long number, UniformRandomProvider rng) {
        var keys = new LinkedHashSet<Long>();
        int group = groupRank.withUniformRandomProvider(rng).sample() - 1;
        var members = groupMembers(group);
        var external = recurringAuthor.withUniformRandomProvider(rng);
        int externals = rng.nextInt(3);
        for (int i = 0; i < externals; i++) {
            keys.add((long) external.sample() - 1);
        }
        int oneOffs = rng.nextInt(4);
        for (int i = 0; i < oneOffs; i++) {
            keys.add(recurringAuthors + number * 4 + i);
        }
        // Group members other than the head: up to three, a run starting anywhere in the group.
        int others = members.size() - 1;
        int students = Math.min(others, rng.nextInt(4));
        int start = others == 0 ? 0 : rng.nextInt(others);
        for (int i = 0; i < students; i++) {
            keys.add(members.get(1 + (start + i) % others));
        }
        // The group's head last, as bylines usually go.
        keys.remove(members.get(0));
        keys.add(members.get(0));
        var byline = new ArrayList<>(keys);
        if (byline.size() > 1 && rng.nextDouble() < 0.5) {
            // Shuffle everyone but the head, deterministically.
            for (int i = byline.size() - 2; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                var t = byline.get(i);
                byline.set(i, byline.get(j));
                byline.set(j, t);
            }
        }
        return byline;
    }

    /** A group's members, head first: computed from the group's own stream, so groups cost no memory. */
    private List<Long> groupMembers(int group) {
        var rng = Seeds.stream(seed, GROUPS, group);
        var sampler = memberAuthor.withUniformRandomProvider(rng);
        int size = 3 + rng.nextInt(7);
        var members = new LinkedHashSet<Long>();
        members.add((long) recurringAuthor.withUniformRandomProvider(rng).sample() - 1);
        for (int i = 1; i < size; i++) {
            members.add((long) sampler.sample() - 1);
        }
        return List.copyOf(members);
    }

    /**
     * The first half of one sample title joined to the second half of another at a connector ({@code for},
     * {@code via}...), with the main term's acronym as system name in front when the term is not one of the
     * common ones ({@code MTLM: ...}, never {@code LLMs: ...}).
     */
    private String title(UniformRandomProvider rng, TermName main, int mainRank) {
        var first = pick(rng, titleParts);
        var second = pick(rng, titleParts);
        var title = first.length == 2 && second.length == 2 ? first[0] + second[1] : pick(rng, material.titles());
        boolean systemName = mainRank >= COMMON_TERMS && !title.contains(":") && rng.nextDouble() < 0.6;
        return systemName ? main.acronym() + ": " + title : title;
    }

    private static String[] splitTitle(String title) {
        var connector = CONNECTOR.matcher(title);
        return connector.find() && connector.start() > 0
                ? new String[] {title.substring(0, connector.start()), title.substring(connector.start())}
                : new String[] {title};
    }

    private String englishAbstract(UniformRandomProvider rng, List<TermName> terms) {
        var sentences = new ArrayList<String>();
        sentences.add(pick(rng, material.openingSentences()));
        int middles = 4 + rng.nextInt(4);
        for (int i = 0; i < middles; i++) {
            sentences.add(pick(rng, material.middleSentences()));
        }
        var main = terms.get(0);
        sentences.add(1 + rng.nextInt(2), fill(pick(rng, material.definitionFrames()), main.name() + " (" + main.acronym() + ")"));
        for (var other : terms.subList(1, terms.size())) {
            sentences.add(3 + rng.nextInt(sentences.size() - 3), fill(pick(rng, material.definitionFrames()),
                    other.name() + " (" + other.acronym() + ")"));
        }
        if (rng.nextDouble() < 0.7) {
            sentences.add(sentences.size() - 1 - rng.nextInt(2), fill(pick(rng, material.definitionFrames()), main.acronym()));
        }
        sentences.add(pick(rng, material.closingSentences()));
        return String.join(" ", sentences);
    }

    private ChineseTexts chinese(UniformRandomProvider rng, List<TermName> terms) {
        var main = terms.get(0);
        var summary = new StringBuilder();
        int sentences = 3 + rng.nextInt(4);
        int definitionAt = rng.nextInt(2);
        for (int i = 0; i < sentences; i++) {
            summary.append(i == definitionAt ? pick(rng, material.zhDefinitionFrames()).fill(zhPairing(main))
                    : pick(rng, material.zhSentences()));
        }
        var keywords = new LinkedHashSet<String>();
        keywords.add((main.nameZh() == null ? main.name() : main.nameZh()) + " (" + main.acronym() + ")");
        int more = 2 + rng.nextInt(3);
        for (int i = 0; i < more; i++) {
            keywords.add(pick(rng, material.zhKeywords()));
        }
        var method = pick(rng, material.methods());
        return new ChineseTexts(summary.toString(), pick(rng, material.tldrs()), pick(rng, material.motivations()),
                method, pick(rng, material.results()), pick(rng, material.conclusions()), List.copyOf(keywords));
    }

    private static String zhPairing(TermName term) {
        return term.nameZh() == null ? term.acronym() : term.nameZh() + "（" + term.acronym() + "）";
    }

    private static String fill(Frame frame, String definition) {
        var sentence = frame.fill(definition);
        return frame.before().isEmpty() ? Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) : sentence;
    }

    static <T> T pick(UniformRandomProvider rng, List<T> list) {
        return list.get(rng.nextInt(list.size()));
    }

    static int weighted(UniformRandomProvider rng, double[] weights) {
        double u = rng.nextDouble();
        for (int i = 0; i < weights.length - 1; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
