package io.papergraph.loader.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.PapergraphException;
import io.papergraph.loader.write.Cypher;
import org.junit.jupiter.api.Test;

class GraphSchemaTests {

    @Test
    void cypherResourcesLoadAndSplit() {
        var schema = Cypher.statements("schema");
        assertTrue(schema.size() >= 14, schema.toString());
        // A load skips the statements whose constraint or index exists: each must name what it creates.
        for (String statement : schema) {
            assertTrue(GraphSchema.SCHEMA_NAME.matcher(statement).lookingAt(), statement);
        }
        assertTrue(schema.stream().allMatch(s -> s.contains("IF NOT EXISTS") && !s.endsWith(";")));
        assertEquals(3, Cypher.statements("orphans-remove").size());
        assertFalse(Cypher.statement("lists-create").contains("//"));
        assertThrows(PapergraphException.class, () -> Cypher.statement("no-such-file"));
    }
}
