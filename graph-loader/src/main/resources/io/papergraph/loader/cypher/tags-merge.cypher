UNWIND $rows AS r
MERGE (t:Tag {key: r.key})
ON CREATE SET t.name = r.name
ON MATCH SET t.name = CASE WHEN r.name < t.name THEN r.name ELSE t.name END
