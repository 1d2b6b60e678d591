package io.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.JsonLines;
import io.papergraph.extractor.terms.PaperTerms;
import io.papergraph.extractor.terms.Term;
import io.papergraph.extractor.terms.TermIndex;
import io.papergraph.extractor.terms.TermMention;
import io.papergraph.extractor.terms.TermOptions;
import io.papergraph.testsupport.SampleDigests;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code papergraph extract} with terms over the sample corpus, real CoreNLP models. */
class ExtractTermsIT {

    @TempDir
    static Path dir;

    static List<Term> terms;
    static List<TermMention> mentions;
    static List<PaperTerms> analyses;
    static String summary;

    @BeforeAll
    static void extract() {
        var out = new StringWriter();
        var err = new StringWriter();
        var cmd = PapergraphCommand.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute("extract", SampleDigests.DIRECTORY.toString(), "-o", dir.toString());
        assertEquals(0, exit, err.toString());
        summary = out.toString();
        terms = JsonLines.read(dir.resolve("terms.jsonl"), Term.class);
        mentions = JsonLines.read(dir.resolve("mentions.jsonl"), TermMention.class);
        analyses = JsonLines.read(dir.resolve("paper-terms.jsonl"), PaperTerms.class);
    }

    private static Term term(String key) {
        var term = terms.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
        assertNotNull(term, () -> key + " is not among the terms");
        return term;
    }

    @Test
    void everyPaperIsAnalysedAndTheSummarySaysWhatWasWritten() {
        assertEquals(411, analyses.size());
        assertTrue(summary.contains("Terms: " + terms.size() + " recurring terms (in at least 2 papers)"), summary);
        assertTrue(terms.stream().allMatch(t -> t.df() >= 2));
    }

    @Test
    void retrievalAugmentedGenerationIsMergedWithItsAcronymAndChineseName() {
        var rag = term("retrieval augmented generation");
        assertEquals("RAG", rag.acronym());
        assertTrue(rag.aliases().contains("RAG"), rag::toString);
        assertTrue(rag.namesZh().contains("检索增强生成"), rag::toString);
        assertTrue(terms.stream().noneMatch(t -> t.key().equals("rag")));
        assertTrue(rag.df() >= 5, rag::toString);
    }

    @Test
    void largeLanguageModelIsOneTermInBothLanguages() {
        var llm = term("large language model");
        assertEquals("LLM", llm.acronym());
        assertTrue(llm.aliases().containsAll(List.of("LLMs", "large language models")), llm::toString);
        assertTrue(llm.namesZh().containsAll(List.of("大型语言模型", "大语言模型")), llm::toString);
        assertTrue(terms.stream().noneMatch(t -> t.key().equals("llm")));
        assertTrue(llm.df() > 100, llm::toString);
        // papers of the Chinese-only digests reach the term through "LLM(s)" in their Chinese texts
        assertTrue(mentions.stream().anyMatch(m -> m.termKey().equals(llm.key()) && m.arxivId().equals("2511.05518")));
    }

    @Test
    void kvCacheVariantsAreOneTerm() {
        var kv = term("kv cache");
        assertTrue(kv.df() >= 3, kv::toString);
        assertTrue(List.of(kv.name()).stream().anyMatch(n -> n.equalsIgnoreCase("KV cache") || n.equalsIgnoreCase("KV-cache")));
        assertTrue(terms.stream().noneMatch(t -> t.key().equals("kv caches") || t.key().equals("kv-cache")));
    }

    @Test
    void genericPhrasesAreNotTerms() {
        for (var generic : List.of("paper", "experimental result", "extensive experiment", "experiment", "result")) {
            assertTrue(terms.stream().noneMatch(t -> t.key().equals(generic)), generic);
        }
    }

    @Test
    void sectionLabelsOfTheChineseSummariesAreNotTerms() {
        // digest 002 heads its summary sections with bold English labels; they are structure, not topics
        for (var label : List.of("1-Sentence Core Summary", "core summary", "Main Research Question or Objective",
                "research question", "Key Methodology", "Primary Results", "primary result",
                "Principal Implication for AI Practitioners", "implication for ai practitioner")) {
            var lower = label.toLowerCase(java.util.Locale.ROOT);
            assertTrue(terms.stream().noneMatch(t -> t.key().contains(lower)
                    || t.name().toLowerCase(java.util.Locale.ROOT).contains(lower)
                    || t.aliases().stream().anyMatch(a -> a.toLowerCase(java.util.Locale.ROOT).contains(lower))), label);
        }
    }

    @Test
    void rankingTheStoredAnalysesAgainInBatchesGivesTheSameIndex() {
        var shuffled = new ArrayList<>(analyses);
        Collections.shuffle(shuffled, new java.util.Random(7));
        var index = TermIndex.build(shuffled, TermOptions.defaults());
        assertEquals(terms, index.terms());
        assertEquals(mentions, index.mentions());
    }

    @Test
    void analysisOnOneThreadInAnotherPaperOrderGivesTheSameTermsAndNames() {
        // the papers that write "retrieval-augmented generation" in several cases, whose name is a vote of
        // those spellings, and a slice of the others, analysed again on one thread in reverse order
        var ragPapers = new java.util.HashSet<String>();
        mentions.stream().filter(m -> m.termKey().equals("retrieval augmented generation")).forEach(m -> ragPapers.add(m.arxivId()));
        var corpus = new io.papergraph.extractor.DigestCorpusReader().read(List.of(SampleDigests.DIRECTORY));
        var papers = new ArrayList<io.papergraph.extractor.model.Paper>();
        for (int i = 0; i < corpus.papers().size(); i++) {
            var paper = corpus.papers().get(i);
            if (ragPapers.contains(paper.arxivId()) || i % 10 == 0) {
                papers.add(paper);
            }
        }
        Collections.reverse(papers);
        var sequential = io.papergraph.extractor.terms.TermExtractor.create(TermOptions.defaults().withThreads(1)).analyzeAll(papers);
        var stored = new java.util.HashMap<String, PaperTerms>();
        analyses.forEach(a -> stored.put(a.arxivId(), a));
        for (var again : sequential) {
            assertEquals(stored.get(again.arxivId()), again, again.arxivId());
        }
        var forward = new ArrayList<>(sequential);
        Collections.reverse(forward);
        var index = TermIndex.build(forward, TermOptions.defaults());
        assertEquals(index, TermIndex.build(sequential, TermOptions.defaults()));
        var rag = index.terms().stream().filter(t -> t.key().equals("retrieval augmented generation")).findFirst().orElseThrow();
        assertEquals(term("retrieval augmented generation").name(), rag.name());
    }

    @Test
    void everyMentionWeightIsInItsRange() {
        assertTrue(mentions.stream().allMatch(m -> m.weight() > 0 && m.weight() <= 1 && m.count() >= 1));
        var keys = new java.util.HashSet<String>();
        terms.forEach(t -> keys.add(t.key()));
        assertTrue(mentions.stream().allMatch(m -> keys.contains(m.termKey())));
    }

    @Test
    void aThesaurusMergesAndDropsTermsAndItsBadLinesAreReported(@TempDir Path out) throws java.io.IOException {
        var thesaurus = out.resolve("thesaurus.txt");
        java.nio.file.Files.writeString(thesaurus, "label\treplace by\nLLM agents\tagents\nlanguage models\t\nno tab here\n");
        var run = Cli.run("extract", SampleDigests.DIRECTORY.toString(), "-o", out.toString(), "--thesaurus", thesaurus.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains(thesaurus + ":4: expected \"label<TAB>replacement\""), run.err());
        var changed = JsonLines.read(out.resolve("terms.jsonl"), Term.class);
        assertTrue(changed.stream().noneMatch(t -> t.key().equals("language model")), "dropped");
        assertTrue(changed.stream().noneMatch(t -> t.key().equals("llm agent")), "merged");
        var agents = changed.stream().filter(t -> t.key().equals("agent")).findFirst().orElseThrow();
        assertEquals("agents", agents.name());
        assertTrue(agents.aliases().contains("LLM agents"), agents::toString);
        assertTrue(terms.stream().anyMatch(t -> t.key().equals("llm agent")), "without the thesaurus it is a term of its own");
    }

    @Test
    void aThesaurusWithoutItsHeaderStopsTheCommandWithOneLine(@TempDir Path out) throws java.io.IOException {
        var thesaurus = out.resolve("thesaurus.txt");
        java.nio.file.Files.writeString(thesaurus, "LLM agents\tagents\n");
        var run = Cli.run("extract", SampleDigests.DIRECTORY.toString(), "-o", out.resolve("x").toString(), "--thesaurus", thesaurus.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(thesaurus + ":1: expected the header"), run.err());
        assertTrue(run.err().lines().count() <= 2, run.err());
    }
}
