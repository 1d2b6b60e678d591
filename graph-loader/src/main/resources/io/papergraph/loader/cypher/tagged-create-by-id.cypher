// Rows: [paper element id, tag element id].
UNWIND $rows AS r
MATCH (p) WHERE elementId(p) = r[0]
MATCH (t) WHERE elementId(t) = r[1]
CREATE (p)-[:TAGGED]->(t)
