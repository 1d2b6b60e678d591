UNWIND $rows AS r
MERGE (t:Term {key: r.key})
SET t = r
