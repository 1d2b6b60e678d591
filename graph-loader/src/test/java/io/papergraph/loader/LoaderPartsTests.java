package io.papergraph.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.PapergraphException;
import io.papergraph.extractor.PaperMerger;
import io.papergraph.extractor.model.ChineseTexts;
import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.terms.PaperTerms;
import io.papergraph.extractor.model.TagKey;
import io.papergraph.loader.connection.ConnectionSettings;
import io.papergraph.loader.rows.ArxivCategories;
import io.papergraph.loader.rows.PaperRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoaderPartsTests {

    @Test
    void aStoredRecordMergesWithANewOneAsEntriesReadTogetherDoWhicheverComesFirst() {
        var shortOne = Fixtures.c("Short.", Fixtures.l1(3));
        var longOne = Fixtures.c("A longer abstract.", Fixtures.l2(1));
        var terms = new PaperTerms(shortOne.arxivId(), null, null, null);
        var both = PaperRecord.merged(PaperRecord.of(shortOne, terms), longOne, terms);
        assertEquals(both, PaperRecord.merged(PaperRecord.of(longOne, terms), shortOne, terms));
        assertEquals(PaperRecord.of(PaperMerger.merge(shortOne, longOne), terms), both);
        assertEquals("A longer abstract.", both.get("abstract"));
        // Richer by its fields, the new record wins whole: its shorter abstract too, unlike a merge property by property.
        var withTldr = new Paper(shortOne.arxivId(), 2, shortOne.title(), shortOne.titleRaw(), shortOne.url(), shortOne.authors(),
                shortOne.categories(), shortOne.primaryCategory(), shortOne.tags(), "Short.",
                new ChineseTexts(null, "简述。", null, null, null, null, List.of()), "new", List.of(Fixtures.l2(1)));
        var merged = PaperRecord.merged(PaperRecord.of(longOne, null), withTldr, terms);
        assertEquals("Short.", merged.get("abstract"));
        assertEquals("简述。", merged.get("tldrZh"));
        assertEquals(2L, merged.get("version"));
        assertTrue(merged.containsKey("paperTerms"));
        // The stored findings stay with the stored record when it wins.
        var stored = new java.util.HashMap<>(PaperRecord.of(withTldr, null));
        stored.put("paperTerms", "{\"stored\":true}");
        assertEquals("{\"stored\":true}", PaperRecord.merged(stored, longOne, terms).get("paperTerms"));
    }

    @Test
    void paperRecordsLeaveOutAbsentValues() {
        var record = PaperRecord.of(Fixtures.d(), null);
        assertFalse(record.containsKey("abstract"));
        assertFalse(record.containsKey("tags"));
        assertFalse(record.containsKey("paperTerms"));
        assertEquals(List.of("检索增强生成"), record.get("keywordsZh"));
        assertEquals(List.of("Eve Ko"), record.get("authors"));
    }

    @Test
    void termChangesCarryNewTermsWholeAndStoredOnesByChangedProperty() {
        Map<String, Object> stored = Map.of("key", "lora", "name", "LoRA", "acronym", "LoRA", "df", 3L, "score", 0.5);
        Map<String, Object> same = Map.of("key", "kv cache", "name", "KV cache", "df", 2L);
        Map<String, Object> changed = Map.of("key", "lora", "name", "LoRA", "df", 4L, "score", 0.5);
        Map<String, Object> added = Map.of("key", "rag", "name", "RAG", "df", 2L);
        var rows = TermWrites.termChanges(List.of(same, changed, added), Map.of("lora", stored, "kv cache", same));
        var lora = new java.util.HashMap<String, Object>();
        lora.put("df", 4L);
        lora.put("acronym", null);
        assertEquals(List.of(Map.of("key", "lora", "props", lora), Map.of("key", "rag", "props", added)), rows);
    }

    @Test
    void keysFoldCaseSpacingAndUnicodeForms() {
        assertEquals("carol wu", TagKey.fold("  Carol \t Wu "));
        assertEquals(TagKey.fold("Jos\u00e9"), TagKey.fold("JOSE\u0301"));
        assertEquals("Carol Wu", TagKey.display(" Carol   Wu"));
    }

    @Test
    void categoriesHaveHumanNames() {
        assertEquals("Machine Learning", ArxivCategories.name("cs.LG"));
        assertEquals("Computation and Language", ArxivCategories.name("cs.CL"));
        assertEquals("High Energy Physics - Theory", ArxivCategories.name("hep-th"));
        assertNull(ArxivCategories.name("cs.XX"));
        assertEquals("cs", ArxivCategories.archive("cs.LG"));
        assertEquals("hep-th", ArxivCategories.archive("hep-th"));
        assertTrue(ArxivCategories.all().size() > 150);
    }

    @Test
    void passwordsNeverShowInSettings() {
        var settings = new ConnectionSettings("neo4j+s://example.org", "me", "hunter22-secret", "papers");
        assertFalse(settings.toString().contains("hunter22-secret"));
        var env = ConnectionSettings.fromEnvironment(Map.of("NEO4J_URI", "bolt://h:7687", "NEO4J_PASSWORD", "pw", "NEO4J_DATABASE", ""));
        assertEquals("bolt://h:7687", env.uri());
        assertEquals("neo4j", env.username());
        assertNull(env.database());
        assertTrue(ConnectionSettings.fromEnvironment(Map.of()).embedded());
    }

    @Test
    void inputListingsMustNameAnInputDigest() {
        var e = assertThrows(PapergraphException.class,
                () -> new LoadInput(List.of(Fixtures.DIGEST2), List.of(Fixtures.a()), List.of()));
        assertEquals("paper 2601.00001 is listed in digest day1.md, which is not among the input's digests", e.getMessage());
    }
}
