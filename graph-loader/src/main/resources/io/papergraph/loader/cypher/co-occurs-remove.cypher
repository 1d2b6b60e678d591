// Co-occurrences no longer wanted, by element id.
UNWIND $rows AS id
MATCH ()-[c:CO_OCCURS]->()
WHERE elementId(c) = id
DELETE c
