UNWIND $rows AS r
MATCH ()-[c:CO_OCCURS]->()
WHERE elementId(c) = r.id
DELETE c
