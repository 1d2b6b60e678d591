package io.papergraph.extractor.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.papergraph.extractor.terms.PaperTerms.Candidate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidateJsonTests {

    private final ObjectMapper mapper = new ObjectMapper();

    private String write(Candidate c) throws JsonProcessingException {
        return mapper.writeValueAsString(c);
    }

    private Candidate read(String json) throws JsonProcessingException {
        return mapper.readValue(json, Candidate.class);
    }

    @Test
    void writesPositionalArraysAndLeavesOutFormsTheKeyAlreadySays() throws Exception {
        assertEquals("[\"algorithm\",1,0,0,35]", write(new Candidate("algorithm", 1, 0, false, 35, Map.of("algorithm", 1))));
        assertEquals("[\"advancement\",2,1,1,12,\"advancements\"]",
                write(new Candidate("advancement", 2, 1, true, 12, Map.of("advancements", 2))));
        assertEquals("[\"llm\",3,3,0,4,{\"LLM\":1,\"LLMs\":2}]",
                write(new Candidate("llm", 3, 3, false, 4, Map.of("LLMs", 2, "LLM", 1))));
        assertEquals("[\"rag\",2,2,0,7,{\"RAG\":1}]", write(new Candidate("rag", 2, 2, false, 7, Map.of("RAG", 1))));
        assertEquals("[\"x ray\",1,1,0,0,{}]", write(new Candidate("x ray", 1, 1, false, 0, Map.of())));
    }

    @Test
    void everyShapeReadsBackAsWritten() throws Exception {
        for (var c : List.of(new Candidate("algorithm", 1, 0, false, 35, Map.of("algorithm", 1)),
                new Candidate("advancement", 2, 1, true, 12, Map.of("advancements", 2)),
                new Candidate("llm", 3, 3, false, 4, Map.of("LLMs", 2, "LLM", 1)),
                new Candidate("rag", 2, 2, false, 7, Map.of("RAG", 1)),
                new Candidate("x ray", 1, 1, false, 0, Map.of()))) {
            assertEquals(c, read(write(c)), c::toString);
        }
    }

    @Test
    void readsTheObjectFormOfEarlierVersions() throws Exception {
        // paper-terms.jsonl and stored findings written before the positional form
        assertEquals(new Candidate("benchmarking", 1, 0, true, 10, Map.of("Benchmarking", 1)),
                read("{\"key\":\"benchmarking\",\"count\":1,\"inTitle\":true,\"first\":10,\"forms\":{\"Benchmarking\":1}}"));
        var paper = mapper.readValue("{\"arxivId\":\"2501.00188\",\"candidates\":[{\"key\":\"art\",\"count\":1,\"first\":32,"
                + "\"forms\":{\"art\":1}},[\"bias\",1,0,0,293]]}", PaperTerms.class);
        assertEquals(List.of(new Candidate("art", 1, 0, false, 32, Map.of("art", 1)),
                new Candidate("bias", 1, 0, false, 293, Map.of("bias", 1))), paper.candidates());
    }

    @Test
    void malformedCandidatesAreRefusedWithWhatWasExpected() {
        var e = assertThrows(JsonProcessingException.class, () -> read("[\"art\",1,0,0]"));
        assertTrue(e.getOriginalMessage().contains("a candidate's first"), e.getOriginalMessage());
        e = assertThrows(JsonProcessingException.class, () -> read("[\"art\",1,0,0,3,\"art\",7]"));
        assertTrue(e.getOriginalMessage().contains("at most six values"), e.getOriginalMessage());
        e = assertThrows(JsonProcessingException.class, () -> read("[\"art\",1,0,0,3,{\"art\":\"x\"}]"));
        assertTrue(e.getOriginalMessage().contains("the count of form \"art\""), e.getOriginalMessage());
        e = assertThrows(JsonProcessingException.class, () -> read("{\"count\":1}"));
        assertTrue(e.getOriginalMessage().contains("without a key"), e.getOriginalMessage());
    }
}
