// Of the display forms of one author key, the smallest is kept, so the result does not depend on load order.
UNWIND $rows AS r
MERGE (a:Author {key: r.key})
ON CREATE SET a.name = r.name
ON MATCH SET a.name = CASE WHEN r.name < a.name THEN r.name ELSE a.name END
