UNWIND $rows AS r
MATCH (t:Tag {key: r.key})
SET t.name = r.name
