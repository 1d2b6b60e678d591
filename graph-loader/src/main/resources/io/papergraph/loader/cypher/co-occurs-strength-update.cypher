// Co-occurrences that exist with the same papers and another strength (the number of papers of the graph moved).
// Rows: [element id, strength].
UNWIND $rows AS r
MATCH ()-[c:CO_OCCURS]->()
WHERE elementId(c) = r[0]
SET c.strength = r[1]
