UNWIND $rows AS r
MATCH ()-[m:MENTIONS]->()
WHERE elementId(m) = r.id
DELETE m
