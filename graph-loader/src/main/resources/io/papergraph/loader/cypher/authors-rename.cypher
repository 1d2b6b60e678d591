UNWIND $rows AS r
MATCH (a:Author {key: r.key})
SET a.name = r.name
