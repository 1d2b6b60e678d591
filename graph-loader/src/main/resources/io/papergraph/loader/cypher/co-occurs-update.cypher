// Co-occurrences that exist with other properties, found by element id.
UNWIND $rows AS r
MATCH ()-[c:CO_OCCURS]->()
WHERE elementId(c) = r.id
SET c.papers = r.papers, c.strength = r.strength
