// Mentions no longer wanted, by element id.
UNWIND $rows AS id
MATCH ()-[m:MENTIONS]->()
WHERE elementId(m) = id
DELETE m
