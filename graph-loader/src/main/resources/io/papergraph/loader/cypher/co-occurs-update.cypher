// Co-occurrences that exist with other properties. Rows: [element id, papers, strength].
UNWIND $rows AS r
MATCH ()-[c:CO_OCCURS]->()
WHERE elementId(c) = r[0]
SET c.papers = r[1], c.strength = r[2]
